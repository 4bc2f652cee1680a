export { AccountsModule } from './accounts.module.js';
export { AccountsService } from './accounts.service.js';
export type { SignedIn } from './accounts.service.js';
export { AuthPayloadObject } from './auth-payload.object.js';
export { Authenticator } from './authenticator.js';
export type { Account } from './authenticator.js';
