import { useRouteError } from 'react-router';
import { ErrorState } from '@/ui/States';

/** A page that failed to load or render: never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <div style={{ padding: 'var(--space-6)' }}>
      <ErrorState
        title="This page could not be shown"
        error={{ message: error instanceof Error ? error.message : 'An unexpected error occurred.' }}
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
