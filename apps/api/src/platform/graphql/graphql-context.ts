import type { FastifyRequest } from 'fastify';
import type { Viewer } from '#platform/auth';
import type { RequestLoaders } from './request-loaders.js';

/** What every resolver of one request shares. */
export interface GraphQLContext {
  /** The HTTP request; absent for operations on a live (WebSocket) connection. */
  readonly req?: FastifyRequest;
  /** Replaced for each event a subscription delivers: every event is read afresh. */
  loaders: RequestLoaders;
  /** Set by the access guard once the bearer token has been checked, or when a live connection opened. */
  viewer?: Viewer;
}
