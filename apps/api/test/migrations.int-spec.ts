import { randomUUID } from 'node:crypto';
import { DataSource, type MigrationInterface } from 'typeorm';
import { dataSourceOptions } from '../src/app/database/data-source.js';
import { MIGRATIONS } from '../src/app/database/migrations/index.js';
import { FeedByKindAndEngagement1796575004294 } from '../src/app/database/migrations/1796575004294-FeedByKindAndEngagement.js';
import { KeptStreaks1796573854552 } from '../src/app/database/migrations/1796573854552-KeptStreaks.js';
import { LeaderboardTotals1796574718088 } from '../src/app/database/migrations/1796574718088-LeaderboardTotals.js';
import { MomentsGroupedOnCards1796595044281 } from '../src/app/database/migrations/1796595044281-MomentsGroupedOnCards.js';
import { createTestDatabase } from './support/database.js';
import { expectTotalsMatchLedger } from './support/totals.js';

type MigrationClass = new () => MigrationInterface;

/**
 * Migrations that move data, run on rows written before them: a database
 * migrated up to just before `migration`, filled by `rows`, then migrated to
 * the end.
 */
async function migrateAcross(migration: MigrationClass, rows: (database: DataSource) => Promise<void>): Promise<DataSource> {
  const url = await createTestDatabase('migration');
  const index = MIGRATIONS.indexOf(migration as (typeof MIGRATIONS)[number]);
  const before = await new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, index) }).initialize();
  await before.runMigrations({ transaction: 'each' });
  await rows(before);
  await before.destroy();
  const after = await new DataSource(dataSourceOptions(url)).initialize();
  await after.runMigrations({ transaction: 'each' });
  return after;
}

describe('data migrations', () => {
  it('KeptStreaks keeps each person’s latest run of active days, counted in their organisation’s time zone', async () => {
    const organization = randomUUID();
    const [runner, failer, idle] = [randomUUID(), randomUUID(), randomUUID()];
    const database = await migrateAcross(KeptStreaks1796573854552, async (before) => {
      await before.query(
        `INSERT INTO organizations (id, name, slug, time_zone) VALUES ($1, 'Kiritimati Care', 'kiritimati', 'Pacific/Kiritimati')`,
        [organization],
      );
      for (const [id, name] of [
        [runner, 'Runner'],
        [failer, 'Failer'],
        [idle, 'Idle'],
      ] as const) {
        await before.query(`INSERT INTO users (id, organization_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4, 'x')`, [
          id,
          organization,
          `${name}@example.com`,
          name,
        ]);
      }
      // Completions only: their modules, courses and enrollments are beside the point.
      await before.query(`SET session_replication_role = replica`);
      const complete = (userId: string, at: string, passed = true) =>
        before.query(
          `INSERT INTO module_completions (organization_id, user_id, module_id, course_id, enrollment_id, passed, completed_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
          [organization, userId, randomUUID(), randomUUID(), randomUUID(), passed, at],
        );
      await complete(runner, '2026-03-01T12:00:00+14:00');
      await complete(runner, '2026-04-04T12:00:00+14:00');
      // 23:00 on the 5th and 01:00 on the 6th there: the same day in UTC, two days on Kiritimati.
      await complete(runner, '2026-04-05T23:00:00+14:00');
      await complete(runner, '2026-04-06T01:00:00+14:00');
      await complete(runner, '2026-04-06T10:00:00+14:00');
      await complete(runner, '2026-04-07T10:00:00+14:00', false);
      await complete(failer, '2026-04-06T10:00:00+14:00', false);
    });
    try {
      const rows = await database.query<{ id: string; streak_days: number; streak_last_day: string | null; streak_ends_at: Date | null }[]>(
        `SELECT id, streak_days, to_char(streak_last_day, 'YYYY-MM-DD') AS streak_last_day, streak_ends_at FROM users WHERE organization_id = $1`,
        [organization],
      );
      const byId = new Map(rows.map((row) => [row.id, row]));
      expect(byId.get(runner)).toMatchObject({
        streak_days: 3,
        streak_last_day: '2026-04-06',
        streak_ends_at: new Date('2026-04-08T00:00:00+14:00'),
      });
      expect(byId.get(failer)).toMatchObject({ streak_days: 0, streak_last_day: null, streak_ends_at: null });
      expect(byId.get(idle)).toMatchObject({ streak_days: 0, streak_last_day: null, streak_ends_at: null });
    } finally {
      await database.destroy();
    }
  });

  it('FeedByKindAndEngagement counts each celebration’s reactions and comments', async () => {
    const organization = randomUUID();
    const person = randomUUID();
    const [quiet, liked, discussed] = [randomUUID(), randomUUID(), randomUUID()];
    const database = await migrateAcross(FeedByKindAndEngagement1796575004294, async (before) => {
      await before.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, 'Engaged', 'engaged')`, [organization]);
      await before.query(
        `INSERT INTO users (id, organization_id, email, display_name, password_hash) VALUES ($1, $2, 'p@example.com', 'P', 'x')`,
        [person, organization],
      );
      for (const id of [quiet, liked, discussed]) {
        await before.query(
          `INSERT INTO celebrations (id, organization_id, kind, title, source_key, created_at) VALUES ($1, $2, 'KUDOS', 'Moment', $3, now())`,
          [id, organization, `KUDOS:${id}`],
        );
      }
      for (const emoji of ['👏', '🎉'])
        await before.query(`INSERT INTO celebration_reactions (celebration_id, user_id, emoji, created_at) VALUES ($1, $2, $3, now())`, [
          liked,
          person,
          emoji,
        ]);
      await before.query(`INSERT INTO celebration_reactions (celebration_id, user_id, emoji, created_at) VALUES ($1, $2, '👏', now())`, [
        discussed,
        person,
      ]);
      for (const body of ['Well done', 'Agreed'])
        await before.query(`INSERT INTO celebration_comments (celebration_id, author_id, body, created_at) VALUES ($1, $2, $3, now())`, [
          discussed,
          person,
          body,
        ]);
    });
    try {
      const rows = await database.query<{ id: string; engagement: number }[]>(
        `SELECT id, engagement FROM celebrations WHERE organization_id = $1`,
        [organization],
      );
      expect(Object.fromEntries(rows.map((row) => [row.id, row.engagement]))).toEqual({ [quiet]: 0, [liked]: 2, [discussed]: 3 });
    } finally {
      await database.destroy();
    }
  });

  it('MomentsGroupedOnCards groups each person’s achievements of a minute, and moves their reactions and comments to the card', async () => {
    const organization = randomUUID();
    const [priya, leo] = [randomUUID(), randomUUID()];
    // Ids in the order of the moments: of one instant, the first id leads.
    const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const moments: [number, string, string, string][] = [
      [1, priya, 'BADGE_EARNED', '10:00:00'],
      [2, priya, 'LEVEL_UP', '10:00:00'],
      [3, priya, 'KUDOS', '10:00:10'],
      [4, priya, 'COURSE_COMPLETED', '10:00:40'],
      // Less than a minute after the one before, but a minute after the group started: a card of its own.
      [5, priya, 'BADGE_EARNED', '10:01:10'],
      [6, priya, 'CERTIFICATION_EARNED', '10:05:00'],
      [7, leo, 'BADGE_EARNED', '10:00:00'],
    ];
    const database = await migrateAcross(MomentsGroupedOnCards1796595044281, async (before) => {
      await before.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, 'Grouped', 'grouped')`, [organization]);
      for (const [person, name] of [
        [priya, 'Priya'],
        [leo, 'Leo'],
      ] as const) {
        await before.query(`INSERT INTO users (id, organization_id, email, display_name, password_hash) VALUES ($1, $2, $3, $4, 'x')`, [
          person,
          organization,
          `${name}@example.com`,
          name,
        ]);
      }
      for (const [n, person, kind, time] of moments) {
        await before.query(
          `INSERT INTO celebrations (id, organization_id, kind, title, user_id, people_ids, source_key, created_at)
           VALUES ($1, $2, $3, 'Moment', $4, ARRAY[$4]::uuid[], $5, $6)`,
          [id(n), organization, kind, person, `${kind}:${n}`, `2026-11-02T${time}Z`],
        );
      }
      const react = (n: number, emoji: string, by: string) =>
        before.query(`INSERT INTO celebration_reactions (celebration_id, user_id, emoji, created_at) VALUES ($1, $2, $3, now())`, [
          id(n),
          by,
          emoji,
        ]);
      await react(1, '👏', leo);
      // Leo's 👏 on a grouped moment too: on the card, one 👏 of his.
      await react(2, '👏', leo);
      await react(4, '🎉', leo);
      await before.query(`INSERT INTO celebration_comments (celebration_id, author_id, body, created_at) VALUES ($1, $2, 'Bravo', now())`, [
        id(2),
        leo,
      ]);
    });
    try {
      const rows = await database.query<{ id: string; lead_id: string | null; engagement: number }[]>(
        `SELECT id, lead_id, engagement FROM celebrations WHERE organization_id = $1 ORDER BY id`,
        [organization],
      );
      expect(rows).toEqual([
        { id: id(1), lead_id: null, engagement: 3 },
        { id: id(2), lead_id: id(1), engagement: 0 },
        { id: id(3), lead_id: null, engagement: 0 },
        { id: id(4), lead_id: id(1), engagement: 0 },
        { id: id(5), lead_id: null, engagement: 0 },
        { id: id(6), lead_id: null, engagement: 0 },
        { id: id(7), lead_id: null, engagement: 0 },
      ]);
      expect(
        await database.query(`SELECT celebration_id, emoji FROM celebration_reactions WHERE user_id = $1 ORDER BY emoji`, [leo]),
      ).toEqual([
        { celebration_id: id(1), emoji: '🎉' },
        { celebration_id: id(1), emoji: '👏' },
      ]);
      expect(await database.query(`SELECT celebration_id FROM celebration_comments WHERE author_id = $1`, [leo])).toEqual([
        { celebration_id: id(1) },
      ]);
    } finally {
      await database.destroy();
    }
  });

  it('LeaderboardTotals totals the ledger written before it, per person and team, week, month and quarter, in the organisation’s time zone', async () => {
    const organization = randomUUID();
    const [ants, bees] = [randomUUID(), randomUUID()];
    const [ann, bob, cyd, dee] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const database = await migrateAcross(LeaderboardTotals1796574718088, async (before) => {
      await before.query(
        `INSERT INTO organizations (id, name, slug, time_zone) VALUES ($1, 'Kiritimati Care', 'kiritimati', 'Pacific/Kiritimati')`,
        [organization],
      );
      for (const [id, name] of [
        [ants, 'Ants'],
        [bees, 'Bees'],
      ] as const)
        await before.query(`INSERT INTO teams (id, organization_id, name) VALUES ($1, $2, $3)`, [id, organization, name]);
      for (const [id, name, team, optedOut] of [
        [ann, 'Ann', ants, false],
        [bob, 'Bob', ants, true],
        [cyd, 'Cyd', bees, false],
        [dee, 'Dee', null, false],
      ] as const) {
        await before.query(
          `INSERT INTO users (id, organization_id, email, display_name, team_id, leaderboard_opt_out, password_hash) VALUES ($1, $2, $3, $4, $5, $6, 'x')`,
          [id, organization, `${name}@example.com`, name, team, optedOut],
        );
      }
      const earn = (userId: string, amount: number, at: string) =>
        before.query(
          `INSERT INTO points_entries (organization_id, user_id, amount, reason, description, source_id, created_at) VALUES ($1, $2, $3, 'ADJUSTMENT', 'Earned before', $4, $5)`,
          [organization, userId, amount, randomUUID(), at],
        );
      // Sunday 29 March 23:59:59 and Monday 30 March 00:00 on Kiritimati; 31 March and 1 April there; a year before.
      await earn(ann, 100, '2026-03-29T09:59:59Z');
      await earn(ann, 1000, '2026-03-29T10:00:00Z');
      await earn(bob, 10, '2026-03-31T09:59:59Z');
      await earn(bob, 20, '2026-03-31T10:00:00Z');
      await earn(cyd, 5, '2026-03-31T10:00:00Z');
      await earn(dee, 7, '2025-03-31T10:00:00Z');
    });
    try {
      await expectTotalsMatchLedger({ sql: (text, params) => database.query(text, params) }, organization);
      expect(
        await database.query(
          `SELECT period, period_start::text AS start, points FROM points_totals WHERE user_id = $1 ORDER BY period, period_start`,
          [ann],
        ),
      ).toEqual([
        { period: 'WEEK', start: '2026-03-23', points: 100 },
        { period: 'WEEK', start: '2026-03-30', points: 1000 },
        { period: 'MONTH', start: '2026-03-01', points: 1100 },
        { period: 'QUARTER', start: '2026-01-01', points: 1100 },
      ]);
    } finally {
      await database.destroy();
    }
  });
});
