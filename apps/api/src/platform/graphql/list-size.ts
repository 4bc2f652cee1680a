import { Args, Extensions, Int } from '@nestjs/graphql';
import type { PipeTransform } from '@nestjs/common';
import type { GraphQLField } from 'graphql';
import { pageSize } from './cursor.js';

/**
 * How many items a list field (or a connection) can hold, for the query-cost
 * rule: a list paged by an argument holds at most what that argument asks for,
 * never more than `max`; any other list declares the bound its data keeps (a
 * module's questions, a person's badges). The nodes of a connection are
 * counted by the field that returned the connection.
 */
export type ListSize = { readonly max: number; readonly argument?: string } | { readonly connectionNodes: true };

const EXTENSION = 'listSize';

/** A list or connection paged by `argument` (default `first`), up to `max` items; the argument is checked by PageArg. */
export const PagedBy = (max: number, argument = 'first') => Extensions({ [EXTENSION]: { max, argument } satisfies ListSize });

/** A list whose length the data bounds: at most `max` items, enforced where the data is written. */
export const AtMost = (max: number) => Extensions({ [EXTENSION]: { max } satisfies ListSize });

/** The nodes of a connection: as many as the connection's page size. */
export const ConnectionNodes = () => Extensions({ [EXTENSION]: { connectionNodes: true } satisfies ListSize });

export function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | undefined {
  return field.extensions[EXTENSION] as ListSize | undefined;
}

/** How many items a list field returns for these arguments, at most. */
export function itemsAskedFor(size: ListSize, args: Record<string, unknown>): number {
  if ('connectionNodes' in size) return 1;
  const asked = size.argument === undefined ? undefined : args[size.argument];
  return typeof asked === 'number' && Number.isInteger(asked) && asked >= 1 ? Math.min(asked, size.max) : size.max;
}

class PageSizePipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly name: string,
    private readonly fallback: number,
    private readonly max: number,
  ) {}

  transform(value: unknown): number {
    return pageSize(value == null ? this.fallback : (value as number), this.max, this.name);
  }
}

/**
 * A page size argument (`first: Int = fallback`), checked before the resolver
 * runs; pair it with PagedBy(max) on the field so the cost rule counts it.
 */
export const PageArg = (fallback: number, max: number, name = 'first') =>
  Args(name, { type: () => Int, nullable: true, defaultValue: fallback }, new PageSizePipe(name, fallback, max));
