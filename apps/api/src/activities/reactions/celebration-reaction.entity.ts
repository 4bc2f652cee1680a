import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { Celebration } from '#achievements/celebrations';

/** One person's emoji on a celebration: the key makes reacting twice with the same emoji one reaction. */
@Entity('celebration_reactions')
@Index('celebration_reactions_by_user', ['userId'])
export class CelebrationReaction {
  @PrimaryColumn('uuid')
  celebrationId!: string;

  @ManyToOne(() => Celebration, { onDelete: 'CASCADE' })
  @JoinColumn()
  celebration?: Relation<Celebration>;

  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @PrimaryColumn('text')
  emoji!: string;

  @Column('timestamptz')
  createdAt!: Date;
}
