import { CombinedGraphQLErrors } from '@apollo/client';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { QueryError } from './QueryError';

const notFound = { title: 'Team not found', backTo: '/teams', backLabel: 'All teams' };

describe('QueryError', () => {
  it('says in words that Laurels could not be reached, never the browser’s "Failed to fetch"', () => {
    render(<QueryError error={new TypeError('Failed to fetch')} onRetry={() => undefined} notFound={notFound} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach Laurels. Check your connection and try again.');
    expect(screen.queryByText('Failed to fetch')).not.toBeInTheDocument();
  });

  it('on a list page, says what failed in its own words, and a missing thing is an error like any other', () => {
    const onRetry = vi.fn();
    const { unmount } = render(<QueryError error={new TypeError('Failed to fetch')} onRetry={onRetry} title="The feed could not load" />);
    expect(screen.getByRole('heading', { name: 'The feed could not load' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Could not reach Laurels. Check your connection and try again.');
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(onRetry).toHaveBeenCalledTimes(1);
    unmount();
    const missing = new CombinedGraphQLErrors({ errors: [{ message: 'Course not found', extensions: { code: 'NOT_FOUND' } }] });
    render(<QueryError error={missing} onRetry={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Course not found');
  });

  it('shows the server’s message, "not open to you" and "not found" with a way back', () => {
    const failed = new CombinedGraphQLErrors({
      errors: [{ message: 'The database is busy', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    const { unmount } = render(<QueryError error={failed} onRetry={() => undefined} notFound={notFound} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The database is busy');
    unmount();
    const refused = new CombinedGraphQLErrors({ errors: [{ message: 'You manage other teams', extensions: { code: 'FORBIDDEN' } }] });
    const forbidden = render(
      <MemoryRouter>
        <QueryError error={refused} onRetry={() => undefined} notFound={notFound} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Not open to you' })).toBeInTheDocument();
    expect(screen.getByText('You manage other teams')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All teams' })).toHaveAttribute('href', '/teams');
    forbidden.unmount();
    const missing = new CombinedGraphQLErrors({ errors: [{ message: 'Team not found', extensions: { code: 'NOT_FOUND' } }] });
    render(
      <MemoryRouter>
        <QueryError error={missing} onRetry={() => undefined} notFound={notFound} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'All teams' })).toHaveAttribute('href', '/teams');
  });
});
