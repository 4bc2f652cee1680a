import type { CelebrationKind } from '@/gql/graphql';

/** What the feed merges and orders: anything with an id and a time. */
export interface Dated {
  readonly id: string;
  readonly createdAt: string;
}

/**
 * One list, newest first, each celebration once, from lists that may overlap
 * (a page already shown, a live arrival, the result of the viewer's own post).
 * On a tie the earlier list wins, so pass the freshest copy first.
 */
export function mergeFeed<T extends Dated>(...lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const item of lists.flat()) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    merged.push(item);
  }
  return merged.sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
}

/**
 * Live arrivals for one filter (`key`): shown at once and marked `fresh` (for
 * the entrance animation) when the viewer is at the top of the feed, held as
 * `pending` behind a "N new" pill when they have scrolled down.
 */
export interface LiveArrivals {
  readonly key: string;
  readonly pending: readonly string[];
  readonly fresh: readonly string[];
}

export const noArrivals = (key: string): LiveArrivals => ({ key, pending: [], fresh: [] });

export function arrive(state: LiveArrivals, key: string, id: string, atTop: boolean): LiveArrivals {
  const current = state.key === key ? state : noArrivals(key);
  if (current.pending.includes(id) || current.fresh.includes(id)) return current;
  return atTop ? { ...current, fresh: [id, ...current.fresh] } : { ...current, pending: [id, ...current.pending] };
}

/** The pill was pressed, or the viewer came back to the top: what waited is shown, and animates in. */
export function reveal(state: LiveArrivals): LiveArrivals {
  return state.pending.length === 0 ? state : { ...state, pending: [], fresh: [...state.pending, ...state.fresh] };
}

/** The celebrations to show for the filter `key`, and how many wait behind the pill. */
export function feedView<T extends Dated>(
  nodes: readonly T[],
  state: LiveArrivals,
  key: string,
): { shown: T[]; waiting: number; fresh: ReadonlySet<string> } {
  if (state.key !== key) return { shown: [...nodes], waiting: 0, fresh: new Set() };
  const pending = new Set(state.pending);
  const shown = nodes.filter((node) => !pending.has(node.id));
  return { shown, waiting: nodes.length - shown.length, fresh: new Set(state.fresh) };
}

export type KindGroup = 'achievements' | 'kudos' | 'praise' | 'stories' | 'milestones';

export const KIND_GROUPS: readonly { readonly value: KindGroup; readonly label: string; readonly kinds: readonly CelebrationKind[] }[] = [
  { value: 'achievements', label: 'Achievements', kinds: ['BADGE_EARNED', 'LEVEL_UP', 'COURSE_COMPLETED', 'CERTIFICATION_EARNED'] },
  { value: 'kudos', label: 'Kudos', kinds: ['KUDOS'] },
  { value: 'praise', label: 'Customer praise', kinds: ['CUSTOMER_PRAISE'] },
  { value: 'stories', label: 'Stories', kinds: ['SUCCESS_STORY'] },
  { value: 'milestones', label: 'Milestones', kinds: ['TEAM_MILESTONE'] },
];

export interface FeedFilter {
  /** One team's celebrations, or everyone's. */
  readonly teamId: string | null;
  /** None: every kind. */
  readonly groups: readonly KindGroup[];
}

/** The filter kept in the address (`?team=…&kinds=kudos,stories`), so it survives a reload and can be shared. */
export function readFilter(params: URLSearchParams): FeedFilter {
  const groups = (params.get('kinds') ?? '')
    .split(',')
    .filter((group): group is KindGroup => KIND_GROUPS.some((known) => known.value === group));
  return { teamId: params.get('team') || null, groups };
}

export function writeFilter(filter: FeedFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.teamId) params.set('team', filter.teamId);
  if (filter.groups.length > 0)
    params.set(
      'kinds',
      KIND_GROUPS.filter((group) => filter.groups.includes(group.value))
        .map((group) => group.value)
        .join(','),
    );
  return params;
}

export interface FeedVariables {
  readonly teamId: string | null;
  readonly kinds: CelebrationKind[] | null;
}

export function feedVariables(filter: FeedFilter): FeedVariables {
  const kinds = KIND_GROUPS.filter((group) => filter.groups.includes(group.value)).flatMap((group) => group.kinds);
  return { teamId: filter.teamId, kinds: kinds.length > 0 ? kinds : null };
}

/** Whether a live arrival belongs in the list the viewer is looking at. */
export function matchesFeed(
  celebration: { readonly kind: CelebrationKind; readonly team: { readonly id: string } | null },
  variables: FeedVariables,
): boolean {
  if (variables.teamId && celebration.team?.id !== variables.teamId) return false;
  return !variables.kinds || variables.kinds.includes(celebration.kind);
}
