import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { GraphQLWsSubscriptionsConfig } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { IncomingMessage } from 'node:http';
import {
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type GraphQLError,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { CloseCode, type ServerOptions } from 'graphql-ws';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import type { LiveSessions, LiveSocket } from '#directory/accounts';
import type { Viewer } from '#platform/auth';
import type { Settings } from '#platform/config';
import { fieldOfVariableError, toGraphQLError } from '#platform/errors';
import { DateTimeScalar, type GraphQLContext, costRefusal, queryCostPlugin, RequestLoaders } from '#platform/graphql';

/**
 * Query depth, alias and directive limits; the cost of what a query asks for
 * is query-cost.ts's rule, which needs the variables (a page size may be one).
 */
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  // Flat per field: query-cost.ts multiplies by the page sizes asked for instead.
  costLimit: { enabled: false },
  maxAliases: { n: 30 },
  maxDirectives: { n: 30 },
  // Counted by graphql-js's own parser (parseOptions below): armor's token plugin re-parses
  // in a hook, where a plain syntax error became an HTTP 500.
  maxTokens: { enabled: false },
  // Its mask leaves enum values and input fields suggested while variables are read: see hideSuggestions below.
  blockFieldSuggestion: { enabled: false },
}).protect();

/** graphql-armor's validation rules (depth, aliases, directives), over HTTP and live connections alike. */
export const queryLimitRules = armor.validationRules;

/** Tokens one document may hold: counted while parsing, so a huge document stops early. */
const MAX_TOKENS = 5_000;

/**
 * What production keeps to itself: the schema (introspection, unless
 * GRAPHQL_INTROSPECTION turns it on), and the names errors would suggest for
 * a mistyped field, argument, type, enum value or input field ("Did you mean
 * …?"), which spell the schema out a guess at a time.
 */
interface Disclosure {
  readonly rules: ValidationRule[];
  readonly hideSuggestions: boolean;
}

function disclosure(settings: Settings): Disclosure {
  return {
    rules: [...queryLimitRules, ...(settings.graphqlIntrospection ? [] : [NoSchemaIntrospectionCustomRule])],
    hideSuggestions: settings.production,
  };
}

/** graphql-js appends its suggestions to the end of a message. */
const withoutSuggestion = (message: string) => message.replace(/ ?Did you mean .+\?$/, '');

/** What a live connection carries (graphql-ws's `extra` on a `ws` server) once its token has been checked. */
interface LiveConnection {
  readonly socket: LiveSocket;
  /** The WebSocket upgrade request, with the cookie a browser sent. */
  readonly request: IncomingMessage;
  viewer?: Viewer;
  sessionId?: string;
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
 * Subscriptions over graphql-ws on the same path: the client signs in with
 * `{ authorization: "Bearer <token>" }` when the connection opens, or the
 * portal with its session cookie on the upgrade request (from a page of this
 * site only). A connection without a valid sign-in is closed (4403) before any
 * operation runs; it is closed (4401) when its token expires or its sign-in
 * ends. Operations pass the same token, depth, alias and cost limits as over
 * HTTP, the cost with the operation's own variables, and disclose as little:
 * graphql-js leaves out its suggestions itself, while validating and while
 * reading variables.
 */
function liveOptions(
  liveSessions: LiveSessions,
  schema: () => GraphQLSchema,
  { rules, hideSuggestions }: Disclosure,
): GraphQLWsSubscriptionsConfig & Pick<ServerOptions, 'onSubscribe'> {
  return {
    connectionInitWaitTimeout: 10_000,
    onConnect: async (ctx) => {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const connection = ctx.extra as LiveConnection;
      try {
        const { viewer, sessionId, expiresAt } = await liveSessions.connect(connection.socket, authorization, connection.request);
        connection.viewer = viewer;
        connection.sessionId = sessionId;
        closeAtExpiry(connection, expiresAt);
        return true;
      } catch {
        return false;
      }
    },
    onClose: (ctx) => {
      const connection = ctx.extra as LiveConnection;
      clearTimeout(connection.expiry);
      if (connection.sessionId) liveSessions.forget(connection.sessionId, connection.socket);
    },
    onSubscribe: (_ctx, _id, { query, variables, operationName }) => {
      let document;
      try {
        document = parse(query, { maxTokens: MAX_TOKENS });
      } catch (error) {
        return [error as GraphQLError];
      }
      const errors = validate(schema(), document, [...specifiedRules, ...rules], { hideSuggestions });
      if (errors.length > 0) return [...errors];
      const refusal = costRefusal(schema(), document, variables, operationName);
      if (refusal) return [refusal];
      return { schema: schema(), document, operationName, variableValues: variables, hideSuggestions };
    },
  };
}

const withField = (field: string | undefined) => (field ? { field } : {});

export function graphqlOptions(liveSessions: LiveSessions, settings: Settings): Omit<ApolloDriverConfig, 'driver'> {
  // Kept as Nest builds it, for checking operations on live connections.
  let schema: GraphQLSchema | undefined;
  const disclosed = disclosure(settings);
  return {
    transformSchema: (built: GraphQLSchema) => (schema = built),
    path: '/graphql',
    autoSchemaFile: true,
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: DateTimeScalar }] },
    sortSchema: true,
    playground: false,
    // Turned off by graphql-js's rule among the validation rules, over HTTP and live connections alike.
    introspection: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    // Guards run on root fields only: a field resolver runs once per item of every list, and none has a rule of
    // its own (access.int-spec keeps it so). Its errors are mapped in formatError below.
    fieldResolverEnhancers: [],
    // graphql-armor's types name Apollo's CommonJS build; the plugins are the same objects. Apollo's cache-control
    // plugin, on by default, would wrap every field of every response for cache hints nothing reads.
    plugins: [...(armor.plugins as NonNullable<ApolloDriverConfig['plugins']>), queryCostPlugin, ApolloServerPluginCacheControlDisabled()],
    validationRules: disclosed.rules,
    allowBatchedHttpRequests: false,
    subscriptions: { 'graphql-ws': liveOptions(liveSessions, () => schema!, disclosed) },
    // Over HTTP, one request and its response: Apollo's Fastify integration passes them. Over a live connection, one
    // operation: graphql-ws passes its own context, whose `extra` is the connection, with the viewer its sign-in named.
    context: (over: FastifyRequest | { extra: LiveConnection }, reply?: FastifyReply): GraphQLContext =>
      'extra' in over
        ? { live: true, viewer: over.extra.viewer, loaders: new RequestLoaders() }
        : { req: over, reply, loaders: new RequestLoaders() },
    formatError: (formatted, error) => {
      // Errors take their final shape here; those that did not pass the exception filter are mapped too.
      const known = formatted.extensions?.code && formatted.extensions.code !== 'INTERNAL_SERVER_ERROR';
      const { message, extensions } = known ? formatted : toGraphQLError(unwrapResolverError(error));
      return {
        // Apollo Server cannot ask graphql-js to leave its suggestions out of the variables it reads: taken out here.
        message: disclosed.hideSuggestions ? withoutSuggestion(message) : message,
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: extensions?.code, ...withField((extensions?.field as string | undefined) ?? fieldOfVariableError(message)) },
      };
    },
  };
}
