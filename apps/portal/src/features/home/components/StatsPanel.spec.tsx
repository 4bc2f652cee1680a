import { render, screen } from '@testing-library/react';
import { StatsPanel } from './StatsPanel';

const user = (
  points: number,
  level: { number: number; title: string; minPoints: number; nextLevelPoints: number | null; progress: number },
  streakDays = 0,
) => ({
  __typename: 'User' as const,
  id: 'u1',
  points,
  streakDays,
  level: { __typename: 'Level' as const, ...level },
});

describe('StatsPanel', () => {
  it('shows points, the level and how many points the next level needs', () => {
    render(
      <StatsPanel user={user(175, { number: 2, title: 'Active Listener', minPoints: 100, nextLevelPoints: 250, progress: 0.5 }, 3)} />,
    );
    expect(screen.getByTestId('points-total')).toHaveTextContent('175');
    expect(screen.getByText('Active Listener')).toBeInTheDocument();
    expect(screen.getByText('75 points to level 3')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress to the next level' })).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('3 days')).toBeInTheDocument();
  });

  it('celebrates the top level instead of a next threshold', () => {
    render(<StatsPanel user={user(12000, { number: 10, title: 'Hall of Fame', minPoints: 9000, nextLevelPoints: null, progress: 1 })} />);
    expect(screen.getByText(/Top level reached/)).toBeInTheDocument();
    expect(screen.getByText('Complete a module to start a streak.')).toBeInTheDocument();
  });
});
