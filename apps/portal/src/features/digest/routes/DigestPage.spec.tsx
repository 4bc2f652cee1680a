import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { DigestPageDocument } from '@/gql/graphql';
import { viewerAnswer } from '@/test/viewer';
import { weekStarting } from '@laurels/domain';
import { DigestPage } from './DigestPage';

const ZONE = 'Pacific/Auckland';

const viewer = viewerAnswer({ role: 'ADMIN', displayName: 'Avery Collins', timeZone: ZONE });

const EMPTY = { celebrations: [], customerPraise: [], topLearners: [], milestonesReached: [] };

function digestOf(monday: string, content: object | Error) {
  const week = weekStarting(monday, ZONE);
  const variables = { from: week.from.toISOString(), to: week.to.toISOString() };
  return {
    request: { query: DigestPageDocument, variables },
    result:
      content instanceof Error
        ? { errors: [new GraphQLError(content.message)] }
        : {
            data: {
              digest: {
                __typename: 'Digest',
                ...variables,
                html: '<!DOCTYPE html><html><head></head><body>News</body></html>',
                ...EMPTY,
                ...content,
              },
            },
          },
  };
}

const praise = {
  __typename: 'Celebration',
  id: 'c1',
  kind: 'CUSTOMER_PRAISE',
  title: 'Dana Whitfield praised Priya Shah',
  body: 'Priya stayed with me until the migration worked.',
  icon: 'heart',
  createdAt: '2026-11-19T22:00:00.000Z',
  level: null,
  user: { __typename: 'User', id: 'u1', displayName: 'Priya Shah' },
  grouped: [],
  kudos: null,
};

function renderDigest(mocks: unknown[], path = '/digest') {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={[path]}>
        <DigestPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('DigestPage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Monday 23 November, 09:00 in Auckland: the organisation's week has just begun.
    vi.setSystemTime(new Date('2026-11-22T20:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens on this week, in the organisation’s zone, and says so when nothing has happened yet', async () => {
    renderDigest([viewer, digestOf('2026-11-23', {})]);
    expect(await screen.findByText('Nothing celebrated yet this week')).toBeInTheDocument();
    expect(screen.getByText('Monday to Sunday, 23–29 Nov 2026')).toBeInTheDocument();
    expect(screen.queryByRole('radiogroup', { name: 'Show' })).not.toBeInTheDocument();
  });

  it('goes back a week from the empty state, and shows that week’s highlights and newsletter', async () => {
    const user = userEvent.setup();
    renderDigest([viewer, digestOf('2026-11-23', {}), digestOf('2026-11-16', { celebrations: [praise], customerPraise: [praise] })]);
    await user.click(await screen.findByRole('button', { name: 'See last week' }));
    expect(await screen.findByText('Dana Whitfield praised Priya Shah')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'What customers said' })).toBeInTheDocument();
    // Dated in Auckland, where 22:00 UTC on the 19th is already Friday the 20th.
    expect(screen.getByText(/Fri.*20/)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Newsletter' }));
    expect(screen.getByTitle('Newsletter preview')).toBeInTheDocument();
  });

  it('shows a failed load with a way to try again', async () => {
    renderDigest([viewer, digestOf('2026-11-09', new Error('Database unavailable'))], '/digest?week=2026-11-09');
    expect(await screen.findByRole('alert')).toHaveTextContent('The digest could not be loaded');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
