import { expectError } from './support/errors.js';
import { addMember, createTeam, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { setTeamManager } from './support/teams.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const PEOPLE = `query ($search: String, $teamId: ID, $managerId: ID, $first: Int, $after: String) {
  people(search: $search, teamId: $teamId, managerId: $managerId, first: $first, after: $after) {
    nodes { id displayName }
    pageInfo { endCursor hasNextPage }
    totalCount
  }
}`;
const USER = `query ($id: ID!) { user(id: $id) { id displayName email team { id } } }`;

interface PeoplePage {
  people: {
    nodes: { id: string; displayName: string }[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

describe('the people directory', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  /** An organisation with a few people whose names and emails exercise the search, in two teams. */
  async function directory() {
    const organization = await signUpOrganization(api);
    const support = await createTeam(api, organization, 'Support');
    const billing = await createTeam(api, organization, 'Billing');
    const suffix = organization.id.slice(0, 8);
    const person = (name: string, local: string, teamId?: string, role?: 'MANAGER') =>
      addMember(api, organization, { name, email: `${local}.${suffix}@example.com`, teamId, role });
    const elodie = await person('Élodie Durand', 'elodie.durand', support);
    const jeanLuc = await person('Jean-Luc O’Brien', 'jl', support);
    const zoe = await person('Zoë Adams', 'zadams', billing);
    const ava = await person('ava thompson', 'ava.t', billing, 'MANAGER');
    await setTeamManager(api, organization, billing, ava.id);
    return { organization, support, billing, elodie, jeanLuc, zoe, ava };
  }

  const search = async (viewer: Member, variables: Record<string, unknown>) =>
    (await api.ok<PeoplePage>(PEOPLE, variables, viewer.token)).people.nodes.map((node) => node.displayName);

  it('finds a colleague by the start of any word of the name, or of the email, ignoring case and accents', async () => {
    const { jeanLuc } = await directory();
    const found = async (text: string) => search(jeanLuc, { search: text });
    expect(await found('elo')).toEqual(['Élodie Durand']);
    expect(await found('ÉLOD')).toEqual(['Élodie Durand']);
    expect(await found('dur')).toEqual(['Élodie Durand']);
    expect(await found('elodie.d')).toEqual(['Élodie Durand']);
    expect(await found('  durand   élodie ')).toEqual(['Élodie Durand']);
    expect(await found('zoe')).toEqual(['Zoë Adams']);
    expect(await found('Thomp')).toEqual(['ava thompson']);
    expect(await found('luc')).toEqual(['Jean-Luc O’Brien']);
    expect(await found('jean-l')).toEqual(['Jean-Luc O’Brien']);
    expect(await found("o'bri")).toEqual(['Jean-Luc O’Brien']);
    expect(await found('brien')).toEqual(['Jean-Luc O’Brien']);
    expect(await found('a')).toEqual(['Ada Admin', 'ava thompson', 'Zoë Adams']);
    // Inside a word, another person's words together, or LIKE's own wildcards: nobody.
    for (const nobody of ['odie', 'lodie', 'elodie thompson', '%', '_', 'e%', '\\'])
      expect([nobody, await found(nobody)]).toEqual([nobody, []]);
    // Blank is no search at all: everyone, by name.
    expect(await found('   ')).toEqual(['Ada Admin', 'ava thompson', 'Élodie Durand', 'Jean-Luc O’Brien', 'Zoë Adams']);
  });

  it('narrows to one team, or to the teams someone manages, searched or not', async () => {
    const { support, billing, elodie, jeanLuc, ava } = await directory();
    expect(await search(elodie, { teamId: support })).toEqual(['Élodie Durand', 'Jean-Luc O’Brien']);
    expect(await search(elodie, { teamId: support, search: 'jean' })).toEqual(['Jean-Luc O’Brien']);
    expect(await search(elodie, { teamId: billing, search: 'elodie' })).toEqual([]);
    expect(await search(ava, { managerId: ava.id })).toEqual(['ava thompson', 'Zoë Adams']);
    expect(await search(ava, { managerId: ava.id, search: 'zo' })).toEqual(['Zoë Adams']);
    expect(await search(ava, { managerId: jeanLuc.id })).toEqual([]);
  });

  it('pages through everyone by name with cursors, a search too, and counts them', async () => {
    const organization = await signUpOrganization(api);
    const names = Array.from(
      { length: 23 },
      (_, index) => `Agent ${String(index + 1).padStart(2, '0')} ${index % 2 === 0 ? 'Ōno' : 'Ono'}`,
    );
    for (const name of names) await addMember(api, organization, { name });
    const everyone = ['Ada Admin', ...names];

    const all = async (variables: Record<string, unknown>) => {
      const seen: string[] = [];
      const counts = new Set<number>();
      let after: string | null = null;
      for (let pages = 1; ; pages++) {
        const { people }: PeoplePage = await api.ok<PeoplePage>(PEOPLE, { ...variables, after }, organization.admin.token);
        seen.push(...people.nodes.map((node) => node.displayName));
        counts.add(people.totalCount);
        if (!people.pageInfo.hasNextPage) return { seen, pages, counts: [...counts] };
        after = people.pageInfo.endCursor;
      }
    };
    expect(await all({ first: 10 })).toEqual({ seen: everyone, pages: 3, counts: [24] });
    expect(await all({ first: 5, search: 'ono' })).toEqual({ seen: names, pages: 5, counts: [23] });
    expect(await all({ first: 4, search: 'agent ōno' })).toEqual({ seen: names, pages: 6, counts: [23] });
    expect(await all({ first: 50 })).toEqual({ seen: everyone, pages: 1, counts: [24] });
    const last = await api.ok<PeoplePage>(PEOPLE, { first: 1, search: 'admin' }, organization.admin.token);
    expect(last.people).toEqual({
      nodes: [{ id: organization.admin.id, displayName: 'Ada Admin' }],
      pageInfo: { endCursor: expect.any(String), hasNextPage: false },
      totalCount: 1,
    });
  });

  it('never shows another organisation’s people: not by search, not by team, not by id', async () => {
    const mine = await directory();
    const theirs = await directory();
    const found = await api.ok<PeoplePage>(PEOPLE, { search: 'elodie' }, mine.zoe.token);
    expect(found.people.nodes).toEqual([{ id: mine.elodie.id, displayName: 'Élodie Durand' }]);
    expect(found.people.totalCount).toBe(1);
    expect((await api.ok<PeoplePage>(PEOPLE, {}, mine.zoe.token)).people.totalCount).toBe(5);
    expectError(await api.gql(PEOPLE, { teamId: theirs.support }, mine.zoe.token), 'NOT_FOUND');
    expect(await search(mine.zoe, { managerId: theirs.ava.id })).toEqual([]);

    expect(await api.ok(USER, { id: theirs.elodie.id }, mine.zoe.token)).toEqual({ user: null });
    expect(await api.ok(USER, { id: '00000000-0000-4000-8000-000000000000' }, mine.zoe.token)).toEqual({ user: null });
    expect(await api.ok(USER, { id: mine.elodie.id }, mine.zoe.token)).toEqual({
      user: { id: mine.elodie.id, displayName: 'Élodie Durand', email: mine.elodie.email, team: { id: mine.support } },
    });
  });

  it('is for signed-in people only, and refuses a page size, search or cursor it cannot use, naming it', async () => {
    const { elodie } = await directory();
    expectError(await api.gql(PEOPLE, {}), 'UNAUTHENTICATED');
    expectError(await api.gql(USER, { id: elodie.id }), 'UNAUTHENTICATED');
    expectError(await api.gql(PEOPLE, { first: 51 }, elodie.token), 'BAD_USER_INPUT', 'first');
    expectError(await api.gql(PEOPLE, { first: 0 }, elodie.token), 'BAD_USER_INPUT', 'first');
    expectError(await api.gql(PEOPLE, { search: 'x'.repeat(101) }, elodie.token), 'BAD_USER_INPUT', 'search');
    expectError(await api.gql(PEOPLE, { after: 'not-a-cursor' }, elodie.token), 'BAD_USER_INPUT', 'after');
    expectError(await api.gql(PEOPLE, { teamId: 'team-1' }, elodie.token), 'BAD_USER_INPUT', 'teamId');
    expectError(await api.gql(USER, { id: 'someone' }, elodie.token), 'BAD_USER_INPUT', 'id');
  });

  it('keeps a renamed person findable by the new name only', async () => {
    const { organization, elodie, zoe } = await directory();
    await api.sql(`UPDATE users SET display_name = 'Élodie Marchetti' WHERE id = $1`, [elodie.id]);
    expect(await search(zoe, { search: 'marchetti' })).toEqual(['Élodie Marchetti']);
    expect(await search(zoe, { search: 'durand' })).toEqual([]);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM user_search_terms WHERE organization_id = $1 AND term = 'durand'`, [organization.id]),
    ).toEqual([{ n: 0 }]);
  });

  it('lists at most 100 people through users, by name', async () => {
    const organization: Organization = await signUpOrganization(api);
    await api.sql(
      `INSERT INTO users (organization_id, email, display_name, password_hash)
       SELECT $1, 'bulk-' || n || '-' || $2 || '@example.com', 'Bulk ' || lpad(n::text, 3, '0'), 'unused' FROM generate_series(1, 120) n`,
      [organization.id, organization.id],
    );
    const { users } = await api.ok<{ users: { displayName: string }[] }>(`{ users { displayName } }`, {}, organization.admin.token);
    expect(users).toHaveLength(100);
    expect(users[0]!.displayName).toBe('Ada Admin');
    expect(users.at(-1)!.displayName).toBe('Bulk 099');
  });
});
