import { ApolloProvider } from '@apollo/client/react';
import { useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '@/shared/apollo';
import { createLiveSocket, LiveSocketContext, type LiveSocket } from '@/shared/live';
import { SessionProvider, storeToken } from '@/shared/session';
import { router } from './router';

function signOutEverywhere(client: ReturnType<typeof createApolloClient>, live: LiveSocket) {
  live.restart();
  void client.clearStore();
  void router.navigate('/sign-in');
}

export function App() {
  // The session provider and the client both need to sign out: the client through a late-bound callback.
  // The live socket is closed on every sign-in and sign-out: the next one authenticates as whoever is signed in then.
  const live = useMemo(() => createLiveSocket(), []);
  const client = useMemo(() => {
    const created: ReturnType<typeof createApolloClient> = createApolloClient(() => {
      storeToken(null);
      signOutEverywhere(created, live);
    }, live);
    return created;
  }, [live]);
  return (
    <ApolloProvider client={client}>
      <LiveSocketContext.Provider value={live}>
        <SessionProvider onSignIn={live.restart} onSignOut={() => signOutEverywhere(client, live)}>
          <RouterProvider router={router} />
        </SessionProvider>
      </LiveSocketContext.Provider>
    </ApolloProvider>
  );
}
