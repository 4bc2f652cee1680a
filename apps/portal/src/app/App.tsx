import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { router } from './router';
import { SessionProvider } from './session';

function signOutEverywhere(client: ReturnType<typeof createApolloClient>) {
  void client.clearStore();
  void router.navigate('/sign-in');
}

export function App() {
  // The session provider and the client both need to sign out: the client through a late-bound callback.
  const client = useMemo(() => {
    const created: ReturnType<typeof createApolloClient> = createApolloClient(() => {
      localStorage.removeItem('laurels.token');
      signOutEverywhere(created);
    });
    return created;
  }, []);
  return (
    <ApolloProvider client={client}>
      <SessionProvider onSignOut={() => signOutEverywhere(client)}>
        <RouterProvider router={router} />
      </SessionProvider>
    </ApolloProvider>
  );
}
