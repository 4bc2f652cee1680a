import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

const TOKEN_KEY = 'laurels.token';

export function storedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

interface Session {
  readonly token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The bearer token, kept in localStorage so a reload stays signed in. */
export function SessionProvider({ children, onSignIn, onSignOut }: { children: ReactNode; onSignIn?: () => void; onSignOut: () => void }) {
  const [token, setToken] = useState(storedToken);
  const signIn = useCallback(
    (next: string) => {
      localStorage.setItem(TOKEN_KEY, next);
      setToken(next);
      onSignIn?.();
    },
    [onSignIn],
  );
  const signOut = useCallback(() => {
    localStorage.removeItem(TOKEN_KEY);
    setToken(null);
    onSignOut();
  }, [onSignOut]);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
