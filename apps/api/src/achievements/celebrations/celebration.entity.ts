import { CelebrationKind } from '@laurels/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Organization, Team, User } from '#directory/organizations';

/** An achievement on the organisation's feed, written by the achievement path in the fact's transaction. */
@Entity('celebrations')
// The feed lists cards: the celebrations that lead their group (every one but those that joined another).
@Index('celebrations_feed', ['organizationId', 'createdAt', 'id'], { where: 'lead_id IS NULL' })
@Index('celebrations_feed_by_kind', ['organizationId', 'kind', 'createdAt', 'id'], { where: 'lead_id IS NULL' })
@Index('celebrations_team_feed', ['teamId', 'createdAt', 'id'], { where: 'lead_id IS NULL' })
// A card's other moments, and the group a person's new moment may join.
@Index('celebrations_grouped', ['leadId', 'createdAt', 'id'], { where: 'lead_id IS NOT NULL' })
@Index('celebrations_groups_of_person', ['userId', 'createdAt'], { where: 'lead_id IS NULL' })
@Index('celebrations_source', ['organizationId', 'sourceKey'], { unique: true })
@Index(['userId'])
@Index(['actorId'])
// The spotlight ranks a week of moments: only those anyone reacted to or commented on.
// A person's success stories, for their profile: written by hand in the migration, as TypeORM has no GIN index.
@Index('celebrations_story_people', { synchronize: false })
@Index('celebrations_engaged', ['organizationId', 'createdAt'], { where: 'engagement > 0 AND lead_id IS NULL' })
export class Celebration {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organizationId!: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn()
  organization?: Relation<Organization>;

  @Column({ type: 'enum', enum: CelebrationKind, enumName: 'celebration_kind' })
  kind!: CelebrationKind;

  @Column('text')
  title!: string;

  @Column('text', { nullable: true })
  body!: string | null;

  /** Whom it celebrates. */
  @Column('uuid', { nullable: true })
  userId!: string | null;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn()
  user?: Relation<User> | null;

  /** Everyone it celebrates: the person, or the people a success story is about. */
  @Column('uuid', { array: true, default: () => "'{}'" })
  peopleIds!: string[];

  /** Who made it happen, when someone did: the colleague giving kudos, the story's author, the manager giving a badge. */
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  actor?: Relation<User> | null;

  /** The team it belongs to: the person's team at the time, or the team celebrated. */
  @Column('uuid', { nullable: true })
  teamId!: string | null;

  @ManyToOne(() => Team, { onDelete: 'SET NULL' })
  @JoinColumn()
  team?: Relation<Team> | null;

  /** What was celebrated, e.g. "BADGE_EARNED:<award id>": each thing is celebrated once. */
  @Column('text')
  sourceKey!: string;

  /** Extra facts for the portal (a badge's icon and tier, a level number...). */
  @Column('jsonb', { default: () => "'{}'" })
  details!: Record<string, string | number>;

  @Column('timestamptz')
  createdAt!: Date;

  /**
   * The first moment of the person's group this one joined, shown on its card; null when it leads a
   * card of its own. Chosen when it is written, under the lock on the person (GROUPED_KINDS).
   */
  @Column('uuid', { nullable: true })
  leadId!: string | null;

  @ManyToOne(() => Celebration, { onDelete: 'CASCADE' })
  @JoinColumn()
  lead?: Relation<Celebration> | null;

  /** Its reactions plus its comments, kept with them: the spotlight ranks by it without counting either. */
  @Column('integer', { default: 0 })
  engagement!: number;
}
