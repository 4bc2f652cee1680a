export { ACCESS_METADATA, CurrentViewer, Public, RequireRole, SignedIn } from './access.decorators.js';
export type { AccessRule } from './access.decorators.js';
export { NO_PASSWORD, hashPassword, verifyNothing, verifyPassword } from './password.js';
export { assertStrongPassword } from './password-policy.js';
export type { PasswordOwner } from './password-policy.js';
export { TokenService } from './token.service.js';
export type { IssuedToken, TokenClaims, VerifiedToken } from './token.service.js';
export type { Viewer } from './viewer.js';
