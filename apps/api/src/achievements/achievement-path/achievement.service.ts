import { Injectable } from '@nestjs/common';
import {
  CelebrationKind,
  CUSTOMER_PRAISE_POINTS,
  NotFoundError,
  PointsReason,
  extendStreak,
  isCustomerPraise,
  levelUp,
  localDay,
  NotificationKind,
  mentoringSourceId,
  type LevelStanding,
  type LocalDay,
} from '@laurels/domain';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  type BadgeAward,
  type CertificationAward,
  BadgeAwarder,
  type Awarded,
  CertificationIssuer,
  type Issued,
} from '#achievements/awards';
import { BadgeDefinition } from '#catalog/badges';
import { CelebrationsService, type Celebration } from '#achievements/celebrations';
import { Clock } from '#platform/clock';
import { CredentialsService } from '#achievements/credentials';
import { lockPeople, type User } from '#directory/organizations';
import { PointsService, type LedgerEntry } from '#achievements/points';
import { AchievementCountsService } from './achievement-counts.service.js';
import { BeforeCommit } from './before-commit.js';
import { NotificationsService } from '#directory/notifications';

/** A fact that can earn something. */
export type Fact =
  | { readonly kind: 'MODULE_COMPLETED'; readonly moduleId: string; readonly title: string; readonly points: number }
  | {
      readonly kind: 'COURSE_COMPLETED';
      readonly courseId: string;
      readonly title: string;
      readonly points: number;
      readonly firstTime: boolean;
    }
  | { readonly kind: 'MANUAL_BADGE'; readonly badgeId: string; readonly awardedById: string; readonly reason: string }
  | {
      readonly kind: 'CUSTOMER_PRAISE';
      readonly feedbackId: string;
      readonly comment: string;
      readonly customerName: string | null;
      /** When the customer gave it: the celebration is dated then, and the digest of that week tells it. */
      readonly givenAt: Date;
    }
  | {
      readonly kind: 'KUDOS_RECEIVED';
      readonly kudosId: string;
      readonly fromUserId: string;
      readonly fromName: string;
      readonly points: number;
      readonly message: string;
    }
  | {
      /** A mentoring session, for the mentor: one per mentee and day earns points. */
      readonly kind: 'MENTORING_SESSION';
      readonly menteeId: string;
      readonly menteeName: string;
      /** The day it was held, in the organisation's time zone. */
      readonly day: LocalDay;
      readonly points: number;
    }
  | { readonly kind: 'EVENT_ATTENDED' | 'EVENT_HOSTED'; readonly eventId: string; readonly title: string; readonly points: number }
  | { readonly kind: 'EXTERNAL_LEARNING'; readonly claimId: string; readonly title: string; readonly points: number };

/** A learning event whose attendance was recorded: its hosts and how many attended. */
export interface LearningEventFact {
  readonly organizationId: string;
  readonly eventId: string;
  readonly title: string;
  readonly hostIds: readonly string[];
  readonly hostNames: readonly string[];
  readonly attended: number;
  readonly at: Date;
}

/** A mentorship completed: one celebration for the two of them. */
export interface MentorshipFact {
  readonly organizationId: string;
  readonly mentorshipId: string;
  readonly goal: string;
  readonly mentor: Pick<User, 'id' | 'displayName'>;
  readonly mentee: Pick<User, 'id' | 'displayName' | 'teamId'>;
  readonly at: Date;
}

/** A success story as told: about these people and this team, by its author. */
export interface StoryFact {
  readonly organizationId: string;
  readonly title: string;
  readonly body: string;
  readonly peopleIds: readonly string[];
  readonly teamId: string | null;
  readonly authorId: string;
  readonly at: Date;
}

/** A person's work anniversary: `years` since their start day, reached on `day` in the organisation's time zone. */
export interface AnniversaryFact {
  readonly organizationId: string;
  readonly userId: string;
  readonly teamId: string | null;
  readonly title: string;
  readonly years: number;
  /** The local day of the anniversary, YYYY-MM-DD. */
  readonly day: string;
  readonly at: Date;
}

/** Customer feedback as the achievement path counts it. */
export interface FeedbackFact {
  readonly id: string;
  readonly csat: number;
  readonly comment: string | null;
  readonly customerName: string | null;
  readonly employeeId: string | null;
  readonly recordedById: string | null;
  /** The team it was given to, and when the customer gave it. */
  readonly teamId: string | null;
  readonly receivedAt: Date;
}

export interface AchievementOutcome {
  readonly pointsAwarded: number;
  readonly pointsAfter: number;
  /** The level reached when these facts crossed a threshold. */
  readonly levelUp: LevelStanding | null;
  readonly newBadges: BadgeAward[];
  readonly newCertifications: CertificationAward[];
}

type Subject = Pick<User, 'id' | 'organizationId' | 'displayName' | 'email' | 'teamId' | 'points' | 'streakDays' | 'streakLastDay'> & {
  organizationName: string;
  timeZone: string;
};

/**
 * The one achievement path. Every fact that can earn something goes through
 * here, inside the transaction that writes the fact: points onto the ledger,
 * certifications its completed courses make due, every badge the new counts
 * earn, the level reached, the team milestones now met, a celebration for
 * each, and a signed credential for each award. Nothing else awards anything.
 */
@Injectable()
export class AchievementService {
  constructor(
    private readonly points: PointsService,
    private readonly counts: AchievementCountsService,
    private readonly badges: BadgeAwarder,
    private readonly certifications: CertificationIssuer,
    private readonly celebrations: CelebrationsService,
    private readonly credentials: CredentialsService,
    private readonly beforeCommit: BeforeCommit,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Records facts about one person, inside the caller's transaction. The
   * person is locked first, so that concurrent facts are evaluated one after
   * the other and each sees what the previous one committed.
   */
  async record(manager: EntityManager, userId: string, facts: readonly Fact[]): Promise<AchievementOutcome> {
    await lockPeople(manager, [userId]);
    const now = this.clock.now();
    const subject = await this.subject(manager, userId);
    const pointsBefore = subject.points;
    let awarded = 0;
    const credit = async (entries: LedgerEntry[]) => {
      awarded += (await this.points.append(manager, subject, entries, now)).awarded;
    };

    if (facts.some((fact) => fact.kind === 'MODULE_COMPLETED')) await this.extendStreak(manager, subject, now);
    for (const fact of facts) {
      if (fact.kind === 'MODULE_COMPLETED') {
        await credit([
          { reason: PointsReason.MODULE_COMPLETED, sourceId: fact.moduleId, amount: fact.points, description: `Completed “${fact.title}”` },
        ]);
      } else if (fact.kind === 'COURSE_COMPLETED') {
        await credit([
          {
            reason: PointsReason.COURSE_COMPLETED,
            sourceId: fact.courseId,
            amount: fact.points,
            description: `Finished the course “${fact.title}”`,
          },
        ]);
        if (fact.firstTime) {
          await this.celebrate(
            manager,
            subject,
            CelebrationKind.COURSE_COMPLETED,
            `${subject.displayName} completed “${fact.title}”`,
            `COURSE_COMPLETED:${subject.id}:${fact.courseId}`,
            now,
            { icon: 'graduation-cap' },
          );
        }
      } else if (fact.kind === 'CUSTOMER_PRAISE') {
        await credit([
          {
            reason: PointsReason.CUSTOMER_PRAISE,
            sourceId: fact.feedbackId,
            amount: CUSTOMER_PRAISE_POINTS,
            description: `Praised by ${fact.customerName ?? 'a customer'}`,
          },
        ]);
        await this.celebrate(
          manager,
          subject,
          CelebrationKind.CUSTOMER_PRAISE,
          `${fact.customerName ?? 'A customer'} praised ${subject.displayName}`,
          `CUSTOMER_PRAISE:${fact.feedbackId}`,
          fact.givenAt,
          fact.customerName ? { icon: 'heart', customerName: fact.customerName } : { icon: 'heart' },
          fact.comment,
        );
      } else if (fact.kind === 'MENTORING_SESSION') {
        await credit([
          {
            reason: PointsReason.MENTORING,
            sourceId: mentoringSourceId(fact.menteeId, fact.day),
            amount: fact.points,
            description: `Mentored ${fact.menteeName}`,
          },
        ]);
      } else if (fact.kind === 'EVENT_ATTENDED' || fact.kind === 'EVENT_HOSTED') {
        const hosted = fact.kind === 'EVENT_HOSTED';
        await credit([
          {
            reason: hosted ? PointsReason.EVENT_HOSTED : PointsReason.EVENT_ATTENDED,
            sourceId: fact.eventId,
            amount: fact.points,
            description: hosted ? `Hosted “${fact.title}”` : `Attended “${fact.title}”`,
          },
        ]);
      } else if (fact.kind === 'EXTERNAL_LEARNING') {
        await credit([
          {
            reason: PointsReason.EXTERNAL_LEARNING,
            sourceId: fact.claimId,
            amount: fact.points,
            description: `Learned outside: “${fact.title}”`,
          },
        ]);
      } else if (fact.kind === 'KUDOS_RECEIVED') {
        if (fact.points > 0) {
          await credit([
            {
              reason: PointsReason.KUDOS_RECEIVED,
              sourceId: fact.kudosId,
              amount: fact.points,
              description: `Kudos from ${fact.fromName}`,
            },
          ]);
        }
        await this.celebrate(
          manager,
          subject,
          CelebrationKind.KUDOS,
          `${fact.fromName} gave kudos to ${subject.displayName}`,
          `KUDOS:${fact.kudosId}`,
          now,
          {
            icon: 'hand-heart',
            kudosId: fact.kudosId,
          },
          fact.message,
          fact.fromUserId,
        );
      }
    }

    const completedCourses = facts.flatMap((fact) => (fact.kind === 'COURSE_COMPLETED' ? [fact.courseId] : []));
    const newCertifications: CertificationAward[] = [];
    for (const issued of await this.certifications.issueDue(manager, subject, completedCourses, now)) {
      await this.certified(manager, subject, issued, now, credit);
      newCertifications.push(issued.award);
    }

    const newBadges: BadgeAward[] = [];
    for (const fact of facts) {
      if (fact.kind !== 'MANUAL_BADGE') continue;
      const badge = await manager.getRepository(BadgeDefinition).findOneBy({ id: fact.badgeId, organizationId: subject.organizationId });
      if (!badge) throw new NotFoundError('Badge', fact.badgeId);
      const given = await this.badges.awardManual(manager, subject, badge, fact.awardedById, fact.reason, now);
      await this.badgeEarned(manager, subject, given, now, credit, fact.awardedById);
      newBadges.push(given.award);
    }
    // A badge's bonus points can earn a points badge: evaluate again until nothing new is earned.
    for (let round = 0; round < 10; round++) {
      const earned = await this.badges.awardEarned(manager, subject, await this.counts.countsFor(subject.id, manager), now);
      if (earned.length === 0) break;
      for (const given of earned) {
        await this.badgeEarned(manager, subject, given, now, credit);
        newBadges.push(given.award);
      }
    }

    const pointsAfter = pointsBefore + awarded;
    const reached = levelUp(pointsBefore, pointsAfter);
    if (reached) {
      await this.celebrate(
        manager,
        subject,
        CelebrationKind.LEVEL_UP,
        `${subject.displayName} reached level ${reached.number}: ${reached.title}`,
        `LEVEL_UP:${subject.id}:${reached.number}`,
        now,
        {
          icon: 'medal',
          level: reached.number,
        },
      );
    }
    if (subject.teamId) this.evaluateTeam(manager, subject.teamId);
    return { pointsAwarded: awarded, pointsAfter, levelUp: reached, newBadges, newCertifications };
  }

  /**
   * Customer feedback just recorded: praise for the employee (five stars and a
   * comment), their FIVE_STAR_FEEDBACK badges, and the milestones of the team
   * it was given to. The employee is locked now, the teams just before commit.
   */
  async recordFeedback(manager: EntityManager, feedback: FeedbackFact): Promise<void> {
    await lockPeople(manager, [feedback.employeeId]);
    if (feedback.employeeId) {
      const praise: Fact[] = isCustomerPraise(feedback)
        ? [
            {
              kind: 'CUSTOMER_PRAISE',
              feedbackId: feedback.id,
              comment: feedback.comment!.trim(),
              customerName: feedback.customerName,
              givenAt: feedback.receivedAt,
            },
          ]
        : [];
      await this.record(manager, feedback.employeeId, praise);
    }
    // Feedback can arrive after the fact (a help-desk export imported next month): it counts toward the window it was received in.
    if (feedback.teamId) this.evaluateTeam(manager, feedback.teamId, feedback.receivedAt);
  }

  /**
   * A success story about colleagues, a team, or both: celebrated once, with
   * its author as the one who made it happen. Stories earn nobody points.
   */
  async celebrateStory(manager: EntityManager, story: StoryFact): Promise<Celebration> {
    const written = await this.celebrations.write(manager, {
      organizationId: story.organizationId,
      kind: CelebrationKind.SUCCESS_STORY,
      title: story.title,
      body: story.body,
      userId: story.peopleIds.length === 1 ? story.peopleIds[0]! : null,
      peopleIds: story.peopleIds,
      teamId: story.teamId,
      actorId: story.authorId,
      sourceKey: `SUCCESS_STORY:${randomUUID()}`,
      details: { icon: 'book-open' },
      at: story.at,
    });
    return written!;
  }

  /**
   * Work anniversaries, written in one statement: each person's is celebrated once a year
   * (its source key names the person and the year), however often this runs. They earn no points.
   */
  async celebrateAnniversaries(manager: EntityManager, anniversaries: readonly AnniversaryFact[]): Promise<Celebration[]> {
    return this.celebrations.writeAll(
      manager,
      anniversaries.map((anniversary) => ({
        organizationId: anniversary.organizationId,
        kind: CelebrationKind.WORK_ANNIVERSARY,
        title: anniversary.title,
        userId: anniversary.userId,
        teamId: anniversary.teamId,
        sourceKey: `WORK_ANNIVERSARY:${anniversary.userId}:${anniversary.day.slice(0, 4)}`,
        details: { icon: 'cake', years: anniversary.years },
        at: anniversary.at,
      })),
    );
  }

  /**
   * A mentorship completed: one celebration naming mentor and mentee, on the mentee's card (it is
   * their growth), with the mentor as the one who made it happen. Celebrated once, however often completed.
   */
  async celebrateMentorship(manager: EntityManager, mentorship: MentorshipFact): Promise<void> {
    await this.celebrations.write(manager, {
      organizationId: mentorship.organizationId,
      kind: CelebrationKind.MENTORSHIP_COMPLETED,
      title: `${mentorship.mentor.displayName} and ${mentorship.mentee.displayName} completed a mentorship`,
      body: mentorship.goal,
      userId: mentorship.mentee.id,
      peopleIds: [mentorship.mentee.id, mentorship.mentor.id],
      teamId: mentorship.mentee.teamId,
      actorId: mentorship.mentor.id,
      sourceKey: `MENTORSHIP_COMPLETED:${mentorship.mentorshipId}`,
      details: { icon: 'heart-handshake' },
      at: mentorship.at,
    });
  }

  /**
   * A learning event held: one celebration naming its hosts and how many attended. Recording more
   * attendance later tells the same celebration again with the new count, so the feed shows it once.
   */
  async celebrateLearningEvent(manager: EntityManager, event: LearningEventFact): Promise<void> {
    const title = `${listNames(event.hostNames)} hosted “${event.title}”, attended by ${event.attended} ${event.attended === 1 ? 'person' : 'people'}`;
    const sourceKey = `LEARNING_EVENT:${event.eventId}`;
    const details = { icon: 'presentation', eventId: event.eventId, attended: event.attended };
    const written = await this.celebrations.write(manager, {
      organizationId: event.organizationId,
      kind: CelebrationKind.LEARNING_EVENT,
      title,
      userId: event.hostIds.length === 1 ? event.hostIds[0]! : null,
      peopleIds: event.hostIds,
      sourceKey,
      details,
      at: event.at,
    });
    if (!written) await this.celebrations.retell(manager, event.organizationId, sourceKey, title, details);
  }

  /**
   * Has the team's unreached milestones evaluated just before the transaction
   * commits, counting a fact made at `factAt` (now, unless it is dated earlier:
   * feedback imported late, a milestone set over a past window).
   */
  evaluateTeam(manager: EntityManager, teamId: string, factAt: Date = this.clock.now()): void {
    this.beforeCommit.evaluateTeam(manager, teamId, factAt);
  }

  private async badgeEarned(
    manager: EntityManager,
    subject: Subject,
    { award, badge }: Awarded,
    now: Date,
    credit: (entries: LedgerEntry[]) => Promise<void>,
    givenBy: string | null = null,
  ) {
    await credit([
      { reason: PointsReason.BADGE_EARNED, sourceId: badge.id, amount: badge.points, description: `Earned the “${badge.name}” badge` },
    ]);
    await this.credentials.issue(manager, {
      kind: 'BADGE',
      awardId: award.id,
      organization: { id: subject.organizationId, name: subject.organizationName },
      recipient: { id: subject.id, displayName: subject.displayName, email: subject.email },
      achievement: {
        id: badge.id,
        name: badge.name,
        description: badge.description,
        criteria: badge.criteria,
        tier: badge.tier,
        icon: badge.icon,
      },
      issuedAt: award.awardedAt,
      expiresAt: null,
    });
    await this.celebrate(
      manager,
      subject,
      CelebrationKind.BADGE_EARNED,
      `${subject.displayName} earned the “${badge.name}” badge`,
      `BADGE_EARNED:${award.id}`,
      now,
      {
        icon: badge.icon,
        tier: badge.tier,
        badgeId: badge.id,
      },
      award.reason,
      givenBy,
    );
    await this.notifications.notify(manager, {
      organizationId: subject.organizationId,
      recipientId: subject.id,
      kind: NotificationKind.BADGE_EARNED,
      title: `You earned the “${badge.name}” badge`,
      body: award.reason ?? badge.description,
      url: `/badges/${badge.id}`,
      key: `BADGE_EARNED:${award.id}`,
    });
  }

  private async certified(
    manager: EntityManager,
    subject: Subject,
    { award, certification }: Issued,
    now: Date,
    credit: (entries: LedgerEntry[]) => Promise<void>,
  ) {
    await credit([
      {
        reason: PointsReason.CERTIFICATION_EARNED,
        sourceId: award.id,
        amount: certification.points,
        description: `Certified: “${certification.name}”`,
      },
    ]);
    await this.credentials.issue(manager, {
      kind: 'CERTIFICATION',
      awardId: award.id,
      organization: { id: subject.organizationId, name: subject.organizationName },
      recipient: { id: subject.id, displayName: subject.displayName, email: subject.email },
      achievement: {
        id: certification.id,
        name: certification.name,
        description: certification.description,
        criteria: certification.description,
        tier: null,
        icon: 'scroll-text',
      },
      issuedAt: award.issuedAt,
      expiresAt: award.expiresAt,
    });
    const renewed = award.sequence > 1;
    await this.celebrate(
      manager,
      subject,
      CelebrationKind.CERTIFICATION_EARNED,
      renewed
        ? `${subject.displayName} renewed the “${certification.name}” certification`
        : `${subject.displayName} is now certified: “${certification.name}”`,
      `CERTIFICATION_EARNED:${award.id}`,
      now,
      { icon: 'scroll-text', certificationId: certification.id },
    );
  }

  private async celebrate(
    manager: EntityManager,
    subject: Subject,
    kind: CelebrationKind,
    title: string,
    sourceKey: string,
    at: Date,
    details: Record<string, string | number>,
    body: string | null = null,
    actorId: string | null = null,
  ) {
    await this.celebrations.write(manager, {
      organizationId: subject.organizationId,
      kind,
      title,
      body,
      userId: subject.id,
      teamId: subject.teamId,
      actorId,
      sourceKey,
      details,
      at,
    });
  }

  /** A passed module keeps the person's streak going: the badge rules below read it from the user row. */
  private async extendStreak(manager: EntityManager, subject: Subject, now: Date): Promise<void> {
    const kept = { days: subject.streakDays, lastDay: subject.streakLastDay };
    const extended = extendStreak(kept, localDay(now, subject.timeZone));
    if (extended === kept) return;
    await manager.query(
      `UPDATE users u SET streak_days = $2, streak_last_day = $3::date, streak_ends_at = ($3::date + 2)::timestamp AT TIME ZONE o.time_zone
         FROM organizations o WHERE u.id = $1 AND o.id = u.organization_id`,
      [subject.id, extended.days, extended.lastDay],
    );
  }

  /** The person with what their achievements are written with: one statement. */
  private async subject(manager: EntityManager, userId: string): Promise<Subject> {
    const [subject] = await manager.query<Subject[]>(
      `SELECT u.id, u.organization_id AS "organizationId", u.display_name AS "displayName", u.email, u.team_id AS "teamId", u.points,
              u.streak_days AS "streakDays", to_char(u.streak_last_day, 'YYYY-MM-DD') AS "streakLastDay",
              o.name AS "organizationName", o.time_zone AS "timeZone"
         FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id = $1`,
      [userId],
    );
    if (!subject) throw new NotFoundError('User', userId);
    return subject;
  }
}

/** "Ann", "Ann and Ben", "Ann, Ben and Cy". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
