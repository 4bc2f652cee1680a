#!/usr/bin/env node
// Seeds an organisation the size of a real contact centre, for benchmarks: see USAGE.
// Imports the built API (npm run seed:scale builds it first): the organisation, its courses,
// milestones and credentials go through the product's own services; the bulk is set-based SQL.
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { Role } from '@laurels/domain';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
// Through the capabilities' public entries (their index files), as the API's own code imports them.
import { CredentialsService } from '../../apps/api/dist/achievements/credentials/index.js';
import { MilestonesService } from '../../apps/api/dist/activities/milestones/index.js';
import { SignUpService } from '../../apps/api/dist/activities/sign-up/index.js';
import { createApp } from '../../apps/api/dist/app/index.js';
import { CertificationsService } from '../../apps/api/dist/catalog/certifications/index.js';
import { CoursesService, LearningPathsService } from '../../apps/api/dist/catalog/courses/index.js';
import { OrganizationsService } from '../../apps/api/dist/directory/organizations/index.js';
import { hashPassword } from '../../apps/api/dist/platform/auth/index.js';
import { ConfigError, loadConfig, openRuntime } from '../../apps/api/dist/platform/config/index.js';
import { CERTIFICATIONS, COURSES, LEARNING_PATH, ORGANIZATION, TEAM_MILESTONE, VALUES } from './scale-content.mjs';
import {
  awardPointsBadges,
  celebrateLevels,
  createFeedback,
  createKudos,
  createLedger,
  createPeople,
  createReactionsAndComments,
  createStories,
  dropSecondaryIndexes,
  rebuildDerivedTables,
  recipients,
} from './scale-steps.mjs';

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
/** Shares of the celebrations; badges and level-ups, which the ledger decides, fill the rest. */
const SHARES = { kudos: 0.4, praise: 0.15, stories: 0.1 };
const DAY_MS = 24 * 60 * 60 * 1000;

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

/** The organisation through sign-up's own path (admin, default badges, signing key), then its values, courses, path and certification. */
async function createOrganization(app, password) {
  const { organization, admin } = await app.get(SignUpService).createOrganization({ ...ORGANIZATION, adminPassword: password });
  const viewer = { userId: admin.id, organizationId: organization.id, role: Role.ADMIN };
  await app.get(OrganizationsService).setValues(viewer, VALUES);
  const courses = app.get(CoursesService);
  const courseIds = new Map();
  for (const { modules, ...course } of COURSES) {
    const created = await courses.create(viewer, course);
    for (const module of modules) await courses.addModule(viewer, { ...module, courseId: created.id });
    await courses.publish(viewer, created.id);
    courseIds.set(course.title, created.id);
  }
  await app
    .get(LearningPathsService)
    .create(viewer, { ...LEARNING_PATH, courseIds: LEARNING_PATH.courseTitles.map((title) => courseIds.get(title)) });
  for (const { courseTitles, ...certification } of CERTIFICATIONS) {
    await app
      .get(CertificationsService)
      .create(viewer, { ...certification, requiredCourseIds: courseTitles.map((title) => courseIds.get(title)) });
  }
  return { organization, admin };
}

/** The people, facts, ledger, awards and celebrations, in one transaction; the derived tables rebuilt from the ledger last. */
async function seedBulk(app, plan) {
  return app.get(DataSource).transaction(async (db) => {
    await db.query(`SET LOCAL work_mem = '256MB'`);
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await db.query(`SET LOCAL synchronous_commit = off`);
    // Reproducible draws: the same sizes seed the same shapes (ids aside).
    await db.query('SELECT setseed(0.42)');
    await step(`${plan.users} people in ${plan.teams} teams`, () => createPeople(db, plan));
    const buildLedgerIndexes = await dropSecondaryIndexes(db, 'points_entries');
    const tally = await seedRecognition(db, app.get(CredentialsService), plan);
    await step('ledger indexes built', buildLedgerIndexes);
    await step('reactions and comments', () => createReactionsAndComments(db, plan));
    await step('derived tables rebuilt from the ledger', () => rebuildDerivedTables(db, plan.organizationId));
    return tally;
  });
}

/** Kudos, praise and stories with their ledger rows, the bulk of the ledger, then the badges and level-ups it earns, up to the celebrations asked for. */
async function seedRecognition(db, credentials, plan) {
  const kudos = Math.round(plan.celebrations * SHARES.kudos);
  const praised = Math.round(plan.celebrations * SHARES.praise);
  const stories = Math.round(plan.celebrations * SHARES.stories);
  await step(`${kudos} kudos`, () => createKudos(db, plan, kudos));
  await step(`${praised} customer praises, ${praised * 2} ratings`, () => createFeedback(db, plan, praised));
  await step(`${stories} success stories`, () => createStories(db, plan, stories));
  const [{ count: factRows }] = await db.query('SELECT count(*)::int AS count FROM points_entries WHERE organization_id = $1', [
    plan.organizationId,
  ]);
  const ledger = Math.max(0, plan.ledger - factRows);
  await step(`${ledger} ledger rows`, () => createLedger(db, plan, ledger));
  const awards = await step('points badges earned', () => awardPointsBadges(db, plan));
  await step(`${awards.length} signed badge credentials`, () => issueCredentials(db, credentials, plan, awards));
  const levelBudget = plan.celebrations - kudos - praised - stories - awards.length;
  const levels = await step('level-ups', () => celebrateLevels(db, plan, levelBudget));
  if (levelBudget - levels > 0)
    await step(`${levelBudget - levels} more success stories`, () => createStories(db, plan, levelBudget - levels));
  return { kudos, praised, awards: awards.length, levels };
}

/** Each award's Open Badges credential, signed with the organisation's key by the product's CredentialsService. */
async function issueCredentials(db, credentials, plan, awards) {
  const people = new Map((await recipients(db, [...new Set(awards.map((award) => award.userId))])).map((person) => [person.id, person]));
  await credentials.issueMany(
    db,
    awards.map(({ id, userId, awardedAt, badge }) => ({
      kind: 'BADGE',
      awardId: id,
      organization: { id: plan.organizationId, name: ORGANIZATION.organizationName },
      recipient: people.get(userId),
      achievement: {
        id: badge.id,
        name: badge.name,
        description: badge.description,
        criteria: badge.criteria,
        tier: badge.tier,
        icon: badge.icon,
      },
      issuedAt: awardedAt,
      expiresAt: null,
    })),
  );
}

/** One milestone per team, set by its manager through the product (which checks whether the facts already reach it). */
async function setMilestones(app, organizationId) {
  const teams = await app
    .get(DataSource)
    .query('SELECT id, manager_id AS "managerId" FROM teams WHERE organization_id = $1', [organizationId]);
  const milestones = app.get(MilestonesService);
  const startsAt = new Date(Date.now() - TEAM_MILESTONE.startedDaysAgo * DAY_MS);
  for (const team of teams) {
    await milestones.create(
      { userId: team.managerId, organizationId, role: Role.MANAGER },
      {
        teamId: team.id,
        title: TEAM_MILESTONE.title,
        metric: TEAM_MILESTONE.metric,
        target: TEAM_MILESTONE.target,
        startsAt,
        endsAt: new Date(startsAt.getTime() + TEAM_MILESTONE.lastsDays * DAY_MS),
      },
    );
  }
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
  let organizationId = null;
  try {
    await step('API started, database migrated', () => app.init());
    const { organization, admin } = await step('organisation, values, courses', () => createOrganization(app, given.password));
    organizationId = organization.id;
    const passwordHash = await hashPassword(given.password);
    const plan = {
      ...given,
      organizationId,
      adminId: admin.id,
      teams: Math.max(1, Math.round(given.users / 100)),
      passwordHash,
      values: VALUES,
    };
    const tally = await seedBulk(app, plan);
    await step('team milestones', () => setMilestones(app, organizationId));
    await step('vacuum and analyse', () => vacuum(app));
    const seeded = await summary(app, organizationId);
    console.log(
      `Seeded "${ORGANIZATION.organizationName}" in ${((performance.now() - started) / 1000).toFixed(1)} s: ${seeded.people} people (admin ${ORGANIZATION.adminEmail}, ` +
        `agent1…agent${given.users}@scale.example), ${seeded.teams} teams, ${seeded.ledger} ledger rows, ${seeded.celebrations} celebrations ` +
        `(${tally.kudos} kudos, ${tally.praised} praises, ${tally.awards} badges, ${tally.levels} level-ups), ${seeded.reactions} reactions, ${seeded.comments} comments.`,
    );
    return 0;
  } catch (error) {
    // Half an organisation would make the next run refuse: take it away again (its rows cascade).
    if (organizationId) await app.get(DataSource).query('DELETE FROM organizations WHERE id = $1', [organizationId]);
    throw error;
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
