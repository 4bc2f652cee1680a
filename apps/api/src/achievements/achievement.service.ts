import { Injectable } from '@nestjs/common';
import { levelUp, type LevelStanding } from '@laurels/domain';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock.js';
import type { User } from '../organizations/user.entity.js';
import { PointsService, type LedgerEntry } from '../points/points.service.js';

/** A fact that earns something: a module passed, a course completed... */
export type Achievement = LedgerEntry;

export interface AchievementOutcome {
  readonly pointsAwarded: number;
  readonly pointsAfter: number;
  /** The level reached when these facts crossed a threshold. */
  readonly levelUp: LevelStanding | null;
}

/**
 * The one achievement path. Every fact that can earn something goes through
 * here, inside the transaction that writes the fact: points onto the ledger,
 * then what the new total unlocks. Nothing else awards anything.
 */
@Injectable()
export class AchievementService {
  constructor(
    private readonly points: PointsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Serialises achievement work per user for the rest of the transaction (a
   * row lock on the user), so that concurrent facts are evaluated one after
   * the other and each sees what the previous one committed.
   */
  async lockUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.query('SELECT 1 FROM users WHERE id = $1 FOR UPDATE', [userId]);
  }

  async record(manager: EntityManager, user: Pick<User, 'id' | 'organizationId'>, facts: readonly Achievement[]): Promise<AchievementOutcome> {
    const ledger = await this.points.append(manager, user, facts, this.clock.now());
    return { pointsAwarded: ledger.awarded, pointsAfter: ledger.after, levelUp: levelUp(ledger.before, ledger.after) };
  }
}
