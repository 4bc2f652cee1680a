import { fireEvent, render, screen } from '@testing-library/react';
import { RewardCard } from './RewardCard';

const reward = (overrides: { cost?: number; stock?: number | null; active?: boolean } = {}) => ({
  __typename: 'Reward' as const,
  id: 'r1',
  name: 'Long lunch',
  description: 'An extra hour for lunch.',
  cost: 300,
  stock: null,
  active: true,
  ...overrides,
});

describe('RewardCard', () => {
  it('lets someone who can afford it redeem, naming the reward', () => {
    const onRedeem = vi.fn();
    render(<RewardCard reward={reward({ stock: 4 })} spendable={300} onRedeem={onRedeem} />);
    expect(screen.getByText('4 left')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Redeem Long lunch' }));
    expect(onRedeem).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('button', { name: /Deactivate/ })).not.toBeInTheDocument();
  });

  it('says how many points are missing and keeps Redeem off', () => {
    render(<RewardCard reward={reward()} spendable={120} onRedeem={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Redeem Long lunch' })).toBeDisabled();
    expect(screen.getByText('180 more points to go')).toBeInTheDocument();
  });

  it('keeps Redeem off when none are left', () => {
    render(<RewardCard reward={reward({ stock: 0 })} spendable={1000} onRedeem={vi.fn()} />);
    expect(screen.getByText('Out of stock')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Redeem Long lunch' })).toBeDisabled();
  });

  it('shows an admin an inactive reward with the way to turn it back on, and no Redeem', () => {
    const onToggle = vi.fn();
    render(<RewardCard reward={reward({ active: false })} spendable={1000} onRedeem={vi.fn()} onToggle={onToggle} />);
    expect(screen.getByText('Inactive')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Redeem/ })).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Activate Long lunch' }));
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
