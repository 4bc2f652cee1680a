import { InvalidInputError } from '../errors/domain-errors.js';

/** Rewards are listed whole, so an organisation offers at most this many, active or not. */
export const MAX_REWARDS = 100;
export const MAX_REWARD_COST = 1_000_000;
export const MAX_REWARD_STOCK = 100_000;

/** A redemption holds its cost while PENDING, has spent it once APPROVED, and gives it back when REJECTED. */
export const RedemptionStatus = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
export type RedemptionStatus = (typeof RedemptionStatus)[keyof typeof RedemptionStatus];

export interface RewardDraft {
  readonly name: string;
  readonly description: string;
  readonly cost: number;
  readonly stock?: number | null;
}

/** The reward as it is kept (name and description trimmed), or the first field at fault. */
export function checkReward(draft: RewardDraft): RewardDraft {
  const name = draft.name.trim();
  const description = draft.description.trim();
  if (name.length === 0 || name.length > 100) throw new InvalidInputError('name', 'A reward needs a name of 1 to 100 characters');
  if (description.length > 1000) throw new InvalidInputError('description', 'A reward’s description holds at most 1000 characters');
  if (!Number.isInteger(draft.cost) || draft.cost < 1 || draft.cost > MAX_REWARD_COST)
    throw new InvalidInputError('cost', `A reward costs 1 to ${MAX_REWARD_COST.toLocaleString('en')} points`);
  const stock = draft.stock ?? null;
  if (stock !== null && (!Number.isInteger(stock) || stock < 0 || stock > MAX_REWARD_STOCK))
    throw new InvalidInputError('stock', `Stock is 0 to ${MAX_REWARD_STOCK.toLocaleString('en')}, or none for unlimited`);
  return { name, description, cost: draft.cost, stock };
}

/** Why this person cannot redeem the reward now, or null when they can. Stock is checked where it is taken. */
export function redemptionProblem(
  reward: { readonly name: string; readonly cost: number; readonly active: boolean; readonly stock: number | null },
  spendablePoints: number,
): string | null {
  if (!reward.active) return `“${reward.name}” is no longer offered`;
  if (reward.stock === 0) return `“${reward.name}” is out of stock`;
  if (reward.cost > spendablePoints) return `“${reward.name}” costs ${reward.cost} points and you have ${spendablePoints} to spend`;
  return null;
}
