import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyRequest } from 'fastify';
import { specifiedRules, validate } from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { Authenticator } from '../auth/authenticator.js';
import type { Viewer } from '../auth/viewer.js';
import { fieldOfVariableError, toGraphQLError } from '../errors/to-graphql-error.js';
import { DateTimeScalar } from './date-time.scalar.js';
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

/** graphql-armor's validation rules (depth, cost, aliases, directives), over HTTP and live connections alike. */
export const queryLimitRules = armor.validationRules;

/** What a live connection carries once its token has been checked. */
interface LiveConnection {
  /** The connection's WebSocket (graphql-ws's `extra` on a `ws` server). */
  readonly socket: { close(code: number, reason: string): void };
  viewer?: Viewer;
  expiry?: NodeJS.Timeout;
}

/** setTimeout's longest delay (about 24.8 days): a longer-lived token is waited out in steps. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Closes the connection (4401) once its token expires. */
function closeAtExpiry(connection: LiveConnection, expiresAt: Date): void {
  const left = expiresAt.getTime() - Date.now();
  if (left > 0) connection.expiry = setTimeout(() => closeAtExpiry(connection, expiresAt), Math.min(left, MAX_TIMER_MS));
  else connection.socket.close(CloseCode.Unauthorized, 'Sign-in expired: sign in again');
}

/**
 * Subscriptions over graphql-ws on the same path: the client sends its token
 * as `{ authorization: "Bearer <token>" }` when the connection opens, and a
 * connection without a valid one is closed (4403) before any operation runs,
 * and a connection is closed (4401) when its token expires. Operations pass
 * the same depth and cost limits as over HTTP.
 */
function liveOptions(authenticator: Authenticator): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'validate'> {
  return {
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const connection = ctx.extra as LiveConnection;
      try {
        const { viewer, expiresAt } = await authenticator.authenticate(typeof authorization === 'string' ? authorization : undefined);
        connection.viewer = viewer;
        closeAtExpiry(connection, expiresAt);
        return true;
      } catch {
        return false;
      }
    },
    onClose: (ctx) => clearTimeout((ctx.extra as LiveConnection).expiry),
    validate: (schema, document) => validate(schema, document, [...specifiedRules, ...queryLimitRules]),
  };
}

const withField = (field: string | undefined) => (field ? { field } : {});

export function graphqlOptions(authenticator: Authenticator): Omit<ApolloDriverConfig, 'driver'> {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    sortSchema: true,
    playground: false,
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: 5_000 },
    includeStacktraceInErrorResponses: false,
    // Guards run on root fields only: a field resolver runs once per item of every list, and none has a rule of
    // its own (access.int-spec keeps it so). Its errors are mapped in formatError below.
    fieldResolverEnhancers: [],
    // graphql-armor's types name Apollo's CommonJS build; the plugins are the same objects. Apollo's cache-control
    // plugin, on by default, would wrap every field of every response for cache hints nothing reads.
    plugins: [...(armor.plugins as NonNullable<ApolloDriverConfig['plugins']>), ApolloServerPluginCacheControlDisabled()],
    validationRules: queryLimitRules,
    allowBatchedHttpRequests: false,
    subscriptions: { 'graphql-ws': liveOptions(authenticator) },
    // Over HTTP, one request; over a live connection, one operation (with the viewer its token named).
    context: ({ req, extra }: { req?: FastifyRequest; extra?: LiveConnection }): GraphQLContext =>
      req ? { req, loaders: new RequestLoaders() } : { viewer: extra?.viewer, loaders: new RequestLoaders() },
    formatError: (formatted, error) => {
      // Errors take their final shape here; those that did not pass the exception filter are mapped too.
      const known = formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR';
      const { message, extensions } = known ? formatted : toGraphQLError(unwrapResolverError(error));
      return {
        message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: extensions?.code, ...withField((extensions?.field as string | undefined) ?? fieldOfVariableError(message)) },
      };
    },
  };
}
