// Types of operations.mjs, for the API's tests that send what the bench sends.
import type { DocumentNode, OperationDefinitionNode } from 'graphql';

/** The ids the operations take, read from the seeded organisation. */
export interface Seeded {
  readonly teamId: string;
  readonly managerId: string;
  readonly courseId: string;
  readonly moduleIds: readonly string[];
  readonly badgeId: string | null;
  readonly credentialId: string | null;
  readonly week: { readonly from: string; readonly to: string };
}

export type Answers = Record<string, unknown>;

export interface BenchOperation {
  readonly name: string;
  /** A document of the portal, by name; or `query`, the bench's own. */
  readonly portal?: string;
  readonly query?: string;
  readonly variables?: Record<string, unknown> | ((answers: Answers) => Record<string, unknown>);
  /** Who sends it; null for a public page. */
  readonly as: 'agent' | 'manager' | 'admin' | null;
  readonly target?: string;
}

export function portalDocuments(): Map<string, { document: DocumentNode; operation: OperationDefinitionNode }>;
export function requestBody(document: DocumentNode, variables?: Record<string, unknown>): string;
export function benchOperations(seeded: Seeded): BenchOperation[];
export const TARGETS: Record<string, { ratio: number; p99?: number }>;
export const COMPLETE_MODULE_TARGET: { perSecond: number; p99: number };
export const RSS_TARGET_MB: number;
export const FIRST_ROUTE_TARGET_KB: number;
