import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '@/gql';

export const PeopleAccessQuery = graphql(`
  query PeopleAccess($search: String, $deactivated: Boolean!, $after: String) {
    people(search: $search, deactivated: $deactivated, first: 20, after: $after) {
      nodes {
        id
        displayName
        email
        role
        active
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

/** A page of the organisation's active or deactivated people, searched as the admin types, with "show more". */
export function usePeopleAccess(search: string, deactivated: boolean) {
  return useQuery(PeopleAccessQuery, { variables: { search, deactivated } });
}

/** Deactivates or reactivates someone; the lists are read again, as the person moves from one to the other. */
export function useSetActive() {
  const options = { refetchQueries: ['PeopleAccess'], awaitRefetchQueries: true };
  const [deactivate, deactivation] = useMutation(DeactivateUserMutation, options);
  const [reactivate, reactivation] = useMutation(ReactivateUserMutation, options);
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
