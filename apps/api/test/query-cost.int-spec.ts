import { expectError } from './support/errors.js';
import { addMember, createTeam, signUpOrganization } from './support/fixtures.js';
import { liveClient } from './support/live.js';
import { startTestApi, type TestApi } from './support/test-app.js';

/** The attack from the security review: every person's badges' holders' badges' holders. */
const NESTED_BADGES = `{ users { badges { badge { awards { user { badges { badge { awards { user { id displayName } } } } } } } } } }`;

describe('query cost: every list counts the items it can return', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('refuses the nested badges query before it runs, with a clear error', async () => {
    const organization = await signUpOrganization(api);
    const employee = await addMember(api, organization);
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${employee.token}` },
      body: JSON.stringify({ query: NESTED_BADGES }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: null; errors: { message: string; extensions: { code: string } }[] };
    expectError({ status: 400, ...body }, 'GRAPHQL_VALIDATION_FAILED');
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.message).toMatch(
      /^This query could return about [\d,]+ values; one request may ask for at most 20,000: ask for fewer items \(first\) or fewer nested lists$/,
    );
  });

  it('counts a list by the page size asked for, the variables’ too', async () => {
    const organization = await signUpOrganization(api);
    const query = `query ($people: Int, $holders: Int) { people(first: $people) { nodes { badges { badge { awards(first: $holders) { user { id } } } } } } }`;
    // 50 people × 200 badges each × 100 holders: refused; 5 × 200 × 5 holders: a small read.
    expectError(await api.gql(query, { people: 50, holders: 100 }, organization.admin.token), 'GRAPHQL_VALIDATION_FAILED');
    expect((await api.gql(query, { people: 5, holders: 5 }, organization.admin.token)).errors).toBeUndefined();
    // Without a first, a list counts as its default page; the people directory's is 20.
    expectError(
      await api.gql(`{ people { nodes { badges { badge { awards(first: 20) { id } } } } } }`, {}, organization.admin.token),
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('refuses a page size over a list’s maximum with BAD_USER_INPUT naming first', async () => {
    const organization = await signUpOrganization(api);
    const teamId = await createTeam(api, organization);
    const [badge] = (await api.ok<{ badges: { id: string }[] }>(`{ badges { id } }`, {}, organization.admin.token)).badges;
    const cases: [string, string, Record<string, unknown>][] = [
      ['people', `query ($n: Int) { people(first: $n) { nodes { id } } }`, { n: 51 }],
      ['celebrations', `query ($n: Int) { celebrations(first: $n) { nodes { id } } }`, { n: 101 }],
      ['team members', `query ($id: ID!, $n: Int) { team(id: $id) { members(first: $n) { id } } }`, { id: teamId, n: 201 }],
      ['team milestones', `query ($id: ID!, $n: Int) { teamMilestones(teamId: $id, first: $n) { id } }`, { id: teamId, n: 101 }],
      ['badge holders', `query ($id: ID!, $n: Int) { badge(id: $id) { awards(first: $n) { id } } }`, { id: badge!.id, n: 101 }],
      ['a board', `query ($n: Int) { leaderboard(scope: INDIVIDUAL, period: WEEK, first: $n) { rank } }`, { n: 101 }],
      ['a team’s assignments', `query ($id: ID!, $n: Int) { teamAssignments(teamId: $id, first: $n) { id } }`, { id: teamId, n: 2001 }],
      ['the ledger', `query ($n: Int) { pointsHistory(first: $n) { id } }`, { n: 201 }],
    ];
    for (const [label, query, variables] of cases) {
      const response = await api.gql(query, variables, organization.admin.token);
      expect([label, response.errors?.map((error) => [error.extensions?.code, error.extensions?.field])]).toEqual([
        label,
        [['BAD_USER_INPUT', 'first']],
      ]);
    }
  });

  it('holds a live connection to the same limits, with the operation’s own variables', async () => {
    const organization = await signUpOrganization(api);
    const client = liveClient(api, `Bearer ${organization.admin.token}`);
    const run = (query: string, variables: Record<string, unknown> = {}) =>
      new Promise<{ data?: unknown; errors?: unknown }>((resolve) => {
        let result: { data?: unknown; errors?: unknown } = {};
        client.subscribe(
          { query, variables },
          { next: (value) => (result = value), error: (errors) => resolve({ errors }), complete: () => resolve(result) },
        );
      });
    try {
      expect(await run(`query ($n: Int) { people(first: $n) { nodes { id } } }`, { n: 2 })).toEqual({
        data: { people: { nodes: [{ id: organization.admin.id }] } },
      });
      const refused = (await run(NESTED_BADGES)).errors as { message: string }[];
      expect(refused).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/^This query could return about [\d,]+ values; one request may ask for at most 20,000/),
        }),
      ]);
      const costly = (
        await run(
          `subscription ($n: Int) { celebrationAdded { people { badges { badge { awards(first: $n) { user { badges { id } } } } } } } }`,
          { n: 100 },
        )
      ).errors as { message: string }[];
      expect(costly).toEqual([expect.objectContaining({ message: expect.stringMatching(/^This query could return about/) })]);
      const tooLong = (await run(`{ ${Array.from({ length: 6000 }, () => '__typename').join(' ')} }`)).errors as { message: string }[];
      expect(tooLong).toEqual([expect.objectContaining({ message: expect.stringMatching(/tokens\. Parsing aborted\.$/) })]);
    } finally {
      await client.dispose();
    }
  });
});
