import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { verifyPassword } from '../src/platform/auth/password.js';
import { createTestDatabase } from './support/database.js';
import { expectTotalsMatchLedger } from './support/totals.js';
import { Processes, type ApiProcess } from './support/processes.js';

/**
 * `npm run seed:scale` (tools/scale/seed-scale.mjs, which runs the built API's services) at a tiny
 * size, then the seeded organisation read back: everything the product derives from the ledger
 * agrees with it, and the real API signs in, verifies and awards on it as on any organisation.
 */

const WORKSPACE = resolve(import.meta.dirname, '../../..');
const PASSWORD = 'scale-test-password';
const SIZE = { users: 50, ledger: 3_000, celebrations: 400 };
const run = promisify(execFile);

describe('seed:scale', () => {
  const processes = new Processes();
  const secrets = {
    CREDENTIALS_SECRET: randomBytes(32).toString('hex'),
    JWT_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: 'http://laurels.test',
  };
  let databaseUrl: string;
  let db: pg.Client;
  let organizationId: string;

  const seed = () =>
    run(
      process.execPath,
      [
        'tools/scale/seed-scale.mjs',
        `--database-url=${databaseUrl}`,
        `--password=${PASSWORD}`,
        ...Object.entries(SIZE).map(([name, value]) => `--${name}=${value}`),
      ],
      { cwd: WORKSPACE, env: { ...process.env, ...secrets } },
    );
  const rows = async <T = Record<string, any>>(text: string, params: unknown[] = [organizationId]) =>
    (await db.query(text, params)).rows as T[];
  const one = async <T = Record<string, any>>(text: string, params?: unknown[]) => (await rows<T>(text, params))[0]!;

  beforeAll(async () => {
    databaseUrl = await createTestDatabase('seed_scale');
    await seed();
    db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    ({ id: organizationId } = await one<{ id: string }>(`SELECT id FROM organizations WHERE name = 'Scale Support'`, []));
  }, 120_000);

  afterAll(async () => {
    await processes.stopAll();
    await db?.end();
  });

  it('creates Scale Support: its admin, agent1 to agentN in N/100 teams (one at least), each team managed by its first person', async () => {
    const people = await rows<{ email: string; role: string; teamId: string | null }>(
      `SELECT email, role, team_id AS "teamId" FROM users WHERE organization_id = $1`,
    );
    expect(people).toHaveLength(SIZE.users + 1);
    expect(people.filter((person) => person.role === 'ADMIN').map((person) => person.email)).toEqual(['admin@scale.example']);
    expect(new Set(people.filter((person) => person.role !== 'ADMIN').map((person) => person.email))).toEqual(
      new Set(Array.from({ length: SIZE.users }, (_, index) => `agent${index + 1}@scale.example`)),
    );
    const teams = await rows(
      `SELECT t.id, m.email AS manager, m.role, m.team_id = t.id AS "managesOwnTeam" FROM teams t JOIN users m ON m.id = t.manager_id WHERE t.organization_id = $1`,
    );
    expect(teams).toEqual([{ id: expect.any(String), manager: 'agent1@scale.example', role: 'MANAGER', managesOwnTeam: true }]);
    expect(
      (await one(`SELECT count(*)::int AS count FROM courses WHERE organization_id = $1 AND status = 'PUBLISHED'`)).count,
    ).toBeGreaterThan(3);
    expect((await one(`SELECT signing_public_jwk IS NOT NULL AS signs FROM organizations WHERE id = $1`)).signs).toBe(true);
  });

  it('gives everyone the password asked for', async () => {
    const hashes = await rows<{ passwordHash: string }>(
      `SELECT DISTINCT password_hash AS "passwordHash" FROM users WHERE organization_id = $1 AND role <> 'ADMIN'`,
    );
    expect(hashes).toHaveLength(1);
    expect(await verifyPassword(PASSWORD, hashes[0]!.passwordHash)).toBe(true);
  });

  it('keeps every person’s points equal to their ledger, at least the rows asked for, skewed toward a few people', async () => {
    const { mismatched } = await one(
      `SELECT count(*) FILTER (WHERE u.points <> COALESCE((SELECT sum(amount) FROM points_entries p WHERE p.user_id = u.id), 0))::int AS mismatched
         FROM users u WHERE u.organization_id = $1`,
    );
    expect(mismatched).toBe(0);
    const ledger = await one(
      `SELECT count(*)::int AS count, min(created_at) > now() - interval '366 days' AS "withinAYear" FROM points_entries WHERE organization_id = $1`,
    );
    expect(ledger.count).toBeGreaterThanOrEqual(SIZE.ledger);
    expect(ledger.withinAYear).toBe(true);
    const spread = await one(
      `SELECT max(points) AS top, percentile_disc(0.5) WITHIN GROUP (ORDER BY points) AS median FROM users WHERE organization_id = $1 AND role <> 'ADMIN'`,
    );
    expect(spread.top).toBeGreaterThan(3 * spread.median);
  });

  it('keeps every table derived from the facts consistent with them: period totals, people found by name, engagement', async () => {
    await expectTotalsMatchLedger({ sql: (text, params) => rows(text, params) }, organizationId);
    const unsearchable = await one(
      `SELECT count(*)::int AS count FROM users u WHERE u.organization_id = $1 AND NOT EXISTS (SELECT 1 FROM user_search_terms t WHERE t.user_id = u.id)`,
    );
    expect(unsearchable.count).toBe(0);
    const { engaged, wrong } = await one(
      `SELECT count(*) FILTER (WHERE c.engagement > 0)::int AS engaged,
              count(*) FILTER (WHERE c.engagement <> (SELECT count(*) FROM celebration_reactions r WHERE r.celebration_id = c.id)
                                                  + (SELECT count(*) FROM celebration_comments m WHERE m.celebration_id = c.id))::int AS wrong
         FROM celebrations c WHERE c.organization_id = $1`,
    );
    expect(engaged).toBeGreaterThan(0);
    expect(wrong).toBe(0);
  });

  it('writes the celebrations asked for, each kudos and praise with its fact and its ledger row', async () => {
    expect((await one(`SELECT count(*)::int AS count FROM celebrations WHERE organization_id = $1`)).count).toBe(SIZE.celebrations);
    const kinds = (
      await rows<{ kind: string }>(`SELECT DISTINCT kind::text AS kind FROM celebrations WHERE organization_id = $1 ORDER BY kind`)
    ).map((row) => row.kind);
    expect(kinds).toEqual(['BADGE_EARNED', 'CUSTOMER_PRAISE', 'KUDOS', 'LEVEL_UP', 'SUCCESS_STORY']);
    const orphans = await one(
      `SELECT (SELECT count(*) FROM kudos k WHERE k.organization_id = $1 AND NOT EXISTS (SELECT 1 FROM celebrations c WHERE c.source_key = 'KUDOS:' || k.id))::int AS "kudosUncelebrated",
              (SELECT count(*) FROM kudos k WHERE k.organization_id = $1 AND k.points > 0
                  AND NOT EXISTS (SELECT 1 FROM points_entries p WHERE p.reason = 'KUDOS_RECEIVED' AND p.source_id = k.id::text AND p.amount = k.points))::int AS "kudosUnpaid",
              (SELECT count(*) FROM customer_feedback f WHERE f.organization_id = $1 AND f.csat = 5 AND f.comment IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM points_entries p WHERE p.reason = 'CUSTOMER_PRAISE' AND p.source_id = f.id::text))::int AS "praiseUnpaid",
              (SELECT count(*) FROM points_entries p WHERE p.organization_id = $1 AND p.reason IN ('KUDOS_RECEIVED', 'CUSTOMER_PRAISE')
                  AND NOT EXISTS (SELECT 1 FROM kudos k WHERE k.id::text = p.source_id) AND NOT EXISTS (SELECT 1 FROM customer_feedback f WHERE f.id::text = p.source_id))::int AS "paidForNothing"`,
    );
    expect(orphans).toEqual({ kudosUncelebrated: 0, kudosUnpaid: 0, praiseUnpaid: 0, paidForNothing: 0 });
    expect(
      (
        await one(
          `SELECT count(*)::int AS count FROM celebration_reactions r JOIN celebrations c ON c.id = r.celebration_id WHERE c.organization_id = $1`,
        )
      ).count,
    ).toBeGreaterThan(0);
  });

  it('never lets a giver spend more kudos points in a local month than the allowance', async () => {
    const overspent = await rows(
      `SELECT k.from_user_id, date_trunc('month', k.created_at AT TIME ZONE o.time_zone) FROM kudos k JOIN organizations o ON o.id = k.organization_id
        WHERE k.organization_id = $1 GROUP BY 1, 2, o.kudos_allowance HAVING sum(k.points) > o.kudos_allowance`,
    );
    expect(overspent).toEqual([]);
  });

  it('awards each points badge to exactly the people whose points reach it, with its bonus, celebration and credential', async () => {
    const badges = await rows(
      `SELECT b.name,
              (SELECT count(*) FROM users u WHERE u.organization_id = $1 AND u.points >= b.threshold)::int AS reached,
              (SELECT count(*) FROM badge_awards a WHERE a.badge_id = b.id)::int AS held,
              (SELECT count(*) FROM badge_awards a WHERE a.badge_id = b.id
                  AND EXISTS (SELECT 1 FROM points_entries p WHERE p.user_id = a.user_id AND p.reason = 'BADGE_EARNED' AND p.source_id = b.id::text AND p.amount = b.points)
                  AND EXISTS (SELECT 1 FROM celebrations c WHERE c.source_key = 'BADGE_EARNED:' || a.id)
                  AND EXISTS (SELECT 1 FROM credentials d WHERE d.id = a.id))::int AS complete
         FROM badge_definitions b WHERE b.organization_id = $1 AND b.kind = 'POINTS_EARNED' ORDER BY b.threshold`,
    );
    expect(badges.length).toBeGreaterThan(0);
    expect(badges[0]!.held).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toEqual({ name: badge.name, reached: badge.held, held: badge.held, complete: badge.held });
  });

  it('refuses, with exit code 1, a database that already has Scale Support', async () => {
    const refused = await seed().then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(refused?.code).toBe(1);
    expect(refused?.stderr).toContain('already has the organisation "Scale Support"');
    expect((await one(`SELECT count(*)::int AS count FROM organizations WHERE name = 'Scale Support'`, [])).count).toBe(1);
  });

  describe('served by the production API', () => {
    let api: ApiProcess;
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data?: any; errors?: unknown[] };
      if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    const signIn = async (email: string) =>
      (
        await gql('mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }', {
          email,
          password: PASSWORD,
        })
      ).login.token as string;

    beforeAll(async () => {
      api = await processes.api('seeded', { ...secrets, DATABASE_URL: databaseUrl, SEED_DEMO: 'false' });
    }, 90_000);

    it('ranks the all-time leaderboard as the ledger does', async () => {
      const token = await signIn('agent2@scale.example');
      const { leaderboard } = await gql('{ leaderboard(scope: INDIVIDUAL, period: ALL_TIME, first: 3) { points user { id } } }', {}, token);
      const totals = await rows<{ id: string; points: number }>(
        `SELECT u.id, sum(p.amount)::int AS points FROM users u JOIN points_entries p ON p.user_id = u.id
          WHERE u.organization_id = $1 AND NOT u.leaderboard_opt_out GROUP BY u.id ORDER BY points DESC`,
      );
      const ledgerPoints = new Map(totals.map((row) => [row.id, row.points]));
      expect(leaderboard.map((entry: any) => entry.points)).toEqual(totals.slice(0, 3).map((row) => row.points));
      for (const entry of leaderboard) expect(ledgerPoints.get(entry.user.id)).toBe(entry.points);
    });

    it('verifies a seeded badge credential, and awards a first module with a credential signed by the same key', async () => {
      const { id } = await one(`SELECT id FROM credentials WHERE organization_id = $1 LIMIT 1`);
      expect((await gql('query ($id: ID!) { verifyCredential(id: $id) { valid problem } }', { id })).verifyCredential).toEqual({
        valid: true,
        problem: null,
      });

      const token = await signIn('agent3@scale.example');
      const { moduleId } = await one(
        `SELECT m.id AS "moduleId" FROM modules m JOIN courses c ON c.id = m.course_id WHERE c.organization_id = $1 AND m.kind = 'LESSON' ORDER BY c.created_at, m.position LIMIT 1`,
      );
      const { completeModule } = await gql(
        'mutation ($input: CompleteModuleInput!) { completeModule(input: $input) { pointsAwarded newBadges { id badge { name } } } }',
        { input: { moduleId } },
        token,
      );
      expect(completeModule.pointsAwarded).toBeGreaterThan(0);
      expect(completeModule.newBadges.map((award: any) => award.badge.name)).toContain('First Steps');
      const firstSteps = completeModule.newBadges.find((award: any) => award.badge.name === 'First Steps');
      expect((await gql('query ($id: ID!) { verifyCredential(id: $id) { valid } }', { id: firstSteps.id })).verifyCredential.valid).toBe(
        true,
      );
      const { mismatched } = await one(
        `SELECT count(*)::int AS mismatched FROM users u WHERE u.email = 'agent3@scale.example' AND u.points <> (SELECT sum(amount) FROM points_entries p WHERE p.user_id = u.id)`,
        [],
      );
      expect(mismatched).toBe(0);
    });
  });
});
