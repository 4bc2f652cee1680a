#!/usr/bin/env node
// Seeds an organisation the size of a real contact centre, for benchmarks: see USAGE.
// Imports the built API (npm run seed:scale builds it first): the organisation, its courses,
// milestones and credentials go through the product's own services; the bulk is set-based SQL.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../../apps/api/dist/app/index.js';
import { ConfigError, loadConfig, openRuntime } from '../../apps/api/dist/platform/config/index.js';
import { ORGANIZATION } from './scale-content.mjs';
import { seedScaleOrganization } from './scale-organization.mjs';

const USAGE = `Seeds the organisation "Scale Support" at the size of a real contact centre.

  npm run seed:scale -- --database-url URL --password P [--users N] [--ledger M] [--celebrations C]

  --database-url  the PostgreSQL to seed (migrated first when it is empty)
  --password      everyone's password, 8 to 200 characters
  --users         people, agent1@scale.example … agentN@scale.example, in N/100 teams
                  whose first person manages them (default 20000); the admin is admin@scale.example
  --ledger        points-ledger rows over the last 365 days, skewed so a few people earn
                  most (default 2000000; the badges they earn add their bonus rows)
  --celebrations  feed celebrations: kudos, customer praise, stories, badges, level-ups,
                  with reactions and comments (default 200000)

Signing keys and credentials use CREDENTIALS_SECRET and PUBLIC_URL as the API does (the
secret kept under DATA_DIR without them): give the API the same. Refuses a database that
already has Scale Support.`;

const DEFAULTS = { users: 20_000, ledger: 2_000_000, celebrations: 200_000 };

class UsageError extends Error {}

function parsed(argv) {
  const names = ['database-url', 'password', 'users', 'ledger', 'celebrations'];
  try {
    return parseArgs({
      args: argv,
      options: { ...Object.fromEntries(names.map((name) => [name, { type: 'string' }])), help: { type: 'boolean' } },
    }).values;
  } catch (error) {
    throw new UsageError(error.message);
  }
}

function options(argv) {
  const values = parsed(argv);
  if (values.help) return null;
  const count = (name, min) => {
    const raw = values[name] ?? String(DEFAULTS[name]);
    const value = Number(raw.replaceAll('_', ''));
    if (!Number.isSafeInteger(value) || value < min)
      throw new UsageError(`--${name} must be a whole number of at least ${min}, got "${raw}"`);
    return value;
  };
  const databaseUrl = values['database-url'];
  if (!databaseUrl) throw new UsageError('--database-url is required');
  const password = values.password;
  if (!password || password.length < 8 || password.length > 200) throw new UsageError('--password is required, 8 to 200 characters');
  return { databaseUrl, password, users: count('users', 2), ledger: count('ledger', 0), celebrations: count('celebrations', 0) };
}

/** Whether the database already holds Scale Support (an empty database holds nothing yet). */
async function alreadySeeded(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const [{ migrated }] = (await client.query(`SELECT to_regclass('public.organizations') IS NOT NULL AS migrated`)).rows;
    if (!migrated) return false;
    return (await client.query('SELECT 1 FROM organizations WHERE name = $1', [ORGANIZATION.organizationName])).rowCount > 0;
  } finally {
    await client.end();
  }
}

async function step(label, work) {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s`);
  return result;
}

/** Fresh statistics and visibility maps, as autovacuum would leave them on a database in use. */
async function vacuum(app) {
  for (const table of [
    'users',
    'teams',
    'points_entries',
    'kudos',
    'customer_feedback',
    'celebrations',
    'celebration_reactions',
    'celebration_comments',
    'badge_awards',
    'credentials',
  ]) {
    await app.get(DataSource).query(`VACUUM (ANALYZE) ${table}`);
  }
}

async function summary(app, organizationId) {
  const [row] = await app.get(DataSource).query(
    `SELECT (SELECT count(*) FROM users WHERE organization_id = $1)::int AS people,
            (SELECT count(*) FROM teams WHERE organization_id = $1)::int AS teams,
            (SELECT count(*) FROM points_entries WHERE organization_id = $1)::int AS ledger,
            (SELECT count(*) FROM celebrations WHERE organization_id = $1)::int AS celebrations,
            (SELECT count(*) FROM celebration_reactions r JOIN celebrations c ON c.id = r.celebration_id WHERE c.organization_id = $1)::int AS reactions,
            (SELECT count(*) FROM celebration_comments m JOIN celebrations c ON c.id = m.celebration_id WHERE c.organization_id = $1)::int AS comments`,
    [organizationId],
  );
  return row;
}

async function main() {
  const given = options(process.argv.slice(2));
  if (!given) {
    console.log(USAGE);
    return 0;
  }
  if (await alreadySeeded(given.databaseUrl)) {
    console.error(
      `This database already has the organisation "${ORGANIZATION.organizationName}": seed:scale creates it once. Seed an empty database, or delete that organisation first.`,
    );
    return 1;
  }
  const started = performance.now();
  const logger = new Logger('SeedScale');
  // The bulk load's set-based statements run for as long as the organisation's size takes: no statement timeout.
  const runtime = await openRuntime(
    { ...loadConfig(), databaseUrl: given.databaseUrl, seedDemo: false, portalDir: null, databaseStatementTimeoutMs: 0 },
    logger,
  );
  const app = await createApp(runtime.settings, { logLevels: ['error', 'warn'] });
  try {
    await step('API started, database migrated', () => app.init());
    const { organizationId, tally } = await seedScaleOrganization(app, given, step);
    await step('vacuum and analyse', () => vacuum(app));
    const seeded = await summary(app, organizationId);
    console.log(
      `Seeded "${ORGANIZATION.organizationName}" in ${((performance.now() - started) / 1000).toFixed(1)} s: ${seeded.people} people (admin ${ORGANIZATION.adminEmail}, ` +
        `agent1…agent${given.users}@scale.example), ${seeded.teams} teams, ${seeded.ledger} ledger rows, ${seeded.celebrations} celebrations ` +
        `(${tally.kudos} kudos, ${tally.praised} praises, ${tally.awards} badges, ${tally.levels} level-ups), ${seeded.reactions} reactions, ${seeded.comments} comments.`,
    );
    return 0;
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error) => {
    console.error(
      error instanceof UsageError
        ? `${error.message}\n\n${USAGE}`
        : error instanceof ConfigError
          ? error.message
          : (error?.stack ?? String(error)),
    );
    process.exit(error instanceof UsageError ? 2 : 1);
  });
