// Scale Support, made by seed:scale: the organisation and its catalogue through the API's own
// services, the bulk through the set-based steps of scale-steps.mjs, in one transaction. Takes a
// Nest application of the API (the built one when seed-scale.mjs runs it, the sources in a test).
import { Role } from '@laurels/domain';
import { DataSource } from 'typeorm';
// Through the capabilities' public entries (their index files), as the API's own code imports them.
import { CredentialsService } from '../../apps/api/dist/achievements/credentials/index.js';
import { MilestonesService } from '../../apps/api/dist/activities/milestones/index.js';
import { SignUpService } from '../../apps/api/dist/activities/sign-up/index.js';
import { CertificationsService } from '../../apps/api/dist/catalog/certifications/index.js';
import { CoursesService, LearningPathsService } from '../../apps/api/dist/catalog/courses/index.js';
import { OrganizationsService } from '../../apps/api/dist/directory/organizations/index.js';
import { hashPassword } from '../../apps/api/dist/platform/auth/index.js';
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

/** Shares of the celebrations; badges and level-ups, which the ledger decides, fill the rest. */
const SHARES = { kudos: 0.4, praise: 0.15, stories: 0.1 };
const DAY_MS = 24 * 60 * 60 * 1000;

/** Runs one labelled step of the seed; the script times and prints them. */
const quietly = (_label, work) => work();

/**
 * Seeds Scale Support in `app`'s database: `users` people in teams of `teamSize` (100 unless
 * given), `ledger` ledger rows, `celebrations` celebrations, all with `password`. `moreFacts(db,
 * plan)`, when given, writes facts of the caller's own with their ledger rows, in the seed's
 * transaction before the bulk of the ledger (which they are part of), the awards and the
 * rebuild. Returns its id and admin's, and what the celebrations are; a failure removes the
 * half-made organisation (its rows cascade).
 */
export async function seedScaleOrganization(app, { users, ledger, celebrations, password, teamSize = 100, moreFacts }, step = quietly) {
  const { organization, admin } = await step('organisation, values, courses', () => createOrganization(app, password));
  try {
    const plan = {
      users,
      ledger,
      celebrations,
      organizationId: organization.id,
      adminId: admin.id,
      teams: Math.max(1, Math.round(users / teamSize)),
      passwordHash: await hashPassword(password),
      values: VALUES,
      moreFacts,
    };
    const tally = await seedBulk(app, plan, step);
    await step('team milestones', () => setMilestones(app, organization.id));
    return { organizationId: organization.id, adminId: admin.id, tally };
  } catch (error) {
    await app.get(DataSource).query('DELETE FROM organizations WHERE id = $1', [organization.id]);
    throw error;
  }
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
async function seedBulk(app, plan, step) {
  return app.get(DataSource).transaction(async (db) => {
    await db.query(`SET LOCAL work_mem = '256MB'`);
    await db.query(`SET LOCAL maintenance_work_mem = '512MB'`);
    await db.query(`SET LOCAL synchronous_commit = off`);
    // Reproducible draws: the same sizes seed the same shapes (ids aside).
    await db.query('SELECT setseed(0.42)');
    await step(`${plan.users} people in ${plan.teams} teams`, () => createPeople(db, plan));
    const buildLedgerIndexes = await dropSecondaryIndexes(db, 'points_entries');
    const tally = await seedRecognition(db, app.get(CredentialsService), plan, step);
    await step('ledger indexes built', buildLedgerIndexes);
    await step('reactions and comments', () => createReactionsAndComments(db, plan));
    await step('derived tables rebuilt from the ledger', () => rebuildDerivedTables(db, plan.organizationId));
    return tally;
  });
}

/** Kudos, praise and stories with their ledger rows, the bulk of the ledger, then the badges and level-ups it earns, up to the celebrations asked for. */
async function seedRecognition(db, credentials, plan, step) {
  const kudos = Math.round(plan.celebrations * SHARES.kudos);
  const praised = Math.round(plan.celebrations * SHARES.praise);
  const stories = Math.round(plan.celebrations * SHARES.stories);
  await step(`${kudos} kudos`, () => createKudos(db, plan, kudos));
  await step(`${praised} customer praises, ${praised * 2} ratings`, () => createFeedback(db, plan, praised));
  await step(`${stories} success stories`, () => createStories(db, plan, stories));
  if (plan.moreFacts) await step('the caller’s facts', () => plan.moreFacts(db, plan));
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
