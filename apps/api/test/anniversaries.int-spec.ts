import { addMember, signUpOrganization, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { AnniversariesService, STARTERS_OF_THE_DAY } from '../src/activities/anniversaries/anniversaries.service.js';

const FEED = `query ($kinds: [CelebrationKind!]) { celebrations(first: 50, kinds: $kinds) { nodes { kind title icon user { id } team { id } } } }`;

describe('work anniversaries', () => {
  let api: TestApi;
  let anniversaries: AnniversariesService;
  beforeAll(async () => {
    api = await startTestApi();
    anniversaries = api.app.get(AnniversariesService);
  });
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  async function person(organization: Organization, name: string, startedAt: string | null, active = true): Promise<string> {
    const { id } = await addMember(api, organization, { name });
    await api.sql('UPDATE users SET started_at = $2, active = $3 WHERE id = $1', [id, startedAt, active]);
    return id;
  }

  const feed = async (organization: Organization) =>
    (await api.ok(FEED, { kinds: ['WORK_ANNIVERSARY'] }, organization.admin.token)).celebrations.nodes as {
      title: string;
      icon: string;
      user: { id: string };
    }[];

  it('celebrates each person on their start day, a year or more on, once however often the job runs', async () => {
    const organization = await signUpOrganization(api, 'Acme');
    const ana = await person(organization, 'Ana Lopez', '2023-12-07T09:00:00Z');
    const ben = await person(organization, 'Ben Ode', '2025-12-07T15:00:00Z');
    await person(organization, 'Cleo New', '2026-12-07T08:00:00Z');
    await person(organization, 'Dan Before', '2024-12-06T12:00:00Z');
    await person(organization, 'Eve After', '2024-12-08T12:00:00Z');
    await person(organization, 'Fay Gone', '2020-12-07T12:00:00Z', false);
    await person(organization, 'Gus Unknown', null);

    api.clock.set(new Date('2026-12-07T10:00:00Z'));
    await anniversaries.celebrateToday();
    expect(
      (await feed(organization))
        .map(({ title, icon, user }) => ({ title, icon, user: user.id }))
        .sort((a, b) => a.title.localeCompare(b.title)),
    ).toEqual([
      { title: 'Ana Lopez: 3 years at Acme', icon: 'cake', user: ana },
      { title: 'Ben Ode: 1 year at Acme', icon: 'cake', user: ben },
    ]);

    api.clock.set(new Date('2026-12-07T23:00:00Z'));
    await Promise.all([anniversaries.celebrateToday(), anniversaries.celebrateToday()]);
    expect(await feed(organization)).toHaveLength(2);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM celebrations WHERE organization_id = $1 AND kind = 'WORK_ANNIVERSARY'`, [
        organization.id,
      ]),
    ).toEqual([{ n: 2 }]);

    // A year on, the next one.
    api.clock.set(new Date('2027-12-07T10:00:00Z'));
    await anniversaries.celebrateToday();
    expect((await feed(organization)).map((moment) => moment.title)).toEqual(
      expect.arrayContaining(['Ana Lopez: 4 years at Acme', 'Ben Ode: 2 years at Acme']),
    );
  });

  it('counts the day in the organisation’s time zone', async () => {
    const auckland = await signUpOrganization(api, 'Kiwi Care', 'Pacific/Auckland');
    const london = await signUpOrganization(api, 'Thames Help', 'Europe/London');
    // 20:00 UTC on December 6th is already December 7th in Auckland (UTC+13 in summer).
    const kiwi = await person(auckland, 'Kai Moana', '2022-12-06T20:00:00Z');
    const londoner = await person(london, 'Lola Bridge', '2022-12-06T20:00:00Z');

    // December 7th 01:00 in Auckland, still December 6th in London.
    api.clock.set(new Date('2026-12-06T12:00:00Z'));
    await anniversaries.celebrateToday();
    expect((await feed(auckland)).map((moment) => [moment.title, moment.user.id])).toEqual([['Kai Moana: 4 years at Kiwi Care', kiwi]]);
    expect((await feed(london)).map((moment) => [moment.title, moment.user.id])).toEqual([
      ['Lola Bridge: 4 years at Thames Help', londoner],
    ]);

    // December 7th in London: nothing more anywhere.
    api.clock.set(new Date('2026-12-07T12:00:00Z'));
    await anniversaries.celebrateToday();
    expect(await feed(auckland)).toHaveLength(1);
    expect(await feed(london)).toHaveLength(1);
  });

  it('celebrates people who started on February 29th on the 28th when the year has no 29th', async () => {
    const organization = await signUpOrganization(api, 'Leap Support');
    await person(organization, 'Lea Leap', '2024-02-29T12:00:00Z');
    api.clock.set(new Date('2027-02-27T12:00:00Z'));
    await anniversaries.celebrateToday();
    expect(await feed(organization)).toEqual([]);
    api.clock.set(new Date('2027-02-28T12:00:00Z'));
    await anniversaries.celebrateToday();
    expect((await feed(organization)).map((moment) => moment.title)).toEqual(['Lea Leap: 3 years at Leap Support']);
  });

  it('reads only the day’s starters through the index, in an organisation of 20,000 people', async () => {
    const organization = await signUpOrganization(api, 'Scale Support');
    await api.sql(
      `INSERT INTO users (organization_id, email, display_name, password_hash, role, started_at)
       SELECT $1, 'scale-' || n || '@example.com', 'Agent ' || n, 'x', 'EMPLOYEE', timestamptz '2016-01-01 09:00Z' + n * interval '7 hours'
         FROM generate_series(1, 20000) AS n`,
      [organization.id],
    );
    await api.sql('ANALYZE users');
    const [
      {
        'QUERY PLAN': [plan],
      },
    ] = await api.sql<{ 'QUERY PLAN': [{ Plan: unknown }] }>(`EXPLAIN (FORMAT JSON) ${STARTERS_OF_THE_DAY}`, [
      organization.id,
      'UTC',
      [1206, 1207, 1208],
    ]);
    const text = JSON.stringify(plan);
    expect(text).toContain('users_start_month_day');
    expect(text).not.toContain('Seq Scan');

    api.clock.set(new Date('2026-12-07T12:00:00Z'));
    const expected = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM users WHERE organization_id = $1 AND to_char(started_at, 'MM-DD') = '12-07' AND started_at < '2026-01-01'`,
      [organization.id],
    );
    expect(expected[0]!.n).toBeGreaterThan(0);
    expect(await anniversaries.celebrateToday()).toBe(expected[0]!.n);
  });

  it('is scheduled as a job kept in PostgreSQL, every hour', async () => {
    expect(await api.sql(`SELECT name, cron FROM jobs.schedule WHERE name = 'work-anniversaries'`)).toEqual([
      { name: 'work-anniversaries', cron: '5 * * * *' },
    ]);
  });
});
