import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { BadgeTile } from './BadgeTile';

const progress = (overrides: { earned: boolean; current: number; target: number; kind?: string; awardedAt?: string | null }) => ({
  __typename: 'BadgeProgress' as const,
  current: overrides.current,
  target: overrides.target,
  earned: overrides.earned,
  awardedAt: overrides.awardedAt ?? null,
  badge: {
    __typename: 'BadgeDefinition' as const,
    id: 'b1',
    name: 'On a Roll',
    criteria: 'Complete a module on seven consecutive days.',
    icon: 'flame',
    tier: 'SILVER' as const,
    points: 40,
    rule: { __typename: 'BadgeRule' as const, kind: (overrides.kind ?? 'STREAK_DAYS') as 'STREAK_DAYS' },
  },
});

const renderTile = (value: ReturnType<typeof progress>) =>
  render(
    <MemoryRouter>
      <BadgeTile progress={value} />
    </MemoryRouter>,
  );

describe('BadgeTile', () => {
  it('shows a locked badge with its criteria and how far the learner is', () => {
    renderTile(progress({ earned: false, current: 3, target: 7 }));
    expect(screen.getByText('Complete a module on seven consecutive days.')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Progress toward On a Roll' })).toHaveAttribute('aria-valuenow', '43');
    expect(screen.getByText('3 of 7')).toBeInTheDocument();
    expect(screen.queryByText(/^Earned/)).not.toBeInTheDocument();
  });

  it('shows an earned badge with its date and tier, without a progress bar', () => {
    renderTile(progress({ earned: true, current: 7, target: 7, awardedAt: '2026-11-20T10:00:00Z' }));
    expect(screen.getByText(/^Earned /)).toBeInTheDocument();
    expect(screen.getByText('Silver · +40 pts')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('link')).toHaveAttribute('href', '/badges/b1');
  });

  it('gives MANUAL badges no progress bar: a manager decides', () => {
    renderTile(progress({ earned: false, current: 0, target: 1, kind: 'MANUAL' }));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
