import { useMutation } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import { graphql } from '@/gql';

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

interface Session {
  /** After a sign-in or sign-up: whatever the previous sign-in showed is forgotten, and the live connection opens as the new one. */
  signedIn(): void;
  /** Ends the sign-in on the server, which clears its cookie, then forgets it here; signed out already, it just forgets. */
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/**
 * The sign-in is an httpOnly cookie that no script on the page can read: who
 * is signed in is whatever the server says with it (the Viewer query). This
 * tells the rest of the portal when that changes.
 */
export function SessionProvider({ children, onSignIn, onSignOut }: { children: ReactNode; onSignIn: () => void; onSignOut: () => void }) {
  const [endSignIn] = useMutation(SignOutMutation);
  const signOut = useCallback(async () => {
    // Refused as UNAUTHENTICATED when the sign-in had already ended: signed out all the same.
    await endSignIn().catch(() => undefined);
    onSignOut();
  }, [endSignIn, onSignOut]);
  const value = useMemo(() => ({ signedIn: onSignIn, signOut }), [onSignIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
