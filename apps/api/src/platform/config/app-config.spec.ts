import { ConfigError, loadConfig } from './app-config.js';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'j'.repeat(32), CREDENTIALS_SECRET: 'c'.repeat(32) };

describe('loadConfig', () => {
  it('turns introspection off in production unless GRAPHQL_INTROSPECTION turns it on, and leaves it on elsewhere', () => {
    expect(loadConfig(PRODUCTION).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...PRODUCTION, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(loadConfig({}).graphqlIntrospection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(
      new ConfigError('GRAPHQL_INTROSPECTION must be true or false, got "maybe"'),
    );
  });

  it('seeds the demo, whose accounts share a published password, outside production only, unless SEED_DEMO says otherwise', () => {
    expect(loadConfig(PRODUCTION).seedDemo).toBe(false);
    expect(loadConfig({ ...PRODUCTION, SEED_DEMO: 'true' }).seedDemo).toBe(true);
    expect(loadConfig({}).seedDemo).toBe(true);
    expect(loadConfig({ SEED_DEMO: 'false' }).seedDemo).toBe(false);
  });

  it('waits 30 s for a statement and for a connection unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ databaseStatementTimeoutMs: 30_000, databaseConnectTimeoutMs: 30_000 });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', DATABASE_CONNECT_TIMEOUT_MS: '2000' })).toMatchObject({
      databaseStatementTimeoutMs: 0,
      databaseConnectTimeoutMs: 2_000,
    });
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '0' })).toThrow(
      'DATABASE_CONNECT_TIMEOUT_MS must be a whole number from 100 to 600000, got "0"',
    );
    expect(() => loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '5s' })).toThrow('DATABASE_STATEMENT_TIMEOUT_MS must be a whole number');
  });

  it('runs both the API and the jobs unless WORKERS names one, and refuses anything else', () => {
    expect(loadConfig({}).workers).toBe('both');
    expect(loadConfig({ WORKERS: 'jobs' }).workers).toBe('jobs');
    expect(loadConfig({ WORKERS: 'API' }).workers).toBe('api');
    expect(() => loadConfig({ WORKERS: 'cron' })).toThrow('WORKERS must be one of api, jobs, both, got "cron"');
  });

  it('mails nothing without SMTP_URL, refuses a URL that is not SMTP and a From that is no address', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://laurels.example.com' })).toMatchObject({
      smtpUrl: null,
      mailFrom: 'Laurels <no-reply@laurels.example.com>',
    });
    expect(loadConfig({ SMTP_URL: 'smtps://user:secret@mail.example.com:465' }).smtpUrl).toBe('smtps://user:secret@mail.example.com:465');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.com' })).toThrow('SMTP_URL must be an smtp:// or smtps:// URL');
    expect(() => loadConfig({ MAIL_FROM: 'nobody' })).toThrow('MAIL_FROM must be an address');
  });

  it('accepts plain-http chat webhooks on 127.0.0.1 only when told to, and never in production', () => {
    expect(loadConfig({}).chatWebhookAllowLoopbackHttp).toBe(false);
    expect(loadConfig({ CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true' }).chatWebhookAllowLoopbackHttp).toBe(true);
    expect(() => loadConfig({ ...PRODUCTION, CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP: 'true' })).toThrow(
      new ConfigError('CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP is for tests: not allowed when NODE_ENV=production'),
    );
  });
});
