import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '#platform/auth';

/** A person just added to an organisation. */
export interface Newcomer {
  readonly id: string;
  readonly startedAt: Date | null;
}

/** Work that joins the transaction adding people: what happens to them fails or commits with them. */
export type NewcomersListener = (manager: EntityManager, addedBy: Viewer, newcomers: readonly Newcomer[]) => Promise<void>;

/**
 * Where the directory announces the people it adds (createUser, importUsers)
 * to the capabilities above it, which the directory may not import: those
 * listen when they are made (onboarding assigns its path).
 */
@Injectable()
export class Newcomers {
  private readonly listeners: NewcomersListener[] = [];

  listen(listener: NewcomersListener): void {
    this.listeners.push(listener);
  }

  async arrived(manager: EntityManager, addedBy: Viewer, newcomers: readonly Newcomer[]): Promise<void> {
    if (newcomers.length === 0) return;
    for (const listener of this.listeners) await listener(manager, addedBy, newcomers);
  }
}
