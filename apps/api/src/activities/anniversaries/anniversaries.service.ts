import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { anniversaryMonthDays, anniversaryTitle, anniversaryUtcCandidates, localDay, monthDay, yearsSince } from '@laurels/domain';
import type { DataSource } from 'typeorm';
import { Clock } from '#platform/clock';
import { Jobs } from '#platform/jobs';
import { AchievementService, type AnniversaryFact } from '#achievements/achievement-path';

export const ANNIVERSARIES_QUEUE = 'work-anniversaries';
/** Every hour, so that each organisation's day is celebrated soon after it begins in its own time zone. */
const ANNIVERSARIES_CRON = '5 * * * *';
const ORGANIZATIONS_PAGE = 500;

/**
 * The active people of organisation $1 who started on one of the month-days $3 (month × 100 + day,
 * in UTC), with their start day in the time zone $2. The month-day is computed as the expression
 * index users_start_month_day stores it, so that the index answers: keep the two alike.
 */
export const STARTERS_OF_THE_DAY = `SELECT u.id, u.display_name AS "displayName", u.team_id AS "teamId",
       to_char(u.started_at AT TIME ZONE $2, 'YYYY-MM-DD') AS "startedOn"
  FROM users u
 WHERE u.organization_id = $1 AND u.active AND u.started_at IS NOT NULL
   AND (EXTRACT(MONTH FROM (u.started_at AT TIME ZONE 'UTC')) * 100 + EXTRACT(DAY FROM (u.started_at AT TIME ZONE 'UTC')))::int = ANY($3::int[])`;

interface Organization {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
}

interface Starter {
  readonly id: string;
  readonly displayName: string;
  readonly teamId: string | null;
  /** The start day in the organisation's time zone, YYYY-MM-DD. */
  readonly startedOn: string;
}

/**
 * Work anniversaries: a scheduled job celebrates, for each organisation, the people whose start
 * day falls on today in its time zone, one year or more ago. Each organisation reads only the
 * people who started around this day of the year, through an index, never everyone.
 */
@Injectable()
export class AnniversariesService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly achievements: AchievementService,
    private readonly clock: Clock,
    private readonly jobs: Jobs,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.work(ANNIVERSARIES_QUEUE, () => this.celebrateToday().then(() => undefined), { retryLimit: 3 });
    await this.jobs.schedule(ANNIVERSARIES_QUEUE, ANNIVERSARIES_CRON);
  }

  /** Celebrates today's anniversaries in every organisation; returns how many were new. */
  async celebrateToday(): Promise<number> {
    let celebrated = 0;
    for (let after = '00000000-0000-0000-0000-000000000000'; ;) {
      const page = await this.dataSource.query<Organization[]>(
        `SELECT id, name, time_zone AS "timeZone" FROM organizations WHERE id > $1 ORDER BY id LIMIT ${ORGANIZATIONS_PAGE}`,
        [after],
      );
      for (const organization of page) celebrated += await this.celebrate(organization);
      if (page.length < ORGANIZATIONS_PAGE) return celebrated;
      after = page.at(-1)!.id;
    }
  }

  /** Today's anniversaries in one organisation, each celebrated once a year. */
  async celebrate(organization: Organization): Promise<number> {
    const now = this.clock.now();
    const today = localDay(now, organization.timeZone);
    const onToday = new Set(anniversaryMonthDays(today));
    const starters = await this.dataSource.query<Starter[]>(STARTERS_OF_THE_DAY, [
      organization.id,
      organization.timeZone,
      anniversaryUtcCandidates(today),
    ]);
    const anniversaries: AnniversaryFact[] = starters
      .filter((starter) => onToday.has(monthDay(starter.startedOn)) && yearsSince(starter.startedOn, today) >= 1)
      .map((starter) => {
        const years = yearsSince(starter.startedOn, today);
        return {
          organizationId: organization.id,
          userId: starter.id,
          teamId: starter.teamId,
          title: anniversaryTitle(starter.displayName, years, organization.name),
          years,
          day: today,
          at: now,
        };
      });
    if (anniversaries.length === 0) return 0;
    const written = await this.dataSource.transaction((manager) => this.achievements.celebrateAnniversaries(manager, anniversaries));
    return written.length;
  }
}
