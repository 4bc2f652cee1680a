import type { FastifyRequest } from 'fastify';
import type { Account } from '../auth/authenticator.js';
import type { Viewer } from '../auth/viewer.js';
import type { RequestLoaders } from './request-loaders.js';

/** What every resolver of one request shares. */
export interface GraphQLContext {
  /** The HTTP request; absent for operations on a live (WebSocket) connection. */
  readonly req?: FastifyRequest;
  /** Replaced for each event a subscription delivers: every event is read afresh. */
  loaders: RequestLoaders;
  /** Set by the access guard once the bearer token has been checked, or when a live connection opened. */
  viewer?: Viewer;
  /** The viewer's own row and organisation, as read with the token over HTTP: `me` and `organization` read them here. */
  account?: Account;
  /** The one reading of the token and its account, shared by the root fields of the request. */
  authenticating?: Promise<Account>;
}
