import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';

const TOKEN_KEY = 'laurels.token';
const listeners = new Set<() => void>();

export function storedToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

/**
 * Keeps the token (or forgets it, with null) and tells the session: whoever
 * forgets it, the sign-in form or the client the server refused, every reader
 * sees the same answer at once.
 */
export function storeToken(token: string | null): void {
  if (token) localStorage.setItem(TOKEN_KEY, token);
  else localStorage.removeItem(TOKEN_KEY);
  for (const listener of listeners) listener();
}

/** Changes from this tab, and sign-ins and sign-outs in the others. */
function subscribe(listener: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === TOKEN_KEY || event.key === null) listener();
  };
  listeners.add(listener);
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

interface Session {
  readonly token: string | null;
  signIn(token: string): void;
  signOut(): void;
}

const SessionContext = createContext<Session | null>(null);

/** The bearer token, kept in localStorage so a reload stays signed in. */
export function SessionProvider({ children, onSignIn, onSignOut }: { children: ReactNode; onSignIn?: () => void; onSignOut: () => void }) {
  const token = useSyncExternalStore(subscribe, storedToken);
  const signIn = useCallback(
    (next: string) => {
      storeToken(next);
      onSignIn?.();
    },
    [onSignIn],
  );
  const signOut = useCallback(() => {
    storeToken(null);
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
