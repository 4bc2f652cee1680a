import { ViewerDocument } from '@/gql/graphql';

interface SignedInAs {
  readonly role?: 'EMPLOYEE' | 'MANAGER' | 'ADMIN';
  readonly displayName?: string;
  readonly points?: number;
  readonly level?: { number: number; title: string };
  readonly timeZone?: string;
}

/** The shell's Viewer query as the API answers it for one signed-in person of Northwind Support. */
export function viewerAnswer({
  role = 'EMPLOYEE',
  displayName = 'Priya Shah',
  points = 0,
  level = { number: 1, title: 'Newcomer' },
  timeZone = 'UTC',
}: SignedInAs = {}) {
  return {
    request: { query: ViewerDocument },
    result: {
      data: {
        me: {
          __typename: 'User',
          id: 'u1',
          displayName,
          role,
          points,
          streakDays: 0,
          level: { __typename: 'Level', ...level },
          managedTeams: [],
        },
        organization: { __typename: 'Organization', id: 'org-1', name: 'Northwind Support', timeZone },
      },
    },
  };
}
