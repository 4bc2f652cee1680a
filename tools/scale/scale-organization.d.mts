// Types of scale-organization.mjs, for the API's tests that seed with it.
import type { INestApplicationContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export interface ScalePlan {
  readonly organizationId: string;
  readonly adminId: string;
  readonly users: number;
  readonly teams: number;
}

export interface ScaleOptions {
  readonly users: number;
  readonly ledger: number;
  readonly celebrations: number;
  readonly password: string;
  readonly teamSize?: number;
  readonly moreFacts?: (db: EntityManager, plan: ScalePlan) => Promise<void>;
}

export function seedScaleOrganization(
  app: INestApplicationContext,
  options: ScaleOptions,
  step?: <T>(label: string, work: () => Promise<T>) => Promise<T>,
): Promise<{ organizationId: string; adminId: string; tally: { kudos: number; praised: number; awards: number; levels: number } }>;
