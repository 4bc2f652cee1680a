export { AccountsModule } from './accounts.module.js';
export { AccountsService } from './accounts.service.js';
export { AuthPayloadObject } from './auth-payload.object.js';
export { Authenticator } from './authenticator.js';
export type { Account } from './authenticator.js';
export { LiveSessions, type LiveSocket } from './live-sessions.js';
export { SessionCookie } from './session-cookie.js';
export { Session } from './session.entity.js';
export { SessionsService, type SignedIn } from './sessions.service.js';
