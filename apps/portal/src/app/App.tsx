import { ApolloProvider } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from '@/shared/apollo';
import { createLiveSocket, LiveSocketContext, type LiveSocket } from '@/shared/live';
import { SessionProvider } from '@/shared/session';
import { router } from './router';

/**
 * Forgets everything the ended sign-in showed and shows the sign-in form; when the server ended the sign-in (it
 * expired, or was ended elsewhere), signing in again comes back to the page the person was on.
 */
async function signedOut(client: ReturnType<typeof createApolloClient>, live: LiveSocket, comeBack: boolean): Promise<void> {
  live.restart();
  const { pathname } = router.state.location;
  // Forgotten before the sign-in form shows: it sends on whoever it still knows of.
  await client.clearStore();
  if (pathname === '/sign-in' || pathname === '/sign-up') return;
  const next = comeBack && pathname !== '/' ? `?next=${encodeURIComponent(pathname)}` : '';
  await router.navigate(`/sign-in${next}`, { replace: true });
}

export function App() {
  // The client signs out when the server no longer takes the sign-in: through a late-bound callback.
  // The live socket is closed on every sign-in and sign-out: the next one opens as whoever the cookie says then.
  const live = useMemo(() => createLiveSocket(), []);
  const client = useMemo(() => {
    const created: ReturnType<typeof createApolloClient> = createApolloClient(() => void signedOut(created, live, true), live);
    return created;
  }, [live]);
  const onSignIn = useCallback(() => {
    live.restart();
    void client.clearStore();
  }, [client, live]);
  const onSignOut = useCallback(() => void signedOut(client, live, false), [client, live]);
  return (
    <ApolloProvider client={client}>
      <LiveSocketContext.Provider value={live}>
        <SessionProvider onSignIn={onSignIn} onSignOut={onSignOut}>
          <RouterProvider router={router} />
        </SessionProvider>
      </LiveSocketContext.Provider>
    </ApolloProvider>
  );
}
