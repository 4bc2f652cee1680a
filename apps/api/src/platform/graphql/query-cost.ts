import type { ApolloServerPlugin } from '@apollo/server';
import { getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLSchema } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { itemsAskedFor, listSizeOf } from './list-size.js';

/**
 * The most one operation may cost: about the number of values it can return.
 * Counted with every list at its largest, the portal's heaviest operation (the
 * home page) costs about 16,000 (the schema test keeps each under this);
 * twenty thousand leaves no room for reading a whole organisation through
 * nested lists.
 */
export const MAX_QUERY_COST = 20_000;

/** A list nobody declared a size for counts as this many items; the schema test keeps every list declared. */
const UNDECLARED_LIST_SIZE = 100;

/**
 * Every field costs 1, and a list (or connection) multiplies what is asked
 * under it by the items it can hold: its `first` when it is paged, else its
 * declared bound (list-size.ts). So `users { badges { badge { awards { … } } } }`
 * costs users × badges × awards, not the number of fields written down.
 * `__typename`, which clients such as Apollo add everywhere, is free: it reads nothing.
 */
const pageSizeEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (field.name === '__typename') return 0;
  const size = listSizeOf(field);
  const items = size ? itemsAskedFor(size, args) : isListType(getNullableType(field.type)) ? UNDECLARED_LIST_SIZE : 1;
  return 1 + items * childComplexity;
};

export function queryCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables: variables ?? {},
    operationName: operationName ?? undefined,
    estimators: [pageSizeEstimator],
  });
}

const refused = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });

/**
 * Why this operation costs too much to run, or null when it may run. Variables
 * GraphQL cannot read are left to execution, which refuses them field by field.
 */
export function costRefusal(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Record<string, unknown> | null,
  operationName?: string | null,
): GraphQLError | null {
  let cost: number;
  try {
    cost = queryCost(schema, document, variables, operationName);
  } catch (error) {
    if (error instanceof GraphQLError && !error.message.startsWith('Variable "$')) return refused(error.message);
    return null;
  }
  if (cost <= MAX_QUERY_COST) return null;
  return refused(
    `This query could return about ${cost.toLocaleString('en')} values; one request may ask for at most ${MAX_QUERY_COST.toLocaleString('en')}: ` +
      'ask for fewer items (first) or fewer nested lists',
  );
}

/** Refusals already worked out (their messages), per parsed document (Apollo keeps one per query text) and per operation and variables. */
const worked = new WeakMap<DocumentNode, Map<string, string | null>>();
/** How many variations of one document are remembered: the portal sends a handful each. */
const VARIATIONS_KEPT = 64;

/** Refuses an HTTP operation that costs too much, once its variables are known and before anything runs. */
export const queryCostPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let known = worked.get(document);
        if (!known) worked.set(document, (known = new Map()));
        const key = `${operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
        let refusal = known.get(key);
        if (refusal === undefined) {
          refusal = costRefusal(schema, document, request.variables, operationName)?.message ?? null;
          if (known.size >= VARIATIONS_KEPT) known.clear();
          known.set(key, refusal);
        }
        if (refusal) throw refused(refusal);
      },
    };
  },
};
