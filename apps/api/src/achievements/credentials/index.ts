export { Credential } from './credential.entity.js';
export { StatusList } from './status-list.entity.js';
export { CredentialsModule } from './credentials.module.js';
export { CredentialsService } from './credentials.service.js';
export { SigningKeysService } from './signing-keys.service.js';
