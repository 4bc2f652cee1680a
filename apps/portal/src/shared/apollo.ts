import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { OperationTypeNode } from 'graphql';
import type { LiveSocket } from './live';

/**
 * The one Apollo client: every request carries the session cookie (same origin), and a sign-in the server no
 * longer accepts signs the portal out. Subscriptions go over the live socket when there is one, everything else over HTTP.
 */
export function createApolloClient(onUnauthenticated: () => void, live?: LiveSocket): ApolloClient {
  const expired = new ErrorLink(({ error, operation }) => {
    const signingIn = ['SignIn', 'SignUp', 'SignOut'].includes(operation.operationName ?? '');
    if (!signingIn && CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      onUnauthenticated();
    }
  });
  const http = new HttpLink({ uri: '/graphql', credentials: 'same-origin' });
  return new ApolloClient({
    link: ApolloLink.from([expired, live ? ApolloLink.split(isSubscription, live.link, http) : http]),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}

function isSubscription(operation: ApolloLink.Operation): boolean {
  return operation.operationType === OperationTypeNode.SUBSCRIPTION;
}

/** The message of the first GraphQL error, or a plain one for network trouble. */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) return error.errors[0]?.message ?? 'The server refused the request';
  return 'Could not reach Laurels. Check your connection and try again.';
}

/** The code of the first GraphQL error: NOT_FOUND, FORBIDDEN, BAD_USER_INPUT... */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}

/** The input field a BAD_USER_INPUT error names, when it names one. */
export function errorField(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const field = error.errors[0]?.extensions?.field;
  return typeof field === 'string' ? field : null;
}
