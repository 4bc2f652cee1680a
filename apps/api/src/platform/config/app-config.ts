import { isIP } from 'node:net';
import { resolve } from 'node:path';

/** Everything the API is configured with, validated once at boot. */
export interface AppConfig {
  readonly production: boolean;
  readonly host: string;
  readonly port: number;
  /** Null: start an embedded PostgreSQL under `dataDir`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** Null outside production: the launcher keeps one under `dataDir`. */
  readonly jwtSecret: string | null;
  readonly jwtTtl: string;
  /** Encrypts organisations' credential-signing keys at rest. Null outside production: kept under `dataDir`. */
  readonly credentialsSecret: string | null;
  /** Where the API is reached from outside: credential and issuer URLs start with it. */
  readonly publicUrl: string;
  readonly allowSignUp: boolean;
  /**
   * Whether a chat webhook may be a plain-http URL on 127.0.0.1, for tests that run a local receiver;
   * otherwise only https is accepted. Never in production.
   */
  readonly chatWebhookAllowLoopbackHttp: boolean;
  /** Wait before a failed chat post is tried again, doubled at each of its five retries. */
  readonly chatWebhookRetryDelaySeconds: number;
  readonly seedDemo: boolean;
  /** The built portal served beside the API; null serves none. */
  readonly portalDir: string | null;
  /** Per minute from one address: failed sign-ins and sign-up attempts (loginRateLimit), and mutations. */
  readonly loginRateLimit: number;
  readonly mutationRateLimit: number;
  /** Consecutive failed sign-ins of one account after which each further attempt waits, longer and longer. */
  readonly loginDelayAfter: number;
  /** Consecutive failed sign-ins of one account that lock it, for loginLockoutSeconds. */
  readonly loginLockoutAfter: number;
  readonly loginLockoutSeconds: number;
  /**
   * Proxies whose X-Forwarded-For is believed (IP addresses, CIDR ranges, or
   * loopback, linklocal, uniquelocal): the client's address, which limits are
   * counted by, is the last one not among them. Empty: the connection's own.
   */
  readonly trustedProxies: readonly string[];
  /** Redis for the live feed's pub/sub, shared by every API instance; null keeps it in this process. */
  readonly redisUrl: string | null;
  /** Whether GraphQL answers introspection (`__schema`, `__type`): off in production unless asked for. */
  readonly graphqlIntrospection: boolean;
  /** PostgreSQL cancels a statement running longer than this (milliseconds; 0: never). */
  readonly databaseStatementTimeoutMs: number;
  /**
   * How long to wait for a database connection, new or from the pool, before failing (milliseconds). A burst of
   * requests queues for the pool's ten connections: that is load, not a stall, so this is as long as a statement may run.
   */
  readonly databaseConnectTimeoutMs: number;
  /** What this instance runs: the API (HTTP and GraphQL), the background jobs (workers and schedules), or both. */
  readonly workers: Workers;
  /** SMTP server notifications and the newsletter are mailed through (smtp:// or smtps://); null mails nothing. */
  readonly smtpUrl: string | null;
  /** The From of every mail. */
  readonly mailFrom: string;
}

export const WORKER_MODES = ['api', 'jobs', 'both'] as const;
export type Workers = (typeof WORKER_MODES)[number];

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;

/** The API's configuration from environment variables: the only place that reads them. */
export function loadConfig(env: Env = process.env): AppConfig {
  const production = env.NODE_ENV === 'production';
  const jwtSecret = optional(env, 'JWT_SECRET');
  if (production && !jwtSecret) throw new ConfigError('JWT_SECRET is required when NODE_ENV=production');
  if (jwtSecret && jwtSecret.length < 32) throw new ConfigError('JWT_SECRET must be at least 32 characters');
  const credentialsSecret = optional(env, 'CREDENTIALS_SECRET');
  if (production && !credentialsSecret) throw new ConfigError('CREDENTIALS_SECRET is required when NODE_ENV=production');
  if (credentialsSecret && credentialsSecret.length < 32) throw new ConfigError('CREDENTIALS_SECRET must be at least 32 characters');
  const port = integer(env, 'PORT', 3000, 0, 65535);
  const publicUrl = (optional(env, 'PUBLIC_URL') ?? `http://localhost:${port}`).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError(`PUBLIC_URL must be an http(s) URL, got "${publicUrl}"`);
  const chatWebhookAllowLoopbackHttp = flag(env, 'CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP', false);
  if (production && chatWebhookAllowLoopbackHttp)
    throw new ConfigError('CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP is for tests: not allowed when NODE_ENV=production');
  const portalDir = optional(env, 'PORTAL_DIR') ?? 'apps/portal/dist';
  const redisUrl = optional(env, 'REDIS_URL');
  if (redisUrl && !/^rediss?:\/\/[^/]/.test(redisUrl))
    throw new ConfigError(`REDIS_URL must be a redis:// or rediss:// URL, got "${redisUrl}"`);
  const smtpUrl = optional(env, 'SMTP_URL');
  if (smtpUrl && !/^smtps?:\/\/[^/]/.test(smtpUrl)) throw new ConfigError('SMTP_URL must be an smtp:// or smtps:// URL');
  const mailFrom = optional(env, 'MAIL_FROM') ?? `Laurels <no-reply@${new URL(publicUrl).hostname}>`;
  if (!/^(?:[^<>@\s]+@[^<>@\s]+|[^<>]*<[^<>@\s]+@[^<>@\s]+>)$/.test(mailFrom))
    throw new ConfigError(`MAIL_FROM must be an address such as "Laurels <no-reply@example.com>", got "${mailFrom}"`);
  return {
    production,
    host: optional(env, 'HOST') ?? '0.0.0.0',
    port,
    databaseUrl: optional(env, 'DATABASE_URL'),
    dataDir: resolve(optional(env, 'DATA_DIR') ?? '.data'),
    jwtSecret,
    jwtTtl: optional(env, 'JWT_EXPIRES_IN') ?? '7d',
    credentialsSecret,
    publicUrl,
    allowSignUp: flag(env, 'ALLOW_SIGNUP', true),
    chatWebhookAllowLoopbackHttp,
    chatWebhookRetryDelaySeconds: integer(env, 'CHAT_WEBHOOK_RETRY_DELAY_SECONDS', 30, 1, 3600),
    // The demo's accounts share a published password: production seeds it only when told to.
    seedDemo: flag(env, 'SEED_DEMO', !production),
    portalDir: portalDir === 'none' ? null : resolve(portalDir),
    loginRateLimit: integer(env, 'LOGIN_RATE_LIMIT', 20, 1, 1_000_000),
    mutationRateLimit: integer(env, 'MUTATION_RATE_LIMIT', 300, 1, 1_000_000),
    loginDelayAfter: integer(env, 'LOGIN_DELAY_AFTER', 5, 1, 1_000),
    loginLockoutAfter: integer(env, 'LOGIN_LOCKOUT_AFTER', 10, 1, 1_000),
    loginLockoutSeconds: integer(env, 'LOGIN_LOCKOUT_SECONDS', 900, 1, 7 * 24 * 3600),
    trustedProxies: proxies(env, 'TRUSTED_PROXIES'),
    redisUrl,
    graphqlIntrospection: flag(env, 'GRAPHQL_INTROSPECTION', !production),
    databaseStatementTimeoutMs: integer(env, 'DATABASE_STATEMENT_TIMEOUT_MS', 30_000, 0, 3_600_000),
    databaseConnectTimeoutMs: integer(env, 'DATABASE_CONNECT_TIMEOUT_MS', 30_000, 100, 600_000),
    workers: oneOf(env, 'WORKERS', WORKER_MODES, 'both'),
    smtpUrl,
    mailFrom,
  };
}

function optional(env: Env, name: string): string | null {
  const value = env[name]?.trim();
  return value ? value : null;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

/** The names Fastify's trustProxy (proxy-addr) knows for common ranges. */
const PROXY_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxies(env: Env, name: string): string[] {
  const entries = (optional(env, name) ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const entry of entries) {
    const [address, prefix, ...rest] = entry.split('/');
    const version = isIP(address!);
    const validPrefix = prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 6 ? 128 : 32));
    if (!PROXY_RANGES.has(entry) && (version === 0 || !validPrefix || rest.length > 0)) {
      throw new ConfigError(
        `${name} must list IP addresses or CIDR ranges (or loopback, linklocal, uniquelocal), separated by commas; "${entry}" is none of them`,
      );
    }
  }
  return entries;
}

function oneOf<T extends string>(env: Env, name: string, choices: readonly T[], fallback: T): T {
  const raw = optional(env, name)?.toLowerCase();
  if (!raw) return fallback;
  if (!(choices as readonly string[]).includes(raw)) throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${raw}"`);
  return raw as T;
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = optional(env, name)?.toLowerCase();
  if (raw === undefined || raw === null) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}
