/** What the shell's search lists: people, courses, badges and teams, each a link. */
export type ResultKind = 'person' | 'course' | 'badge' | 'team';

export interface SearchResult {
  readonly kind: ResultKind;
  readonly id: string;
  readonly label: string;
  readonly detail?: string | null;
  readonly href: string;
}

export interface ResultGroup {
  readonly kind: ResultKind;
  readonly title: string;
  readonly results: readonly SearchResult[];
}

/** What one search answered, as the ShellSearch query returns it. */
export interface SearchAnswer {
  readonly people: { readonly nodes: readonly { id: string; displayName: string; team?: { name: string } | null }[] };
  readonly search: {
    readonly courses: readonly { id: string; title: string }[];
    readonly badges: readonly { id: string; name: string }[];
    readonly teams: readonly { id: string; name: string }[];
  };
}

/** The answer in groups, in the order the list shows them (people first), leaving out kinds that found nothing. */
export function groupResults(answer: SearchAnswer): ResultGroup[] {
  const groups: ResultGroup[] = [
    {
      kind: 'person',
      title: 'People',
      results: answer.people.nodes.map((person) => ({
        kind: 'person',
        id: person.id,
        label: person.displayName,
        detail: person.team?.name ?? null,
        href: `/people/${person.id}`,
      })),
    },
    {
      kind: 'course',
      title: 'Courses',
      results: answer.search.courses.map((course) => ({
        kind: 'course',
        id: course.id,
        label: course.title,
        href: `/courses/${course.id}`,
      })),
    },
    {
      kind: 'badge',
      title: 'Badges',
      results: answer.search.badges.map((badge) => ({ kind: 'badge', id: badge.id, label: badge.name, href: `/badges/${badge.id}` })),
    },
    {
      kind: 'team',
      title: 'Teams',
      results: answer.search.teams.map((team) => ({ kind: 'team', id: team.id, label: team.name, href: `/teams/${team.id}` })),
    },
  ];
  return groups.filter((group) => group.results.length > 0);
}

/** Every result in list order, for the keyboard to walk. */
export const allResults = (groups: readonly ResultGroup[]): SearchResult[] => groups.flatMap((group) => group.results);

/** Where the highlight goes on a key: down and up wrap around, Home and End jump to the ends. */
export function moveHighlight(active: number, count: number, key: string): number {
  if (count === 0) return 0;
  switch (key) {
    case 'ArrowDown':
      return (active + 1) % count;
    case 'ArrowUp':
      return (active - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return active;
  }
}
