import { Initial1795432216212 } from './1795432216212-Initial.js';

/** Every migration, oldest first. Generated entries: keep the order. */
export const MIGRATIONS = [Initial1795432216212];
