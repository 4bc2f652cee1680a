import type { EntityManager, QueryRunner } from 'typeorm';

/**
 * Serialises work on these people for the rest of the transaction (row locks,
 * taken in id order so that two requests locking the same people cannot
 * deadlock). FOR NO KEY UPDATE and not FOR UPDATE: rows that merely reference
 * a person (a badge given by a manager) take a KEY SHARE lock on them, which
 * must not wait for this one, or two managers giving each other a badge at
 * once deadlock. Locking a person this transaction already holds is free.
 * People are always locked before teams.
 */
export async function lockPeople(manager: EntityManager, userIds: readonly (string | null)[]): Promise<void> {
  const held = heldBy(manager, 'people');
  for (const userId of sortedIds(userIds).filter((id) => !held.has(id))) {
    await manager.query('SELECT 1 FROM users WHERE id = $1 FOR NO KEY UPDATE', [userId]);
    held.add(userId);
  }
}

/**
 * Locks these teams, for their milestones and totals, in id order: requests
 * that touch two teams (feedback about one person given to another team)
 * queue behind each other instead of deadlocking.
 */
export async function lockTeams(manager: EntityManager, teamIds: readonly (string | null)[]): Promise<void> {
  const held = heldBy(manager, 'teams');
  for (const teamId of sortedIds(teamIds).filter((id) => !held.has(id))) {
    await manager.query('SELECT 1 FROM teams WHERE id = $1 FOR NO KEY UPDATE', [teamId]);
    held.add(teamId);
  }
}

const HELD = 'laurels.locked';

/**
 * The rows this transaction has locked: held until it ends, so not asked for
 * again. Outside a transaction (a lock that would end with its statement),
 * nothing is remembered.
 */
function heldBy(manager: EntityManager, kind: 'people' | 'teams'): Set<string> {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) return new Set();
  const data = runner.data as Record<string, Record<string, Set<string>> | undefined>;
  const held = (data[HELD] ??= {});
  return (held[kind] ??= new Set());
}

/** Forgets the locks of a transaction that ended, should its query runner serve another. */
export function forgetLocks(runner: QueryRunner): void {
  delete (runner.data as Record<string, unknown>)[HELD];
}

function sortedIds(ids: readonly (string | null)[]): string[] {
  return [...new Set(ids.filter((id) => id !== null))].sort();
}
