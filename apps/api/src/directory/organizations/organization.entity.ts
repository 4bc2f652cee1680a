import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DEFAULT_EXTERNAL_LEARNING_POINTS_LIMIT } from '@laurels/domain';

/** A tenant: a company using Laurels. Every other row belongs to exactly one. */
@Entity('organizations')
@Index('organizations_slug_unique', ['slug'], { unique: true })
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('text')
  name!: string;

  @Column('text')
  slug!: string;

  /** Company values that kudos are tagged with. */
  @Column('text', { array: true, default: () => "'{}'" })
  values!: string[];

  /** Points each person may give away in kudos per calendar month. */
  @Column('int', { default: 100 })
  kudosAllowance!: number;

  /** The most points a reviewer may award one approved external-learning claim (a conference, an outside course). */
  @Column('int', { default: DEFAULT_EXTERNAL_LEARNING_POINTS_LIMIT })
  externalLearningPointsLimit!: number;

  /**
   * IANA time zone in which days (streaks, leaderboard periods) are counted.
   * Period totals are keyed by it: whatever changes it must rebuild them (rebuildPointsTotals).
   */
  @Column('text', { default: 'UTC' })
  timeZone!: string;

  /** People on the organisation's leaderboards: everyone who has not opted out. Kept by a trigger on users. */
  @Column('integer', { default: 0 })
  rankedPeople!: number;

  /** Public half of the Ed25519 key that signs this organisation's credentials (a JWK). */
  @Column('jsonb', { nullable: true })
  signingPublicJwk!: Record<string, string> | null;

  /** Private half, encrypted with the server's credentials secret; never leaves the server in clear. */
  @Column('text', { nullable: true })
  signingPrivateKey!: string | null;

  /** Incoming-webhook URL (Slack, Teams) celebrations are posted to, encrypted like the signing key: it is a secret. */
  @Column('text', { nullable: true })
  chatWebhookUrl!: string | null;

  /** Posts to the chat webhook that failed in a row since the last that went through; admins are warned from a few. */
  @Column('integer', { default: 0 })
  chatWebhookFailures!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
