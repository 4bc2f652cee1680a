import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rebuildPointsTotals } from '../src/achievements/points/period-totals.js';
import { DAY_MS } from './support/achievements.js';
import { periodStart, type Period } from './support/periods.js';
import { expectError } from './support/errors.js';
import { addMember, createTeam, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const BOARD = `query ($scope: LeaderboardScope!, $period: LeaderboardPeriod!, $teamId: ID, $first: Int) {
  leaderboard(scope: $scope, period: $period, teamId: $teamId, first: $first) { rank points user { id } team { id } }
}`;
const MINE = `query ($scope: LeaderboardScope!, $period: LeaderboardPeriod!, $teamId: ID) {
  myLeaderboardEntry(scope: $scope, period: $period, teamId: $teamId) { rank points user { id } team { id } }
}`;
const OPT_OUT = `mutation ($optOut: Boolean!) { setLeaderboardOptOut(optOut: $optOut) { id leaderboardOptOut } }`;

type Scope = 'INDIVIDUAL' | 'TEAM';
const PERIODS: Period[] = ['WEEK', 'MONTH', 'QUARTER', 'ALL_TIME'];

interface Entry {
  readonly rank: number;
  readonly points: number;
  readonly user: { id: string } | null;
  readonly team: { id: string } | null;
}

/** A place as the tests compare it: whose (a user's or a team's id), points and rank. */
interface Place {
  readonly id: string;
  readonly points: number;
  readonly rank: number;
}

/** Standard competition ranking by definition: one more than the number of places with more points. */
function ranked(scores: { id: string; points: number }[]): Place[] {
  return scores.map((score) => ({ ...score, rank: 1 + scores.filter((other) => other.points > score.points).length }));
}

const byRankThenId = (places: Place[]) => [...places].sort((a, b) => a.rank - b.rank || a.id.localeCompare(b.id));

/** mulberry32: a small seeded generator, so that a failing board can be replayed with LEADERBOARD_SEED. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('leaderboards: points earned in a calendar period of the organisation’s time zone, ranked 1, 1, 3', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  interface Person {
    readonly id: string;
    readonly teamId: string | null;
    optedOut: boolean;
  }

  interface Ledger {
    readonly organization: Organization;
    readonly timeZone: string;
    readonly teams: string[];
    readonly people: Person[];
    readonly rows: { userId: string; amount: number; at: Date }[];
  }

  async function board(token: string, scope: Scope, period: Period, options: { teamId?: string; first?: number } = {}): Promise<Place[]> {
    const { leaderboard } = await api.ok<{ leaderboard: Entry[] }>(BOARD, { scope, period, first: 100, ...options }, token);
    return leaderboard.map((entry) => ({ id: (entry.user ?? entry.team)!.id, points: entry.points, rank: entry.rank }));
  }

  async function myEntry(token: string, scope: Scope, period: Period, teamId?: string): Promise<Place | null> {
    const { myLeaderboardEntry } = await api.ok<{ myLeaderboardEntry: Entry | null }>(MINE, { scope, period, teamId }, token);
    return (
      myLeaderboardEntry && {
        id: (myLeaderboardEntry.user ?? myLeaderboardEntry.team)!.id,
        points: myLeaderboardEntry.points,
        rank: myLeaderboardEntry.rank,
      }
    );
  }

  /** The board must list places best first; as a set it must equal the reference exactly. */
  function expectBoard(actual: Place[], expected: Place[], label: string): void {
    try {
      expect(actual.map((place) => place.rank)).toEqual([...actual.map((place) => place.rank)].sort((a, b) => a - b));
      expect(byRankThenId(actual)).toEqual(byRankThenId(expected));
    } catch (error) {
      throw new Error(`${label}: ${(error as Error).message}`);
    }
  }

  /** A person the tests sign in as; everyone else is written straight into the database. */
  async function person(ledger: Pick<Ledger, 'organization' | 'people'>, teamId: string | null): Promise<Member> {
    const member = await addMember(api, ledger.organization, { teamId: teamId ?? undefined, name: `Viewer ${ledger.people.length}` });
    ledger.people.push({ id: member.id, teamId, optedOut: false });
    return member;
  }

  async function bulkPeople(organization: Organization, teams: (string | null)[]): Promise<Person[]> {
    const people: Person[] = [];
    for (const [index, teamId] of teams.entries()) {
      const [row] = await api.sql<{ id: string }>(
        `INSERT INTO users (organization_id, email, display_name, role, team_id, password_hash) VALUES ($1, $2, $3, 'EMPLOYEE', $4, 'not-a-hash') RETURNING id`,
        [organization.id, `person-${index}-${randomUUID()}@example.com`, `Person ${String(index).padStart(2, '0')}`, teamId],
      );
      people.push({ id: row!.id, teamId, optedOut: false });
    }
    return people;
  }

  /**
   * Writes ledger rows straight into points_entries, then rebuilds from the
   * ledger what the achievement path would have kept: balances and totals.
   */
  async function insertRows(organization: Organization, rows: Ledger['rows']): Promise<void> {
    await api.sql(
      `INSERT INTO points_entries (organization_id, user_id, amount, reason, description, source_id, created_at)
       SELECT $1, r.user_id, r.amount, 'ADJUSTMENT', 'Seeded for a leaderboard test', gen_random_uuid()::text, r.created_at
         FROM unnest($2::uuid[], $3::int[], $4::timestamptz[]) AS r(user_id, amount, created_at)`,
      [organization.id, rows.map((row) => row.userId), rows.map((row) => row.amount), rows.map((row) => row.at.toISOString())],
    );
    await api.app.get(DataSource).transaction((manager) => rebuildPointsTotals(manager, organization.id));
  }

  const pointsOf = (ledger: Ledger, ids: Set<string>, since: Date | null) =>
    ledger.rows
      .filter((row) => ids.has(row.userId) && (!since || row.at.getTime() >= since.getTime()))
      .reduce((sum, row) => sum + row.amount, 0);

  /** The INDIVIDUAL board `viewer` must see: everyone who has not opted out, and the viewer. */
  function expectedIndividual(ledger: Ledger, now: Date, period: Period, viewerId: string, teamId?: string): Place[] {
    const since = periodStart(now, ledger.timeZone, period);
    const shown = ledger.people.filter(
      (someone) => (!someone.optedOut || someone.id === viewerId) && (!teamId || someone.teamId === teamId),
    );
    return ranked(shown.map((someone) => ({ id: someone.id, points: pointsOf(ledger, new Set([someone.id]), since) })));
  }

  /** The TEAM board: every team, with all its current members' points, whether they opted out or not. */
  function expectedTeams(ledger: Ledger, now: Date, period: Period): Place[] {
    const since = periodStart(now, ledger.timeZone, period);
    return ranked(
      ledger.teams.map((teamId) => ({
        id: teamId,
        points: pointsOf(ledger, new Set(ledger.people.filter((p) => p.teamId === teamId).map((p) => p.id)), since),
      })),
    );
  }

  describe('the reference itself', () => {
    it('finds period starts in time zones ahead of and behind UTC, across daylight saving time', () => {
      // Wednesday 1 April 2026, half a minute after midnight on Kiritimati (UTC+14): still 31 March in UTC.
      const kiritimati = new Date('2026-03-31T10:00:30Z');
      expect(PERIODS.map((period) => periodStart(kiritimati, 'Pacific/Kiritimati', period)?.toISOString() ?? null)).toEqual([
        '2026-03-29T10:00:00.000Z',
        '2026-03-31T10:00:00.000Z',
        '2026-03-31T10:00:00.000Z',
        null,
      ]);
      // New Year's Eve, 23:59:30 in Los Angeles (PST): already 2026 in UTC; the quarter began under PDT.
      const losAngeles = new Date('2026-01-01T07:59:30Z');
      expect(PERIODS.map((period) => periodStart(losAngeles, 'America/Los_Angeles', period)?.toISOString() ?? null)).toEqual([
        '2025-12-29T08:00:00.000Z',
        '2025-12-01T08:00:00.000Z',
        '2025-10-01T07:00:00.000Z',
        null,
      ]);
      expect(ranked([10, 30, 30, 0, 10, 50].map((points, index) => ({ id: String(index), points }))).map((place) => place.rank)).toEqual([
        4, 2, 2, 6, 4, 1,
      ]);
    });
  });

  describe('against the reference on random ledgers', () => {
    const seed = Number(process.env.LEADERBOARD_SEED ?? Date.now() % 1_000_000_007);
    const scenarios: { label: string; timeZone: string; now: Date }[] = [
      {
        label: 'Kiritimati, just after local midnight starting April (UTC still says March)',
        timeZone: 'Pacific/Kiritimati',
        now: new Date('2026-03-31T10:00:30Z'),
      },
      { label: 'Kiritimati, the last minute of a local Sunday', timeZone: 'Pacific/Kiritimati', now: new Date('2026-04-05T09:59:30Z') },
      {
        label: 'Los Angeles, New Year’s Eve before local midnight (UTC already in the new year)',
        timeZone: 'America/Los_Angeles',
        now: new Date('2026-01-01T07:59:30Z'),
      },
      {
        label: 'Los Angeles, the first Monday after daylight saving time began',
        timeZone: 'America/Los_Angeles',
        now: new Date('2026-03-09T07:30:00Z'),
      },
      { label: 'UTC, an ordinary afternoon', timeZone: 'UTC', now: new Date('2026-08-19T15:42:10Z') },
    ];

    /** An organisation in `timeZone` with teams, people in them and in none, two of them opted out, and random ledger rows up to `now`. */
    async function randomLedger(random: () => number, timeZone: string, now: Date) {
      api.clock.set(now);
      const organization = await signUpOrganization(api, undefined, timeZone);
      const teams = [
        await createTeam(api, organization, 'Ants'),
        await createTeam(api, organization, 'Bees'),
        await createTeam(api, organization, 'Cats'),
        await createTeam(api, organization, 'Empty'),
      ];
      const ledger: Ledger = {
        organization,
        timeZone,
        teams,
        people: [{ id: organization.admin.id, teamId: null, optedOut: false }],
        rows: [],
      };
      const viewer = await person(ledger, teams[0]!);
      const hermit = await person(ledger, teams[1]!);
      const loner = await person(ledger, null);
      ledger.people.push(
        ...(await bulkPeople(
          organization,
          Array.from({ length: 18 }, () => (random() < 0.2 ? null : teams[Math.floor(random() * 3)]!)),
        )),
      );

      await api.ok(OPT_OUT, { optOut: true }, hermit.token);
      ledger.people.find((someone) => someone.id === hermit.id)!.optedOut = true;
      const shy = ledger.people[4 + Math.floor(random() * 18)]!;
      await api.sql('UPDATE users SET leaderboard_opt_out = true WHERE id = $1', [shy.id]);
      shy.optedOut = true;

      // Half the rows fall within three days of a period boundary (local or UTC), some exactly on it; all of them by now.
      const boundaries = PERIODS.flatMap((period) => [periodStart(now, timeZone, period), periodStart(now, 'UTC', period)]).filter(
        (start): start is Date => start !== null,
      );
      for (const someone of ledger.people) {
        const count = Math.floor(random() * 9);
        for (let index = 0; index < count; index++) {
          const anchor = boundaries[Math.floor(random() * boundaries.length)]!.getTime();
          const roll = random();
          let at =
            roll < 0.1
              ? anchor
              : roll < 0.55
                ? anchor + Math.round((random() * 2 - 1) * 3 * DAY_MS)
                : now.getTime() - Math.round(random() * 400 * DAY_MS);
          if (at > now.getTime()) at = now.getTime() - (at - now.getTime());
          ledger.rows.push({ userId: someone.id, amount: [5, 10, 10, 20, 25, 50][Math.floor(random() * 6)]!, at: new Date(at) });
        }
      }
      await insertRows(organization, ledger.rows);
      return { ledger, viewers: { viewer, hermit, loner } };
    }

    it.each(scenarios.map((scenario, index) => ({ ...scenario, index })))(
      'matches the reference for every period, scope and viewer: $label',
      async ({ timeZone, now, index }) => {
        const random = generator(seed + index);
        const { ledger, viewers } = await randomLedger(random, timeZone, now);
        const label = (what: string) => `seed ${seed + index} (LEADERBOARD_SEED=${seed}), ${timeZone} at ${now.toISOString()}, ${what}`;
        const teamOf = (member: Member) => ledger.people.find((someone) => someone.id === member.id)!.teamId;

        for (const period of PERIODS) {
          for (const [name, member] of Object.entries(viewers)) {
            const expected = expectedIndividual(ledger, now, period, member.id);
            const actual = await board(member.token, 'INDIVIDUAL', period);
            expectBoard(actual, expected, label(`${period} INDIVIDUAL as the ${name}`));
            expect(await myEntry(member.token, 'INDIVIDUAL', period)).toEqual(expected.find((place) => place.id === member.id));
            // first cuts the same board.
            expect(await board(member.token, 'INDIVIDUAL', period, { first: 5 })).toEqual(actual.slice(0, 5));

            const teams = expectedTeams(ledger, now, period);
            expectBoard(await board(member.token, 'TEAM', period), teams, label(`${period} TEAM as the ${name}`));
            expect(await myEntry(member.token, 'TEAM', period)).toEqual(teams.find((place) => place.id === teamOf(member)) ?? null);
          }
          for (const teamId of ledger.teams) {
            const expected = expectedIndividual(ledger, now, period, viewers.viewer.id, teamId);
            expectBoard(
              await board(viewers.viewer.token, 'INDIVIDUAL', period, { teamId }),
              expected,
              label(`${period} INDIVIDUAL of team ${ledger.teams.indexOf(teamId)}`),
            );
          }
          expect(await myEntry(viewers.hermit.token, 'INDIVIDUAL', period, ledger.teams[1])).toEqual(
            expectedIndividual(ledger, now, period, viewers.hermit.id, ledger.teams[1]).find((place) => place.id === viewers.hermit.id),
          );
          expect(await myEntry(viewers.hermit.token, 'INDIVIDUAL', period, ledger.teams[0])).toBeNull();
        }
      },
    );
  });

  describe('period boundaries', () => {
    /** One person's points in each period, as `token` sees them. */
    async function pointsByPeriod(token: string, userId: string): Promise<Record<Period, number>> {
      const result = {} as Record<Period, number>;
      for (const period of PERIODS)
        result[period] = (await board(token, 'INDIVIDUAL', period)).find((place) => place.id === userId)!.points;
      return result;
    }

    async function organizationWithRows(timeZone: string, rows: [string, number][]) {
      const organization = await signUpOrganization(api, undefined, timeZone);
      await insertRows(
        organization,
        rows.map(([at, amount]) => ({ userId: organization.admin.id, amount, at: new Date(at) })),
      );
      return organization;
    }

    it('starts weeks on Monday and months and quarters on the first at local midnight, on Kiritimati as in UTC', async () => {
      const rows: [string, number][] = [
        ['2026-03-29T09:59:59Z', 100], // Sunday 29 March, 23:59:59 on Kiritimati
        ['2026-03-29T10:00:00Z', 1000], // Monday 30 March, 00:00 on Kiritimati (still Sunday in UTC)
        ['2026-03-31T09:59:59Z', 1], // Tuesday 31 March, 23:59:59 on Kiritimati
        ['2026-03-31T10:00:00Z', 10], // Wednesday 1 April, 00:00 on Kiritimati
      ];
      const kiritimati = await organizationWithRows('Pacific/Kiritimati', rows);
      const utc = await organizationWithRows('UTC', rows);
      api.clock.set(new Date('2026-03-31T10:00:30Z'));

      expect(await pointsByPeriod(kiritimati.admin.token, kiritimati.admin.id)).toEqual({
        WEEK: 1011,
        MONTH: 10,
        QUARTER: 10,
        ALL_TIME: 1111,
      });
      expect(await pointsByPeriod(utc.admin.token, utc.admin.id)).toEqual({ WEEK: 11, MONTH: 1111, QUARTER: 1111, ALL_TIME: 1111 });
    });

    it('keeps counting the old year, month and quarter in Los Angeles until local midnight, with the quarter begun under daylight saving time', async () => {
      const organization = await organizationWithRows('America/Los_Angeles', [
        ['2025-10-01T06:59:59Z', 1], // 30 September, 23:59:59 PDT
        ['2025-10-01T07:00:00Z', 10], // 1 October, 00:00 PDT
        ['2025-12-01T07:59:59Z', 1000], // 30 November, 23:59:59 PST
        ['2025-12-01T08:00:00Z', 100], // 1 December, 00:00 PST
        ['2025-12-29T07:59:59Z', 100000], // Sunday 28 December, 23:59:59 PST
        ['2026-01-01T00:00:00Z', 10000], // 31 December, 16:00 PST: the new year in UTC only
      ]);
      api.clock.set(new Date('2026-01-01T07:59:30Z'));
      expect(await pointsByPeriod(organization.admin.token, organization.admin.id)).toEqual({
        WEEK: 10000,
        MONTH: 110100,
        QUARTER: 111110,
        ALL_TIME: 111111,
      });

      // A minute later it is 2026 in Los Angeles too; the week (from Monday 29 December) goes on.
      await insertRows(organization, [{ userId: organization.admin.id, amount: 1000000, at: new Date('2026-01-01T08:00:00Z') }]);
      api.clock.set(new Date('2026-01-01T08:00:30Z'));
      expect(await pointsByPeriod(organization.admin.token, organization.admin.id)).toEqual({
        WEEK: 1010000,
        MONTH: 1000000,
        QUARTER: 1000000,
        ALL_TIME: 1111111,
      });
    });

    it('starts the week at local midnight under daylight saving time, an hour earlier in UTC than the week before', async () => {
      const organization = await organizationWithRows('America/Los_Angeles', [
        ['2026-03-09T06:59:59Z', 1], // Sunday 8 March, 23:59:59 PDT
        ['2026-03-09T07:00:00Z', 10], // Monday 9 March, 00:00 PDT
      ]);
      api.clock.set(new Date('2026-03-09T07:30:00Z'));
      expect((await pointsByPeriod(organization.admin.token, organization.admin.id)).WEEK).toBe(10);
    });
  });

  describe('ranking, teams and opting out', () => {
    /** An organisation whose people (by name) have exactly these points this week. */
    async function standings(points: Record<string, [points: number, team: 'Ants' | 'Bees' | null]>) {
      // A Wednesday afternoon in UTC: an hour ago is in this week, month and quarter.
      const now = new Date('2026-07-15T14:00:00Z');
      api.clock.set(now);
      const organization = await signUpOrganization(api);
      const teams = {
        Ants: await createTeam(api, organization, 'Ants'),
        Bees: await createTeam(api, organization, 'Bees'),
        Empty: await createTeam(api, organization, 'Empty'),
      };
      const members: Record<string, Member> = {};
      for (const [name, [, team]] of Object.entries(points))
        members[name] = await addMember(api, organization, { name, teamId: team ? teams[team] : undefined });
      await insertRows(
        organization,
        Object.entries(points).flatMap(([name, [amount]]) =>
          amount ? [{ userId: members[name]!.id, amount, at: new Date(now.getTime() - 3_600_000) }] : [],
        ),
      );
      const places = (board: Place[]) =>
        Object.fromEntries(
          board.map((place) => [
            Object.entries(members).find(([, member]) => member.id === place.id)?.[0] ?? 'admin',
            [place.rank, place.points],
          ]),
        );
      return { organization, teams, members, places };
    }

    it('shares a rank between equal points and skips the places shared (1, 1, 3)', async () => {
      const { members, places } = await standings({
        Ann: [50, 'Ants'],
        Bob: [50, 'Bees'],
        Cyd: [30, null],
        Dee: [30, 'Ants'],
        Eve: [10, 'Bees'],
        Fay: [0, null],
      });
      for (const period of PERIODS) {
        expect(places(await board(members.Fay!.token, 'INDIVIDUAL', period))).toEqual({
          Ann: [1, 50],
          Bob: [1, 50],
          Cyd: [3, 30],
          Dee: [3, 30],
          Eve: [5, 10],
          Fay: [6, 0],
          admin: [6, 0],
        });
      }
      expect(await myEntry(members.Dee!.token, 'INDIVIDUAL', 'WEEK')).toEqual({ id: members.Dee!.id, rank: 3, points: 30 });
    });

    it('ranks teams by all their members’ points, empty teams included and people in no team left out', async () => {
      const { organization, teams, members } = await standings({
        Ann: [50, 'Ants'],
        Bob: [45, 'Bees'],
        Cyd: [99, null],
        Dee: [5, 'Ants'],
        Eve: [10, 'Bees'],
      });
      for (const period of PERIODS) {
        expect(byRankThenId(await board(members.Cyd!.token, 'TEAM', period))).toEqual(
          byRankThenId([
            { id: teams.Ants, rank: 1, points: 55 },
            { id: teams.Bees, rank: 1, points: 55 },
            { id: teams.Empty, rank: 3, points: 0 },
          ]),
        );
      }
      expect(await myEntry(members.Eve!.token, 'TEAM', 'MONTH')).toEqual({ id: teams.Bees, rank: 1, points: 55 });
      expect(await myEntry(members.Cyd!.token, 'TEAM', 'MONTH')).toBeNull();
      const { team } = await api.ok<{ team: { points: number } }>(
        `query ($id: ID!) { team(id: $id) { points } }`,
        { id: teams.Ants },
        organization.admin.token,
      );
      expect(team.points).toBe(55);
    });

    it('narrows an individual board to one team’s members, ranked among themselves', async () => {
      const { teams, members, places } = await standings({
        Ann: [50, 'Ants'],
        Bob: [70, 'Bees'],
        Cyd: [20, 'Ants'],
        Dee: [20, 'Ants'],
        Eve: [10, 'Bees'],
      });
      expect(places(await board(members.Bob!.token, 'INDIVIDUAL', 'WEEK', { teamId: teams.Ants }))).toEqual({
        Ann: [1, 50],
        Cyd: [2, 20],
        Dee: [2, 20],
      });
      expect(await board(members.Bob!.token, 'INDIVIDUAL', 'WEEK', { teamId: teams.Empty })).toEqual([]);
      expect(await myEntry(members.Cyd!.token, 'INDIVIDUAL', 'WEEK', teams.Ants)).toEqual({ id: members.Cyd!.id, rank: 2, points: 20 });
      expect(await myEntry(members.Bob!.token, 'INDIVIDUAL', 'WEEK', teams.Ants)).toBeNull();
    });

    it('leaves someone who opted out off everyone else’s boards, ranking the others without them, while they still see their own place', async () => {
      const { teams, members, places } = await standings({ Ann: [50, 'Ants'], Bob: [40, 'Ants'], Cyd: [40, 'Bees'], Dee: [10, 'Ants'] });
      const optOut = await api.ok<{ setLeaderboardOptOut: { id: string; leaderboardOptOut: boolean } }>(
        OPT_OUT,
        { optOut: true },
        members.Bob!.token,
      );
      expect(optOut.setLeaderboardOptOut).toEqual({ id: members.Bob!.id, leaderboardOptOut: true });

      for (const period of PERIODS) {
        expect(places(await board(members.Cyd!.token, 'INDIVIDUAL', period))).toEqual({
          Ann: [1, 50],
          Cyd: [2, 40],
          Dee: [3, 10],
          admin: [4, 0],
        });
        expect(places(await board(members.Bob!.token, 'INDIVIDUAL', period))).toEqual({
          Ann: [1, 50],
          Bob: [2, 40],
          Cyd: [2, 40],
          Dee: [4, 10],
          admin: [5, 0],
        });
        expect(places(await board(members.Ann!.token, 'INDIVIDUAL', period, { teamId: teams.Ants }))).toEqual({
          Ann: [1, 50],
          Dee: [2, 10],
        });
        expect(places(await board(members.Bob!.token, 'INDIVIDUAL', period, { teamId: teams.Ants }))).toEqual({
          Ann: [1, 50],
          Bob: [2, 40],
          Dee: [3, 10],
        });
        expect(await myEntry(members.Bob!.token, 'INDIVIDUAL', period)).toEqual({ id: members.Bob!.id, rank: 2, points: 40 });
        expect(await myEntry(members.Cyd!.token, 'INDIVIDUAL', period)).toEqual({ id: members.Cyd!.id, rank: 2, points: 40 });
        // Their team still counts their points.
        expect((await board(members.Cyd!.token, 'TEAM', period)).find((place) => place.id === teams.Ants)).toEqual({
          id: teams.Ants,
          rank: 1,
          points: 100,
        });
      }

      // Nor do their points show to others anywhere else a person is read; they still see their own.
      const pointsOfBob = async (token: string) => {
        const read = await api.ok<{
          user: { points: number };
          users: { id: string; points: number }[];
          team: { members: { id: string; points: number }[] };
        }>(
          `query ($id: ID!, $teamId: ID!) { user(id: $id) { points } users { id points } team(id: $teamId) { members { id points } } }`,
          { id: members.Bob!.id, teamId: teams.Ants },
          token,
        );
        const inList = (list: { id: string; points: number }[]) => list.find((person) => person.id === members.Bob!.id)!.points;
        return [read.user.points, inList(read.users), inList(read.team.members)];
      };
      expect(await pointsOfBob(members.Cyd!.token)).toEqual([0, 0, 0]);
      expect(await pointsOfBob(members.Bob!.token)).toEqual([40, 40, 40]);

      await api.ok(OPT_OUT, { optOut: false }, members.Bob!.token);
      expect(await pointsOfBob(members.Cyd!.token)).toEqual([40, 40, 40]);
      expect(places(await board(members.Cyd!.token, 'INDIVIDUAL', 'WEEK'))).toEqual({
        Ann: [1, 50],
        Bob: [2, 40],
        Cyd: [2, 40],
        Dee: [4, 10],
        admin: [5, 0],
      });
    });

    it('returns the first places only, ten by default, and refuses first outside 1–100 and teamId on a TEAM board', async () => {
      const people = Object.fromEntries(
        Array.from({ length: 12 }, (_, index) => [`P${String(index).padStart(2, '0')}`, [(index % 4) * 10, null] as [number, null]]),
      );
      const { members, organization } = await standings(people);
      const token = members.P00!.token;
      const full = await board(token, 'INDIVIDUAL', 'WEEK');
      expect(full).toHaveLength(13);

      const { leaderboard } = await api.ok<{ leaderboard: Entry[] }>(
        `{ leaderboard(scope: INDIVIDUAL, period: WEEK) { rank } }`,
        {},
        token,
      );
      expect(leaderboard.map((entry) => entry.rank)).toEqual(full.slice(0, 10).map((place) => place.rank));
      expect(await board(token, 'INDIVIDUAL', 'WEEK', { first: 4 })).toEqual(full.slice(0, 4));
      expect((await board(token, 'INDIVIDUAL', 'WEEK', { first: 4 })).map((place) => place.rank)).toEqual([1, 1, 1, 4]);

      for (const first of [0, -1, 101])
        expectError(await api.gql(BOARD, { scope: 'INDIVIDUAL', period: 'WEEK', first }, token), 'BAD_USER_INPUT', 'first');
      const teamId = await createTeam(api, organization, 'Some team');
      expectError(await api.gql(BOARD, { scope: 'TEAM', period: 'WEEK', teamId }, token), 'BAD_USER_INPUT', 'teamId');
      expectError(await api.gql(MINE, { scope: 'TEAM', period: 'WEEK', teamId }, token), 'BAD_USER_INPUT', 'teamId');
      expectError(await api.gql(BOARD, { scope: 'INDIVIDUAL', period: 'YEAR' }, token), 'BAD_USER_INPUT');
      expectError(await api.gql(BOARD, { scope: 'INDIVIDUAL', period: 'WEEK', teamId: randomUUID() }, token), 'NOT_FOUND');
    });

    it('never shows another organisation’s people or teams, nor accepts its team as a filter', async () => {
      const home = await standings({ Ann: [10, 'Ants'] });
      const away = await standings({ Zed: [500, 'Ants'] });
      const token = home.members.Ann!.token;
      for (const period of PERIODS) {
        expect(home.places(await board(token, 'INDIVIDUAL', period))).toEqual({ Ann: [1, 10], admin: [2, 0] });
        expect(sortedIds(await board(token, 'TEAM', period))).toEqual(
          sortedIds(Object.values(home.teams).map((id) => ({ id, points: 0, rank: 0 }))),
        );
      }
      expectError(await api.gql(BOARD, { scope: 'INDIVIDUAL', period: 'WEEK', teamId: away.teams.Ants }, token), 'NOT_FOUND');
      expectError(await api.gql(MINE, { scope: 'INDIVIDUAL', period: 'WEEK', teamId: away.teams.Ants }, token), 'NOT_FOUND');
      expectError(await api.gql(BOARD, { scope: 'INDIVIDUAL', period: 'WEEK' }), 'UNAUTHENTICATED');
    });
  });
});

const sortedIds = (places: Place[]) => places.map((place) => place.id).sort();
