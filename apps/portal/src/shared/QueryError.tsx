import { Lock } from 'lucide-react';
import { ButtonLink, EmptyState, ErrorState } from '@/ui';
import { errorCode, errorMessage } from './apollo';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** What failed, as the heading ("The feed could not load"); "Something went wrong" by default. */
  title?: string;
  /** For a page about one thing: what to say when it does not exist (or is not visible to this person). */
  notFound?: { title: string; body?: string; backTo: string; backLabel: string };
}

/**
 * A page's failed query, the one way every page shows it: "not found" or "not open to you" with a
 * way back (for a page about one thing), or the error in words with a retry (the server's message, or that Laurels could not be reached:
 * never the browser's own "Failed to fetch").
 */
export function QueryError({ error, onRetry, title, notFound }: QueryErrorProps) {
  if (notFound && errorCode(error) === 'NOT_FOUND') {
    return (
      <EmptyState title={notFound.title} action={<ButtonLink to={notFound.backTo}>{notFound.backLabel}</ButtonLink>}>
        {notFound.body}
      </EmptyState>
    );
  }
  if (notFound && errorCode(error) === 'FORBIDDEN') {
    return (
      <EmptyState
        icon={<Lock size={26} />}
        title="Not open to you"
        action={<ButtonLink to={notFound.backTo}>{notFound.backLabel}</ButtonLink>}
      >
        {errorMessage(error)}
      </EmptyState>
    );
  }
  return <ErrorState title={title} message={errorMessage(error)} onRetry={onRetry} />;
}
