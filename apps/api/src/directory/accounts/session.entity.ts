import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { User } from '#directory/organizations';

/**
 * One sign-in: every token issued for it names it (the JWT's `jti`), and the
 * authenticator reads it with the person on every request, so that ending it
 * (signing out, changing the password elsewhere, a deactivation) ends its
 * tokens at once. Rows of ended and expired sign-ins go when their person next
 * signs in.
 */
@Entity('sessions')
@Index('sessions_by_user', ['userId'])
export class Session {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('uuid')
  userId!: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  /** When its latest token expires. */
  @Column('timestamptz')
  expiresAt!: Date;

  /** Null while it lasts. */
  @Column('timestamptz', { nullable: true })
  revokedAt!: Date | null;
}
