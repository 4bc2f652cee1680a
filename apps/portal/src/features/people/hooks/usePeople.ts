import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '@/gql';

/** One page of the directory, as the admin searches it: the active people or the deactivated ones, by name. */
export const PeopleDirectoryQuery = graphql(`
  query PeopleDirectory($search: String, $deactivated: Boolean!, $after: String) {
    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {
      nodes {
        id
        displayName
        email
        role
        active
        startedAt
        team {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
    }
  }
`);

/** The organisation's teams for the admin, by name, with their managers: those whose name contains the search. */
export const PeopleTeamsQuery = graphql(`
  query PeopleTeams($search: String) {
    organization {
      id
      teams(search: $search, first: 51) {
        id
        name
        manager {
          id
          displayName
        }
      }
    }
  }
`);

const CreateUserMutation = graphql(`
  mutation CreatePerson($input: CreateUserInput!) {
    createUser(input: $input) {
      id
      displayName
    }
  }
`);

const UpdateUserMutation = graphql(`
  mutation UpdatePerson($input: UpdateUserInput!) {
    updateUser(input: $input) {
      id
      displayName
      role
      startedAt
      team {
        id
        name
      }
    }
  }
`);

const SetUserPasswordMutation = graphql(`
  mutation SetPersonPassword($userId: ID!, $password: String!) {
    setUserPassword(userId: $userId, password: $password) {
      id
    }
  }
`);

const ImportUsersMutation = graphql(`
  mutation ImportPeople($input: ImportUsersInput!) {
    importUsers(input: $input) {
      created
      skipped
      errors {
        row
        field
        message
      }
    }
  }
`);

const DeactivateUserMutation = graphql(`
  mutation DeactivateUser($userId: ID!) {
    deactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

const ReactivateUserMutation = graphql(`
  mutation ReactivateUser($userId: ID!) {
    reactivateUser(userId: $userId) {
      id
      active
    }
  }
`);

const CreateTeamMutation = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      id
      name
    }
  }
`);

const RenameTeamMutation = graphql(`
  mutation RenameTeam($teamId: ID!, $name: String!) {
    renameTeam(teamId: $teamId, name: $name) {
      id
      name
    }
  }
`);

const SetTeamManagerMutation = graphql(`
  mutation SetTeamManager($teamId: ID!, $userId: ID!) {
    setTeamManager(teamId: $teamId, userId: $userId) {
      id
      manager {
        id
        displayName
      }
    }
  }
`);

/** What a change to people or teams makes stale: the directory's pages and the teams list. */
const REFRESH = { refetchQueries: ['PeopleDirectory', 'PeopleTeams'], awaitRefetchQueries: true };

export function usePeopleDirectory(search: string, deactivated: boolean) {
  return useQuery(PeopleDirectoryQuery, { variables: { search, deactivated } });
}

export function usePeopleTeams(search: string) {
  return useQuery(PeopleTeamsQuery, { variables: { search } });
}

export const useCreatePerson = () => useMutation(CreateUserMutation, REFRESH);
export const useUpdatePerson = () => useMutation(UpdateUserMutation, REFRESH);
export const useSetPersonPassword = () => useMutation(SetUserPasswordMutation);
export const useImportPeople = () => useMutation(ImportUsersMutation, REFRESH);
export const useCreateTeam = () => useMutation(CreateTeamMutation, REFRESH);
export const useRenameTeam = () => useMutation(RenameTeamMutation, REFRESH);
export const useSetTeamManager = () => useMutation(SetTeamManagerMutation, REFRESH);

/** Deactivates or reactivates someone; the directory is read again, as the person moves from one list to the other. */
export function useSetActive() {
  const [deactivate, deactivation] = useMutation(DeactivateUserMutation, REFRESH);
  const [reactivate, reactivation] = useMutation(ReactivateUserMutation, REFRESH);
  const setActive = useCallback(
    (userId: string, active: boolean) => (active ? reactivate : deactivate)({ variables: { userId } }),
    [deactivate, reactivate],
  );
  const reset = useCallback(() => {
    deactivation.reset();
    reactivation.reset();
  }, [deactivation, reactivation]);
  return { setActive, reset, loading: deactivation.loading || reactivation.loading, error: deactivation.error ?? reactivation.error };
}
