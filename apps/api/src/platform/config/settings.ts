import type { AppConfig, Workers } from './app-config.js';

/**
 * The configuration the running API uses: AppConfig with the database and the
 * signing secret resolved. Injected by this class as its token.
 */
export abstract class Settings implements AppConfig {
  abstract readonly production: boolean;
  abstract readonly host: string;
  abstract readonly port: number;
  abstract readonly databaseUrl: string;
  abstract readonly dataDir: string;
  abstract readonly jwtSecret: string;
  abstract readonly jwtTtl: string;
  abstract readonly credentialsSecret: string;
  abstract readonly publicUrl: string;
  abstract readonly allowSignUp: boolean;
  abstract readonly chatWebhookAllowLoopbackHttp: boolean;
  abstract readonly chatWebhookRetryDelaySeconds: number;
  abstract readonly seedDemo: boolean;
  abstract readonly portalDir: string | null;
  abstract readonly loginRateLimit: number;
  abstract readonly mutationRateLimit: number;
  abstract readonly loginDelayAfter: number;
  abstract readonly loginLockoutAfter: number;
  abstract readonly loginLockoutSeconds: number;
  abstract readonly trustedProxies: readonly string[];
  abstract readonly redisUrl: string | null;
  abstract readonly graphqlIntrospection: boolean;
  abstract readonly databaseStatementTimeoutMs: number;
  abstract readonly databaseConnectTimeoutMs: number;
  abstract readonly workers: Workers;
  abstract readonly smtpUrl: string | null;
  abstract readonly mailFrom: string;
}
