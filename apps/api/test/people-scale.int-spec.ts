import { signUpOrganization, type Organization } from './support/fixtures.js';
import { databaseWork, planNodes, planOf, statementsDuring } from './support/statements.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const FIRST_NAMES = [
  'Ava',
  'Ben',
  'Chloé',
  'Diego',
  'Élodie',
  'Ethan',
  'Fatima',
  'Grace',
  'Hannah',
  'Ibrahim',
  'Jordan',
  'Kenji',
  'Leo',
  'Lily',
  'Maya',
  'Noah',
  'Omar',
  'Priya',
  'Quinn',
  'Sam',
];
const LAST_NAMES = [
  'Adams',
  'Brown',
  'Collins',
  'Durand',
  'García',
  'Kim',
  'Lee',
  'Martins',
  'Müller',
  'Nguyen',
  'Okafor',
  'Patel',
  'Rivera',
  'Rossi',
  'Shah',
  'Thompson',
];
const TEAM_SIZE = 100;

/**
 * Adds people `from`..`to` to an organisation, a hundred to a team in order
 * (so the first teams keep their people as the organisation grows), as a
 * bulk import would: straight into the tables, the search words kept by the
 * database's own trigger.
 */
async function grow(api: TestApi, organization: Organization, from: number, to: number): Promise<void> {
  await api.sql(
    `INSERT INTO teams (organization_id, name) SELECT $1, 'Team ' || lpad(t::text, 3, '0') FROM generate_series($2::int, $3::int) t`,
    [organization.id, Math.ceil(from / TEAM_SIZE), Math.ceil(to / TEAM_SIZE)],
  );
  await api.sql(
    `INSERT INTO users (organization_id, email, display_name, team_id, password_hash)
     SELECT $1, 'agent' || n || '-' || $2 || '@scale.example',
            ($4::text[])[1 + n % array_length($4::text[], 1)] || ' ' || ($5::text[])[1 + (n / 7) % array_length($5::text[], 1)],
            (SELECT id FROM teams WHERE organization_id = $1 AND name = 'Team ' || lpad(((n - 1) / ${TEAM_SIZE} + 1)::text, 3, '0')),
            'unused'
     FROM generate_series($3::int, $6::int) n`,
    [organization.id, organization.id.slice(0, 8), from, FIRST_NAMES, LAST_NAMES, to],
  );
  await api.sql('ANALYZE users');
  await api.sql('ANALYZE user_search_terms');
  await api.sql('ANALYZE teams');
}

describe('the people directory at the size of a contact centre', () => {
  let api: TestApi;
  let organization: Organization;
  let firstTeam: string;
  let marchetti: string;

  const PAGE = `query ($search: String, $teamId: ID, $after: String) {
    people(search: $search, teamId: $teamId, after: $after) { nodes { id displayName team { id name } } pageInfo { endCursor hasNextPage } }
  }`;
  const read = (variables: Record<string, unknown>) =>
    api.ok<{ people: { nodes: { id: string }[]; pageInfo: { endCursor: string } } }>(PAGE, variables, organization.admin.token);

  /** Every read of the directory the portal makes, as an organisation of any size sees it. */
  const reads = (): [string, () => Promise<unknown>][] => [
    ['the first page of everyone', () => read({})],
    ['the second page of everyone', async () => read({ after: (await read({})).people.pageInfo.endCursor })],
    ['a team', () => read({ teamId: firstTeam })],
    ['a search within a team', () => read({ teamId: firstTeam, search: 'ava' })],
    ['a search for a name', () => read({ search: 'marchetti' })],
    ['a search for an email', () => read({ search: 'elodie.marchetti@' })],
    ['a search for two words', () => read({ search: 'élodie marchetti' })],
    [
      'a colleague by id',
      () => api.ok(`query ($id: ID!) { user(id: $id) { id displayName team { name } } }`, { id: marchetti }, organization.admin.token),
    ],
  ];

  beforeAll(async () => {
    api = await startTestApi();
    organization = await signUpOrganization(api);
    // Other organisations share the database throughout: one of 20,000 people, and many with teams of their own.
    await grow(api, await signUpOrganization(api), 1, 20_000);
    for (let other = 0; other < 10; other++) {
      const { id } = await signUpOrganization(api);
      await api.sql(`INSERT INTO teams (organization_id, name) SELECT $1, 'Team ' || t FROM generate_series(1, 300) t`, [id]);
    }
    await grow(api, organization, 1, 2_000);
    [{ id: firstTeam }] = await api.sql<{ id: string }>(`SELECT id FROM teams WHERE organization_id = $1 AND name = 'Team 001'`, [
      organization.id,
    ]);
    [{ id: marchetti }] = await api.sql<{ id: string }>(
      `INSERT INTO users (organization_id, email, display_name, password_hash) VALUES ($1, $2, 'Élodie Marchetti', 'unused') RETURNING id`,
      [organization.id, `elodie.marchetti@${organization.id}.example`],
    );
  }, 120_000);
  afterAll(() => api.close());

  it('reads the same rows in as many statements when the organisation grows tenfold', async () => {
    type Work = Awaited<ReturnType<typeof databaseWork>>;
    const before: [string, Work][] = [];
    for (const [name, work] of reads()) before.push([name, await databaseWork(api, work)]);
    await grow(api, organization, 2_001, 20_000);
    const after: [string, Work][] = [];
    for (const [name, work] of reads()) after.push([name, await databaseWork(api, work)]);
    // The same statements and the same rows, give or take the teams of the people a page shows (a page is 20);
    // none reads more than a page or two of people, or a team (a hundred).
    const grew = after.flatMap(([name, grown], index) => {
      const small = before[index]![1];
      const same =
        grown.statements === small.statements && Math.abs(grown.rowsRead - small.rowsRead) <= 21 && grown.rowsRead <= TEAM_SIZE + 60;
      return same ? [] : [`${name}: ${small.statements} → ${grown.statements} statements, ${small.rowsRead} → ${grown.rowsRead} rows read`];
    });
    expect(grew).toEqual([]);
  }, 120_000);

  it('reads them through the directory’s indexes, never a whole table, at 20,000 people', async () => {
    for (const [name, work] of reads()) {
      const used = new Set<string>();
      for (const statement of await statementsDuring(api, work)) {
        for (const node of planNodes(await planOf(api, statement))) {
          expect([name, node['Node Type'], node['Relation Name']]).not.toEqual([
            name,
            'Seq Scan',
            expect.stringMatching(/^(users|user_search_terms|teams)$/),
          ]);
          if (node['Index Name']) used.add(node['Index Name']);
        }
      }
      const expected: Record<string, string> = {
        'the first page of everyone': 'users_by_name',
        'the second page of everyone': 'users_by_name',
        'a team': 'users_by_team',
        'a search within a team': 'users_by_team',
        'a search for a name': 'user_search_terms_by_prefix',
        'a search for an email': 'user_search_terms_by_prefix',
        'a search for two words': 'user_search_terms_by_prefix',
        'a colleague by id': 'PK_a3ffb1c0c8416b9fc6f907b7433',
      };
      expect([name, [...used]]).toEqual([name, expect.arrayContaining([expected[name]])]);
    }
  });

  it('reads a search that many match through its own index range only: the matching words, then a page of people', async () => {
    const [{ matches }] = await api.sql<{ matches: number }>(
      `SELECT count(*)::int AS matches FROM user_search_terms WHERE organization_id = $1 AND term LIKE 'ava%'`,
      [organization.id],
    );
    expect(matches).toBeGreaterThanOrEqual(1_000);
    const work = await databaseWork(api, () => read({ search: 'ava' }));
    // The viewer, the page, its people's teams.
    expect(work.statements).toBe(3);
    expect(work.rowsRead).toBeLessThanOrEqual(matches + 3 * 21);
  });
});
