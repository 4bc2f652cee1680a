import type { Request } from 'express';
import type { Viewer } from '../auth/viewer.js';
import type { RequestLoaders } from './request-loaders.js';

/** What every resolver of one request shares. */
export interface GraphQLContext {
  readonly req: Request;
  readonly loaders: RequestLoaders;
  /** Set by the access guard once the bearer token has been checked. */
  viewer?: Viewer;
}
