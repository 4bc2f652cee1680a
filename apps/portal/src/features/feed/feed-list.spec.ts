import { arrive, feedVariables, feedView, matchesFeed, mergeFeed, noArrivals, readFilter, reveal, writeFilter } from './feed-list';

const at = (id: string, minute: number) => ({ id, createdAt: `2026-11-23T10:${String(minute).padStart(2, '0')}:00.000Z` });

describe('mergeFeed', () => {
  it('keeps each celebration once, newest first', () => {
    const page = [at('c', 30), at('b', 20), at('a', 10)];
    expect(mergeFeed([at('d', 40)], page).map((item) => item.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(mergeFeed(page, [at('b', 20), at('z', 5)]).map((item) => item.id)).toEqual(['c', 'b', 'a', 'z']);
  });

  it('does not show a story twice when the mutation result and the live update both bring it', () => {
    const fromMutation = { ...at('story', 50), title: 'Posted' };
    const fromLive = { ...at('story', 50), title: 'Live' };
    const merged = mergeFeed([fromLive], mergeFeed([fromMutation], [at('a', 10)]));
    expect(merged.map((item) => item.id)).toEqual(['story', 'a']);
    expect(merged[0]).toBe(fromLive);
  });
});

describe('live arrivals', () => {
  const key = '{"teamId":null,"kinds":null}';

  it('shows an arrival at once when the viewer is at the top, and marks it fresh for the entrance', () => {
    const state = arrive(noArrivals(key), key, 'new', true);
    const view = feedView([at('new', 50), at('old', 10)], state, key);
    expect(view.shown.map((item) => item.id)).toEqual(['new', 'old']);
    expect(view.waiting).toBe(0);
    expect(view.fresh.has('new')).toBe(true);
  });

  it('holds arrivals behind the pill while the viewer reads further down, then shows them all', () => {
    let state = arrive(noArrivals(key), key, 'one', false);
    state = arrive(state, key, 'two', false);
    state = arrive(state, key, 'two', false);
    const nodes = [at('two', 52), at('one', 51), at('old', 10)];
    expect(feedView(nodes, state, key)).toMatchObject({ shown: [at('old', 10)], waiting: 2 });

    const revealed = feedView(nodes, reveal(state), key);
    expect(revealed.shown.map((item) => item.id)).toEqual(['two', 'one', 'old']);
    expect(revealed.waiting).toBe(0);
    expect([...revealed.fresh]).toEqual(['two', 'one']);
  });

  it('forgets what waited when the filter changes', () => {
    const state = arrive(noArrivals(key), key, 'one', false);
    const other = '{"teamId":"t1","kinds":null}';
    expect(feedView([at('one', 51)], state, other)).toMatchObject({ waiting: 0, shown: [at('one', 51)] });
    expect(arrive(state, other, 'two', false)).toEqual({ key: other, pending: ['two'], fresh: [] });
  });
});

describe('filters', () => {
  it('reads and writes the address, ignoring kinds it does not know', () => {
    const filter = readFilter(new URLSearchParams('team=t1&kinds=stories,kudos,nonsense'));
    expect(filter).toEqual({ teamId: 't1', groups: ['stories', 'kudos'] });
    expect(writeFilter(filter).toString()).toBe('team=t1&kinds=kudos%2Cstories');
    expect(writeFilter({ teamId: null, groups: [] }).toString()).toBe('');
  });

  it('turns the chips into the API’s kinds, achievements being four of them', () => {
    expect(feedVariables({ teamId: null, groups: [] })).toEqual({ teamId: null, kinds: null });
    expect(feedVariables({ teamId: 't1', groups: ['achievements', 'milestones'] })).toEqual({
      teamId: 't1',
      kinds: ['BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED', 'TEAM_MILESTONE', 'WORK_ANNIVERSARY'],
    });
  });

  it('applies to live arrivals: the team and the kinds must match', () => {
    const kudos = { kind: 'KUDOS' as const, team: { id: 't1' } };
    expect(matchesFeed(kudos, { teamId: null, kinds: null })).toBe(true);
    expect(matchesFeed(kudos, { teamId: 't1', kinds: ['KUDOS'] })).toBe(true);
    expect(matchesFeed(kudos, { teamId: 't2', kinds: null })).toBe(false);
    expect(matchesFeed(kudos, { teamId: null, kinds: ['SUCCESS_STORY'] })).toBe(false);
    expect(matchesFeed({ kind: 'TEAM_MILESTONE', team: null }, { teamId: 't1', kinds: null })).toBe(false);
  });
});
