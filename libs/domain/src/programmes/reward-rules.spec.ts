import { checkReward, redemptionProblem } from './reward-rules.js';

describe('checkReward', () => {
  it('keeps a reward trimmed, stock none meaning unlimited', () => {
    expect(checkReward({ name: ' Coffee ', description: ' A flat white ', cost: 50 })).toEqual({
      name: 'Coffee',
      description: 'A flat white',
      cost: 50,
      stock: null,
    });
  });

  it.each([
    [{ name: '  ', description: '', cost: 5 }, 'name'],
    [{ name: 'x', description: 'y'.repeat(1001), cost: 5 }, 'description'],
    [{ name: 'x', description: '', cost: 0 }, 'cost'],
    [{ name: 'x', description: '', cost: 1.5 }, 'cost'],
    [{ name: 'x', description: '', cost: 5, stock: -1 }, 'stock'],
  ])('refuses %j naming %s', (draft, field) => {
    expect(() => checkReward(draft)).toThrow(expect.objectContaining({ field }));
  });
});

describe('redemptionProblem', () => {
  const reward = { name: 'Lunch', cost: 100, active: true, stock: null };

  it('lets someone with enough spendable points redeem', () => {
    expect(redemptionProblem(reward, 100)).toBeNull();
  });

  it('refuses an inactive reward, one out of stock, and a cost above the balance', () => {
    expect(redemptionProblem({ ...reward, active: false }, 500)).toMatch(/no longer offered/);
    expect(redemptionProblem({ ...reward, stock: 0 }, 500)).toMatch(/out of stock/);
    expect(redemptionProblem(reward, 99)).toBe('“Lunch” costs 100 points and you have 99 to spend');
  });
});
