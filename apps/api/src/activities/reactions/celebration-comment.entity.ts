import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { Celebration } from '#achievements/celebrations';

/** A colleague's words under a celebration. */
@Entity('celebration_comments')
@Index('celebration_comments_thread', ['celebrationId', 'createdAt', 'id'])
@Index('celebration_comments_by_author', ['authorId'])
export class CelebrationComment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  celebrationId!: string;

  @ManyToOne(() => Celebration, { onDelete: 'CASCADE' })
  @JoinColumn()
  celebration?: Relation<Celebration>;

  @Column('uuid')
  authorId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  author?: Relation<User>;

  @Column('text')
  body!: string;

  @Column('timestamptz')
  createdAt!: Date;
}
