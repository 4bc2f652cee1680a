import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request } from 'express';
import { unwrapResolverError } from '@apollo/server/errors';
import { toGraphQLError } from '../errors/to-graphql-error.js';
import type { GraphQLContext } from './graphql-context.js';
import { RequestLoaders } from './request-loaders.js';

/** Query depth, cost and alias limits: a single request cannot ask for the whole database. */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { maxCost: 10_000 },
  maxAliases: { n: 30 },
  maxDirectives: { n: 30 },
  // Counted by graphql-js's own parser (parseOptions below): armor's token plugin re-parses
  // in a hook, where a plain syntax error became an HTTP 500.
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: false },
}).protect();

export function graphqlOptions(): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: 5_000 },
    includeStacktraceInErrorResponses: false,
    fieldResolverEnhancers: ['guards', 'filters'],
    // graphql-armor's types name Apollo's CommonJS build; the plugins are the same objects.
    plugins: armor.plugins as ApolloDriverConfig['plugins'],
    validationRules: armor.validationRules,
    allowBatchedHttpRequests: false,
    context: ({ req }: { req: Request }): GraphQLContext => ({ req, loaders: new RequestLoaders() }),
    formatError: (formatted, error) => {
      // Errors take their final shape here; those that did not pass the exception filter are mapped too.
      const known = formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR';
      const { message, extensions } = known ? formatted : toGraphQLError(unwrapResolverError(error));
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: extensions?.code, ...(extensions?.field ? { field: extensions.field } : {}) },
      };
    },
  };
}
