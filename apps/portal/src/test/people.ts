import { PeoplePickerDocument, TeamPickerDocument } from '@/gql/graphql';

/** A colleague as the people directory answers a picker. */
export const person = (id: string, displayName: string, team: string | null = null) => ({
  __typename: 'User' as const,
  id,
  displayName,
  team: team ? { __typename: 'Team' as const, id: team.toLowerCase().replace(/\W+/g, '-'), name: team } : null,
});

/** The directory's answer to one search of a PeoplePicker. */
export function peopleFound(
  variables: { search: string; teamId?: string; managerId?: string },
  nodes: ReturnType<typeof person>[],
  hasNextPage = false,
) {
  return {
    request: { query: PeoplePickerDocument, variables },
    result: { data: { people: { __typename: 'UserConnection', nodes, pageInfo: { __typename: 'PageInfo', hasNextPage } } } },
  };
}

/** The organisation's answer to one search of a TeamPicker. */
export function teamsFound(search: string, teams: { id: string; name: string }[]) {
  return {
    request: { query: TeamPickerDocument, variables: { search } },
    result: {
      data: { organization: { __typename: 'Organization', id: 'org', teams: teams.map((team) => ({ __typename: 'Team', ...team })) } },
    },
  };
}
