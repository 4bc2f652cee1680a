import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CelebrationKind, InvalidInputError, checkDigestWindow, groupSentence, type Ranked } from '@laurels/domain';
import { In, type DataSource } from 'typeorm';
import { Celebration } from '#achievements/celebrations';
import { Settings } from '#platform/config';
import { FeedService } from '#views/feed';
import { LeaderboardService, type Standing } from '#views/leaderboards';
import { TeamMilestone } from '#catalog/milestones';
import { Organization, Team, User } from '#directory/organizations';
import { FeedbackInsightsService, type FeedbackSummaryObject } from '#activities/feedback';
import { renderDigestHtml } from './digest-html.js';

export interface Digest {
  readonly from: Date;
  readonly to: Date;
  readonly html: string;
  readonly celebrations: Celebration[];
  readonly customerPraise: Celebration[];
  readonly topLearners: Ranked<Standing>[];
  readonly milestonesReached: TeamMilestone[];
  /** The organisation's customer feedback in the period: CSAT and NPS, never who said what about whom. */
  readonly feedback: FeedbackSummaryObject;
}

/** A digest holds at most this many cards of the feed (celebrations with the moments grouped with them), newest first: a newsletter, not an archive. */
export const MAX_CELEBRATIONS = 200;
export const TOP_LEARNERS = 5;
/** A newsletter lists the first milestones reached, not every one of a busy quarter. */
export const MAX_MILESTONES_REACHED = 100;

const RECOGNITION = new Set<CelebrationKind>([CelebrationKind.KUDOS, CelebrationKind.SUCCESS_STORY]);
const LEARNING = new Set<CelebrationKind>([
  CelebrationKind.BADGE_EARNED,
  CelebrationKind.CERTIFICATION_EARNED,
  CelebrationKind.LEVEL_UP,
  CelebrationKind.COURSE_COMPLETED,
]);

@Injectable()
export class DigestService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly leaderboard: LeaderboardService,
    private readonly feed: FeedService,
    private readonly feedback: FeedbackInsightsService,
    private readonly settings: Settings,
  ) {}

  /** The organisation's newsletter for [from, to): what was celebrated, who learned most, milestones reached, customer praise. */
  async digest(organizationId: string, from: Date, to: Date): Promise<Digest> {
    // The DateTime scalar turns a string that is no date into an Invalid Date, which every comparison lets through.
    for (const [field, date] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (Number.isNaN(date.getTime())) throw new InvalidInputError(field, `${field} must be a date-time such as 2026-06-01T00:00:00Z`);
    }
    checkDigestWindow(from, to);
    const organization = await this.dataSource.getRepository(Organization).findOneByOrFail({ id: organizationId });
    const celebrations = await this.dataSource
      .getRepository(Celebration)
      .createQueryBuilder('celebration')
      .where('celebration.organizationId = :organizationId AND celebration.createdAt >= :from AND celebration.createdAt < :to', {
        organizationId,
        from,
        to,
      })
      .andWhere('celebration.leadId IS NULL')
      .orderBy('celebration.createdAt', 'DESC')
      .addOrderBy('celebration.id', 'DESC')
      .take(MAX_CELEBRATIONS)
      .getMany();
    // Each card once, its grouped moments counted with it and told in one sentence.
    const grouped = await this.feed.groupedByLeadIds(celebrations.map((celebration) => celebration.id));
    const moments = [...celebrations, ...grouped.flat()];
    const milestonesReached = await this.dataSource
      .getRepository(TeamMilestone)
      .createQueryBuilder('milestone')
      .where('milestone.organizationId = :organizationId AND milestone.reachedAt >= :from AND milestone.reachedAt < :to', {
        organizationId,
        from,
        to,
      })
      .orderBy('milestone.reachedAt', 'ASC')
      .addOrderBy('milestone.id', 'ASC')
      .take(MAX_MILESTONES_REACHED)
      .getMany();
    const topLearners = await this.leaderboard.topLearners(organizationId, from, to, TOP_LEARNERS);
    const customerPraise = celebrations.filter((celebration) => celebration.kind === CelebrationKind.CUSTOMER_PRAISE);

    const learners = await this.dataSource.getRepository(User).findBy({ id: In(topLearners.map((entry) => entry.item.userId!)) });
    const groupedPeople = celebrations.flatMap((celebration, index) =>
      grouped[index]!.length > 0 && celebration.userId ? [celebration.userId] : [],
    );
    const people = new Map(
      (groupedPeople.length > 0 ? await this.dataSource.getRepository(User).findBy({ id: In(groupedPeople) }) : []).map((person) => [
        person.id,
        person.displayName,
      ]),
    );
    const teamIds = [
      ...new Set(
        [...learners.map((learner) => learner.teamId), ...milestonesReached.map((milestone) => milestone.teamId)].filter(
          (id): id is string => id !== null,
        ),
      ),
    ];
    const teams = new Map((await this.dataSource.getRepository(Team).findBy({ id: In(teamIds) })).map((team) => [team.id, team.name]));
    const names = new Map(learners.map((learner) => [learner.id, learner]));
    const count = (kinds: CelebrationKind[]) => moments.filter((moment) => kinds.includes(moment.kind)).length;

    const feedback = await this.feedback.ofOrganization(organizationId, from, to);
    const html = renderDigestHtml({
      organizationName: organization.name,
      timeZone: organization.timeZone,
      from,
      to,
      feedUrl: `${this.settings.publicUrl}/feed`,
      counts: [
        { label: 'badges earned', value: count([CelebrationKind.BADGE_EARNED]) },
        { label: 'certifications', value: count([CelebrationKind.CERTIFICATION_EARNED]) },
        { label: 'kudos given', value: count([CelebrationKind.KUDOS]) },
        { label: 'customer praise', value: customerPraise.length },
        { label: 'milestones reached', value: milestonesReached.length },
        ...(feedback.npsScore === null ? [] : [{ label: 'customer NPS', value: feedback.npsScore }]),
      ],
      topLearners: topLearners.map((entry) => {
        const learner = names.get(entry.item.userId!);
        return {
          rank: entry.rank,
          name: learner?.displayName ?? 'Someone',
          team: (learner?.teamId && teams.get(learner.teamId)) || null,
          points: entry.points,
        };
      }),
      milestones: milestonesReached.map((milestone) => ({
        title: milestone.title,
        team: teams.get(milestone.teamId) ?? '',
        reachedAt: milestone.reachedAt!,
      })),
      praise: customerPraise.map((praise) => ({ title: praise.title, quote: praise.body ?? '', at: praise.createdAt })),
      recognition: celebrations
        .filter((celebration) => RECOGNITION.has(celebration.kind))
        .map((entry) => ({ title: entry.title, text: entry.body, quoted: entry.kind === CelebrationKind.KUDOS, at: entry.createdAt })),
      achievements: celebrations.flatMap((entry, index) => {
        if (!LEARNING.has(entry.kind)) return [];
        const group = grouped[index]!;
        const title =
          group.length > 0
            ? groupSentence(
                people.get(entry.userId!) ?? 'Someone',
                [entry, ...group].map((moment) => ({ kind: moment.kind, level: levelOf(moment) })),
              )
            : entry.title;
        return [{ title, at: entry.createdAt }];
      }),
    });
    return { from, to, html, celebrations, customerPraise, topLearners, milestonesReached, feedback };
  }
}

function levelOf(celebration: Celebration): number | null {
  const level = celebration.details.level;
  return typeof level === 'number' ? level : null;
}
