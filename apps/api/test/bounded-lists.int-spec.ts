import { expectError } from './support/errors.js';
import { addMember, createCourse, createTeam, signUpOrganization, type Member } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!) { awardBadge(badgeId: $badgeId, userId: $userId, reason: "Kept a furious caller") { id } }`;
const HOLDERS = `query ($id: ID!, $first: Int, $after: String) {
  badge(id: $id) { holderCount myAward { id } awards(first: $first, after: $after) { id cursor user { displayName } } }
}`;

interface Holders {
  badge: { holderCount: number; myAward: { id: string } | null; awards: { id: string; cursor: string; user: { displayName: string } }[] };
}

describe('lists read a page at a time, and counts without reading them', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  it('pages a badge’s holders, most recent first, counts them, and finds the viewer’s own award', async () => {
    const organization = await signUpOrganization(api);
    const { badges } = await api.ok<{ badges: { id: string; name: string }[] }>(`{ badges { id name } }`, {}, organization.admin.token);
    const hero = badges.find((badge) => badge.name === 'Customer Hero')!.id;
    const holders: Member[] = [];
    for (let index = 1; index <= 5; index++) {
      const holder = await addMember(api, organization, { name: `Holder ${index}` });
      api.clock.set(new Date(Date.UTC(2026, 0, index, 12)));
      await api.ok(AWARD_BADGE, { badgeId: hero, userId: holder.id }, organization.admin.token);
      holders.push(holder);
    }
    api.clock.reset();

    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 3; pages++) {
      const { badge }: Holders = await api.ok<Holders>(HOLDERS, { id: hero, first: 2, after }, holders[0]!.token);
      expect(badge.holderCount).toBe(5);
      seen.push(...badge.awards.map((award) => award.user.displayName));
      after = badge.awards.at(-1)?.cursor ?? null;
    }
    expect(seen).toEqual(['Holder 5', 'Holder 4', 'Holder 3', 'Holder 2', 'Holder 1']);

    const mine = await api.ok<Holders>(HOLDERS, { id: hero, first: 1 }, holders[2]!.token);
    const [{ id: awardId }] = await api.sql<{ id: string }>('SELECT id FROM badge_awards WHERE user_id = $1', [holders[2]!.id]);
    expect(mine.badge.myAward).toEqual({ id: awardId });
    expect((await api.ok<Holders>(HOLDERS, { id: hero, first: 1 }, organization.admin.token)).badge.myAward).toBeNull();
    expectError(await api.gql(HOLDERS, { id: hero, after: 'nonsense' }, organization.admin.token), 'BAD_USER_INPUT', 'after');
  });

  it('counts a team’s members and lists the first of them by name', async () => {
    const organization = await signUpOrganization(api);
    const teamId = await createTeam(api, organization, 'Phones');
    for (const name of ['Zoë Adams', 'Ava Thompson', 'Élodie Durand']) await addMember(api, organization, { name, teamId });
    const { team } = await api.ok(
      `query ($id: ID!) { team(id: $id) { memberCount members(first: 2) { displayName } } }`,
      { id: teamId },
      organization.admin.token,
    );
    expect(team).toEqual({ memberCount: 3, members: [{ displayName: 'Ava Thompson' }, { displayName: 'Élodie Durand' }] });
  });

  it('finds the organisation’s teams by a part of their name, ignoring case and accents, and only its own', async () => {
    const organization = await signUpOrganization(api);
    const other = await signUpOrganization(api);
    for (const name of ['Frontline Support', 'Technical Support', 'Réclamations', 'Billing']) await createTeam(api, organization, name);
    await createTeam(api, other, 'Support Elsewhere');
    const teams = async (search: string | null, first?: number) =>
      (
        await api.ok<{ organization: { teams: { name: string }[] } }>(
          `query ($search: String, $first: Int) { organization { teams(search: $search, first: $first) { name } } }`,
          { search, first },
          organization.admin.token,
        )
      ).organization.teams.map((team) => team.name);
    expect(await teams('SUPPORT')).toEqual(['Frontline Support', 'Technical Support']);
    expect(await teams('reclam')).toEqual(['Réclamations']);
    expect(await teams('%')).toEqual([]);
    expect(await teams(null, 2)).toEqual(['Billing', 'Frontline Support']);
  });

  it('shows one module of a course the viewer may see: not a draft’s to a learner, nor another organisation’s', async () => {
    const organization = await signUpOrganization(api);
    const learner = await addMember(api, organization);
    const published = await createCourse(api, organization.admin.token, { title: 'Published' });
    const draft = await createCourse(api, organization.admin.token, { title: 'Draft', publish: false });
    const stranger = await signUpOrganization(api);
    const MODULE = `query ($id: ID!) { module(id: $id) { id course { id } } }`;
    expect((await api.ok(MODULE, { id: published.modules[0]!.id }, learner.token)).module).toEqual({
      id: published.modules[0]!.id,
      course: { id: published.id },
    });
    expect((await api.ok(MODULE, { id: draft.modules[0]!.id }, organization.admin.token)).module.id).toBe(draft.modules[0]!.id);
    expectError(await api.gql(MODULE, { id: draft.modules[0]!.id }, learner.token), 'NOT_FOUND');
    expectError(await api.gql(MODULE, { id: published.modules[0]!.id }, stranger.admin.token), 'NOT_FOUND');

    const { courses } = await api.ok(`{ courses(first: 1) { title moduleCount } }`, {}, organization.admin.token);
    expect(courses).toEqual([{ title: 'Draft', moduleCount: published.modules.length }]);
  });

  it('refuses a team beyond the most an organisation may have, naming the field', async () => {
    const organization = await signUpOrganization(api);
    await api.sql(`INSERT INTO teams (organization_id, name) SELECT $1, 'Team ' || n FROM generate_series(1, 499) n`, [organization.id]);
    await createTeam(api, organization, 'The last one');
    const refused = await api.gql(`mutation { createTeam(input: { name: "One too many" }) { id } }`, {}, organization.admin.token);
    expectError(refused, 'BAD_USER_INPUT', 'name');
    expect(refused.errors![0]!.message).toBe('There can be at most 500 teams in an organisation');
  });
});
