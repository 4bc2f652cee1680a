import { useQuery } from '@apollo/client/react';
import { Role, hasRole } from '@laurels/domain';
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
      managedTeams {
        id
        name
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

/** Managers and admins write courses; no one while the viewer is loading. */
export function canAuthor(role: Role | undefined): boolean {
  return role !== undefined && hasRole(role, Role.MANAGER);
}

export function isAdmin(role: Role | undefined): boolean {
  return role !== undefined && hasRole(role, Role.ADMIN);
}
