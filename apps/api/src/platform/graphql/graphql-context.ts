import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '#platform/auth';
import type { RequestLoaders } from './request-loaders.js';

/** What every resolver of one request shares. */
export interface GraphQLContext {
  /**
   * The HTTP request. For operations on a live (WebSocket) connection Nest
   * puts graphql-ws's own context here instead: read `live` first.
   */
  readonly req?: FastifyRequest;
  /** Set for operations on a live connection, which has no HTTP request of its own. */
  readonly live?: true;
  /** The HTTP response under way, for the headers a resolver sets (the session cookie); absent on a live connection. */
  readonly reply?: FastifyReply;
  /** Replaced for each event a subscription delivers: every event is read afresh. */
  loaders: RequestLoaders;
  /** Set by the access guard once the token has been checked, or when a live connection opened. */
  viewer?: Viewer;
}
