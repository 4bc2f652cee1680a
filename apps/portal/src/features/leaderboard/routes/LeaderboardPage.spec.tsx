import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { LeaderboardDocument } from '@/gql/graphql';
import { LeaderboardPage } from './LeaderboardPage';

const person = (id: string, displayName: string) => ({ __typename: 'User', id, displayName, team: null });
const entry = (rank: number, points: number, user: ReturnType<typeof person>) => ({
  __typename: 'LeaderboardEntry',
  rank,
  points,
  user,
  team: null,
});

function boardOf(entries: ReturnType<typeof entry>[], mine: ReturnType<typeof entry>, count: number) {
  return {
    request: { query: LeaderboardDocument, variables: { scope: 'INDIVIDUAL', period: 'MONTH' } },
    result: {
      data: {
        leaderboard: entries,
        myLeaderboardEntry: mine,
        leaderboardCount: count,
        me: { __typename: 'User', id: mine.user.id, leaderboardOptOut: false, team: null },
      },
    },
  };
}

function renderPage(mocks: unknown[]) {
  return render(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter>
        <LeaderboardPage />
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('LeaderboardPage', () => {
  it('says how many of how many the board shows, and gives the viewer their own place when it is further down', async () => {
    const top = Array.from({ length: 20 }, (_, index) => entry(index + 1, 5000 - index * 10, person(`p${index}`, `Agent ${index + 1}`)));
    renderPage([boardOf(top, entry(4321, 35, person('me', 'Sam Rivera')), 20000)]);

    expect(await screen.findByText('Top 20 of 20,000 people')).toBeInTheDocument();
    const own = screen.getByRole('region', { name: 'Your place' });
    expect(within(own).getByText('4,321')).toBeInTheDocument();
    expect(within(own).getByText('You')).toBeInTheDocument();
  });

  it('says the whole board is shown when everyone fits, with the viewer marked on it', async () => {
    const me = person('me', 'Sam Rivera');
    renderPage([boardOf([entry(1, 50, person('a', 'Ann')), entry(2, 30, me), entry(3, 0, person('c', 'Cyd'))], entry(2, 30, me), 3)]);

    expect(await screen.findByText('All 3 people')).toBeInTheDocument();
    expect(screen.getByText(/You are/)).toHaveTextContent('You are #2 with 30 points.');
    expect(screen.queryByRole('region', { name: 'Your place' })).not.toBeInTheDocument();
  });
});
