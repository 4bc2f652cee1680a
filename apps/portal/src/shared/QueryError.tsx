import { Lock } from 'lucide-react';
import { ButtonLink, EmptyState, ErrorState } from '@/ui';
import { errorCode, errorMessage } from './apollo';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  /** What to say when the thing asked for does not exist (or is not visible to this person). */
  notFound: { title: string; body?: string; backTo: string; backLabel: string };
}

/**
 * A page's failed query: "not found" or "not open to you" with a way back, or the error in words
 * with a retry (the server's message, or that Laurels could not be reached:
 * never the browser's own "Failed to fetch").
 */
export function QueryError({ error, onRetry, notFound }: QueryErrorProps) {
  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <EmptyState title={notFound.title} action={<ButtonLink to={notFound.backTo}>{notFound.backLabel}</ButtonLink>}>
        {notFound.body}
      </EmptyState>
    );
  }
  if (errorCode(error) === 'FORBIDDEN') {
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
  return <ErrorState error={{ message: errorMessage(error) }} onRetry={onRetry} />;
}
