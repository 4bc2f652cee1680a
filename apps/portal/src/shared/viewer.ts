import { useQuery } from '@apollo/client/react';
import { graphql } from '@/gql';

export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      displayName
      role
      points
      streakDays
      level {
        number
        title
      }
    }
    organization {
      id
      name
      timeZone
    }
  }
`);

/** The signed-in person and their organisation; shared by the shell and the pages. */
export function useViewer() {
  return useQuery(ViewerQuery);
}

export function canAuthor(role: string | undefined): boolean {
  return role === 'MANAGER' || role === 'ADMIN';
}

export function isAdmin(role: string | undefined): boolean {
  return role === 'ADMIN';
}
