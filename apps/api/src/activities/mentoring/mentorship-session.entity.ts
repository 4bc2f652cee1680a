import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';
import { Mentorship } from './mentorship.entity.js';

/** A session of a mentorship, logged by the mentor or the mentee; its notes are for the two of them and their managers. */
@Entity('mentorship_sessions')
@Index('mentorship_sessions_latest', ['mentorshipId', 'heldAt', 'id'])
@Index('mentorship_sessions_idempotency', ['loggedById', 'idempotencyKey'], { unique: true, where: 'idempotency_key IS NOT NULL' })
export class MentorshipSession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  mentorshipId!: string;

  @ManyToOne(() => Mentorship, { onDelete: 'CASCADE' })
  @JoinColumn()
  mentorship?: Relation<Mentorship>;

  @Column('timestamptz')
  heldAt!: Date;

  @Column('int')
  minutes!: number;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('uuid')
  loggedById!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  loggedBy?: Relation<User>;

  /** Whether it earned the mentor points: the first session of the pair that day did. */
  @Column('boolean')
  counted!: boolean;

  /** The logger's key for this session: a retry with it logs and awards nothing more. */
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;

  @Column('timestamptz')
  createdAt!: Date;
}
