import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, User } from '#directory/organizations';

/** A colleague's thanks, tagged with company values, with points taken from the giver's monthly allowance. */
@Entity('kudos')
@Index('kudos_given_by', ['fromUserId', 'createdAt'])
@Index('kudos_received_by', ['toUserId', 'createdAt', 'id'])
@Index('kudos_idempotency', ['fromUserId', 'idempotencyKey', 'toUserId'], { unique: true, where: 'idempotency_key IS NOT NULL' })
export class Kudos {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column('uuid')
  fromUserId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  fromUser?: Relation<User>;

  @Column('uuid')
  toUserId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  toUser?: Relation<User>;

  @Column('text')
  message!: string;

  @Column('text', { array: true })
  values!: string[];

  @Column('int')
  points!: number;

  @Column('timestamptz')
  createdAt!: Date;

  /** The giver's key for one kudos to everyone thanked together: a retry with it gives nothing more. */
  @Column('text', { nullable: true })
  idempotencyKey!: string | null;
}
