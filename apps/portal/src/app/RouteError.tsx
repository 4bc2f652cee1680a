import { useRouteError } from 'react-router';
import { errorMessage } from '@/shared/apollo';
import { ErrorState } from '@/ui/States';

/** A page's code that could not be downloaded: Chromium's and Safari's words for it. */
const CHUNK_FAILED = /dynamically imported module|Importing a module script failed/;

/** A page that failed to load or render: never a blank screen. Its code out of reach is said the way every page says it. */
export function RouteError() {
  const error = useRouteError();
  const unreachable = error instanceof TypeError && CHUNK_FAILED.test(error.message);
  return (
    <div style={{ padding: 'var(--space-6)' }}>
      <ErrorState
        title="This page could not be shown"
        message={unreachable ? errorMessage(error) : error instanceof Error ? error.message : 'An unexpected error occurred.'}
        onRetry={() => window.location.reload()}
      />
    </div>
  );
}
