import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphQLContext } from './graphql-context.js';

/** Loads many keys in one query: results in the order of `keys`. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<readonly V[]>;

/**
 * Per-request DataLoaders, one per batch function. Services expose batch
 * functions as stable properties; field resolvers load through them, so a list
 * of fifty courses costs one query for their modules, not fifty.
 */
export class RequestLoaders {
  private readonly loaders = new Map<BatchLoad<never, unknown>, DataLoader<unknown, unknown, unknown>>();

  get<K, V>(batch: BatchLoad<K, V>, cacheKey?: (key: K) => unknown): DataLoader<K, V, unknown> {
    let loader = this.loaders.get(batch as BatchLoad<never, unknown>);
    if (!loader) {
      loader = new DataLoader<K, V, unknown>(batch, cacheKey ? { cacheKeyFn: cacheKey } : {}) as DataLoader<unknown, unknown, unknown>;
      this.loaders.set(batch as BatchLoad<never, unknown>, loader);
    }
    return loader as DataLoader<K, V, unknown>;
  }
}

/** The request's loaders, for field resolvers. */
export const Loaders = createParamDecorator(
  (_data: unknown, context: ExecutionContext) => GqlExecutionContext.create(context).getContext<GraphQLContext>().loaders,
);

/** Groups rows by a key, in the order of `keys`, for one-to-many batch loads. */
export function groupBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key)!);
}

/** Picks the row for each key (or null), in the order of `keys`, for one-to-one batch loads. */
export function indexBy<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}
