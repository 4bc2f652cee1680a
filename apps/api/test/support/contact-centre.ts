import { REACTION_EMOJI } from '@laurels/domain';
import { print } from 'graphql';
import type { EntityManager } from 'typeorm';
// The organisation seed:scale makes, made here by the same code: its catalogue through the API's services, its bulk in set-based SQL.
// eslint-disable-next-line no-restricted-imports -- tools/ is no library with an alias
import { seedScaleOrganization, type ScalePlan } from '../../../../tools/scale/scale-organization.mjs';
import { addMember, type Member } from './fixtures.js';
import { portalOperations } from './portal-operations.js';
import type { TestApi } from './test-app.js';

export interface ContactCentreSize {
  readonly users: number;
  readonly teamSize: number;
  readonly ledger: number;
  readonly celebrations: number;
}

/** The ids the bench's operations take (tools/bench/operations.mjs), read from a contact centre as the bench reads them, and the viewer's certificate. */
export interface Seeded {
  readonly organizationId: string;
  readonly teamId: string;
  readonly managerId: string;
  readonly courseId: string;
  readonly moduleIds: string[];
  /** The badge most people hold. */
  readonly badgeId: string;
  /** The viewer's credential for a badge their manager gave them. */
  readonly credentialId: string;
  /** The viewer's certification. */
  readonly certificationAwardId: string;
  /** The last full week, Monday to Monday in the organisation's time zone, as the digest page asks for it. */
  readonly week: { readonly from: string; readonly to: string };
}

export type Role = 'agent' | 'manager' | 'admin' | 'median';

export interface ContactCentre {
  readonly organizationId: string;
  readonly seeded: Seeded;
  /**
   * Who sends the portal's operations: the agent is Vera Viewer, who joined a team of the seeded
   * organisation; the manager is her team's; the median is the seeded person half the organisation
   * out-earns (the bench's typical agent).
   */
  readonly tokens: Readonly<Record<Role, string>>;
}

/** The course each team's manager has assigned to the team (Vera's manager assigns the certification's courses). */
const ASSIGNED_TO_EVERY_TEAM = 'Live Chat Best Practice';
const TEAMMATES = ['Tomás Teammate', 'Uma Teammate', 'Wes Teammate'];
/** A page of the feed, and the spotlight, as the portal asks for them. */
const FEED_PAGE = 10;
const SPOTLIGHT_PAGE = 5;
/** Everyone's password in a seeded contact centre. */
const PASSWORD = 'scale-support-password';
const PORTAL = portalOperations();

/** Sends one of the portal's own operations, by name, as `token`; it must succeed. */
function portal<T = Record<string, any>>(api: TestApi, operation: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  return api.ok<T>(print(PORTAL.get(operation)!), variables, token);
}

/**
 * Scale Support as seed:scale makes it at `size` (people in teams, a ledger over the last year
 * skewed so that a few earn most, kudos, praise, stories, points badges and level-ups with
 * reactions and comments, a milestone per team), with what seed:scale leaves to the people, their
 * learning; its addresses under `<name>.scale.example`, as sign-in addresses are unique across
 * organisations. Returns its id.
 */
export async function scaleSupport(api: TestApi, name: string, size: ContactCentreSize): Promise<string> {
  const { organizationId } = await seedScaleOrganization(api.app, {
    ...size,
    password: PASSWORD,
    moreFacts: createLearning,
  });
  await api.sql(`UPDATE users SET email = replace(email, '@scale.example', $2) WHERE organization_id = $1`, [
    organizationId,
    `@${name}.scale.example`,
  ]);
  return organizationId;
}

/**
 * A year of learning, in set-based SQL: everyone takes about a third of the published courses,
 * a module a day, all before yesterday, and has finished a third of them, is half way through a
 * third and has done the first module of the rest; each passed module and each finished course
 * with its ledger row, as the achievement path writes them. What a person learns follows from
 * their place in their team (seed:scale's scale_people), so that a team learns alike in every
 * organisation made here. And each team is assigned a course by its manager.
 */
async function createLearning(db: EntityManager, plan: ScalePlan): Promise<void> {
  await db.query(
    `CREATE TEMP TABLE scale_learning ON COMMIT DROP AS
     SELECT gen_random_uuid() AS enrollment_id, p.id AS user_id, c.id AS course_id, c.title, c.points, c.modules,
            date_trunc('minute', now() - (c.modules + abs(hashtext(p.place || c.title)) % 360) * interval '1 day') AS started_at,
            CASE abs(hashtext(c.title || p.place)) % 3 WHEN 0 THEN 1.0 WHEN 1 THEN 0.5 ELSE 0.0 END AS share
       FROM (SELECT id, ((n - 1) / $2)::text AS place FROM scale_people) p
      CROSS JOIN (SELECT c.*, (SELECT count(*) FROM modules m WHERE m.course_id = c.id)::int AS modules
                    FROM courses c WHERE c.organization_id = $1 AND c.status = 'PUBLISHED') c
      WHERE abs(hashtext(p.place || ':' || c.title)) % 3 = 0`,
    [plan.organizationId, plan.teams],
  );
  await db.query(
    `CREATE TEMP TABLE scale_passed ON COMMIT DROP AS
     SELECT l.*, m.id AS module_id, m.title AS module_title, m.points AS module_points, m.kind,
            l.started_at + (m.position - 1) * interval '1 day' AS completed_at
       FROM scale_learning l JOIN modules m ON m.course_id = l.course_id AND m.position <= greatest(1, ceil(l.share * l.modules))`,
  );
  await db.query(
    `INSERT INTO enrollments (id, organization_id, user_id, course_id, cycle, started_at, completed_at, created_at)
     SELECT enrollment_id, $1, user_id, course_id, 1, started_at,
            CASE WHEN share = 1 THEN started_at + (modules - 1) * interval '1 day' END, started_at
       FROM scale_learning`,
    [plan.organizationId],
  );
  await db.query(
    `INSERT INTO module_completions (organization_id, user_id, module_id, enrollment_id, course_id, score, passed, points_awarded, completed_at)
     SELECT $1, user_id, module_id, enrollment_id, course_id, CASE WHEN kind IN ('QUIZ', 'SCENARIO') THEN 100 END, true, module_points, completed_at
       FROM scale_passed`,
    [plan.organizationId],
  );
  await db.query(
    `INSERT INTO points_entries (organization_id, user_id, amount, reason, description, source_id, created_at)
     SELECT $1::uuid, user_id, module_points, 'MODULE_COMPLETED'::points_reason, 'Completed “' || module_title || '”', module_id::text, completed_at
       FROM scale_passed WHERE module_points > 0
     UNION ALL
     SELECT $1::uuid, user_id, points, 'COURSE_COMPLETED'::points_reason, 'Finished the course “' || title || '”', course_id::text,
            started_at + (modules - 1) * interval '1 day'
       FROM scale_learning WHERE share = 1 AND points > 0`,
    [plan.organizationId],
  );
  await db.query(
    `INSERT INTO assignments (organization_id, course_id, assignee_id, assigned_by_id, due_at, note, created_at)
     SELECT $1, c.id, u.id, t.manager_id, now() + interval '10 days', 'Before the new chat tool goes live', now() - interval '20 days'
       FROM teams t JOIN users u ON u.team_id = t.id AND u.id <> t.manager_id
       JOIN courses c ON c.organization_id = $1 AND c.title = $2
      WHERE t.organization_id = $1`,
    [plan.organizationId, ASSIGNED_TO_EVERY_TEAM],
  );
}

/**
 * A contact centre to measure: scaleSupport's organisation, whose first team Vera Viewer and three
 * teammates then join. Vera lives a few weeks of the product through the portal's own mutations:
 * her manager assigns the certification's courses to the team and the learning path to her; she
 * completes those courses (earning the certification, badges and levels) and starts the longest;
 * her teammates give her kudos; her manager records customer praise, gives her a badge, tells her
 * story and sets a milestone; the team reacts and comments. All of it comes out the same in every
 * organisation made here, whatever its size.
 */
export async function contactCentre(api: TestApi, name: string, size: ContactCentreSize): Promise<ContactCentre> {
  const organizationId = await scaleSupport(api, name, size);
  const domain = `@${name}.scale.example`;
  // As an API client signs in: the portal's SignIn leaves the token to its session cookie.
  const signIn = async (email: string) =>
    (
      await api.ok<{ login: { token: string } }>(
        `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
        {
          email: email + domain,
          password: PASSWORD,
        },
      )
    ).login.token;
  const one = async <T>(text: string, params: unknown[]) => (await api.sql<T>(text, params))[0]!;

  const admin = await one<{ id: string }>(`SELECT id FROM users WHERE email = $1`, [`admin${domain}`]);
  const adminToken = await signIn('admin');
  const team = await one<{ id: string; managerId: string }>(
    `SELECT team_id AS id, id AS "managerId" FROM users WHERE email = $1`, // agent1 manages the first team
    [`agent1${domain}`],
  );
  const managerToken = await signIn('agent1');
  const organization = { id: organizationId, admin: { id: admin.id, email: `admin${domain}`, token: adminToken } };
  const vera = await addMember(api, organization, { name: 'Vera Viewer', email: `vera${domain}`, teamId: team.id });
  // Her teammates in what follows join with her: what they do and receive then earns the same in every organisation made here.
  const teammates: Member[] = [];
  for (const name of TEAMMATES)
    teammates.push(await addMember(api, organization, { name, email: `${name.split(' ')[0]!.toLowerCase()}${domain}`, teamId: team.id }));

  // Scale Support's catalogue: its one certification, its one learning path, and the longest course (the bench's).
  const certificationCourses = await api.sql<{ id: string }>(
    `SELECT r.course_id AS id FROM certification_required_courses r JOIN certification_definitions d ON d.id = r.certification_id
      WHERE d.organization_id = $1 ORDER BY r.position`,
    [organizationId],
  );
  const path = await one<{ id: string }>(`SELECT id FROM learning_paths WHERE organization_id = $1`, [organizationId]);
  const longest = await one<{ id: string }>(
    `SELECT c.id FROM courses c WHERE c.organization_id = $1 ORDER BY (SELECT count(*) FROM modules m WHERE m.course_id = c.id) DESC LIMIT 1`,
    [organizationId],
  );
  const learn = async (token: string, courseId: string, modules?: number) => {
    await portal(api, 'Enroll', { courseId }, token);
    const passing = await api.sql<{ id: string; answers: number[] | null }>(
      `SELECT m.id, (SELECT array_agg(q.answer_index ORDER BY q.position) FROM quiz_questions q WHERE q.module_id = m.id) AS answers
         FROM modules m WHERE m.course_id = $1 ORDER BY m.position`,
      [courseId],
    );
    for (const module of passing.slice(0, modules)) {
      await portal(api, 'CompleteModule', { input: { moduleId: module.id, answers: module.answers ?? undefined } }, token);
    }
  };

  const dueAt = new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString();
  for (const course of certificationCourses) {
    await portal(
      api,
      'AssignCourse',
      { input: { courseId: course.id, teamId: team.id, dueAt, note: 'For the certification' } },
      managerToken,
    );
  }
  await portal(api, 'AssignLearningPath', { input: { pathId: path.id, userIds: [vera.id], dueAt } }, managerToken);
  for (const course of certificationCourses) await learn(vera.token, course.id);
  await learn(vera.token, longest.id, 3);

  for (const [index, teammate] of teammates.entries()) {
    await portal(
      api,
      'GiveKudos',
      { input: { toUserId: vera.id, message: `Thank you for the help, part ${index + 1}`, points: 5, values: ['Empathy'] } },
      teammate.token,
    );
  }
  await portal(
    api,
    'GiveKudos',
    { input: { toUserId: teammates[0]!.id, message: 'You covered my queue', points: 5, values: ['Teamwork'] } },
    vera.token,
  );
  // More praise than a page of it holds, for Vera and her teammates in turn, and a plain rating.
  for (let index = 0; index <= FEED_PAGE; index++) {
    const employee = index % 2 === 0 ? vera : teammates[index % teammates.length]!;
    await portal(
      api,
      'RecordCustomerFeedback',
      {
        input: {
          employeeId: employee.id,
          csat: 5,
          nps: 10,
          comment: `Sorted it out in minutes (call ${index + 1})`,
          customerName: 'Dana Client',
        },
      },
      managerToken,
    );
  }
  await portal(api, 'RecordCustomerFeedback', { input: { employeeId: vera.id, csat: 4, nps: 8 } }, managerToken);
  const [manual] = await api.sql<{ id: string }>(
    `SELECT id FROM badge_definitions WHERE organization_id = $1 AND kind = 'MANUAL' ORDER BY name LIMIT 1`,
    [organizationId],
  );
  await portal(api, 'AwardBadge', { badgeId: manual!.id, userId: vera.id, reason: 'Calm on the busiest day of the year' }, managerToken);
  await portal(
    api,
    'PostSuccessStory',
    { input: { title: 'Vera saved the launch', body: 'She answered **every** call.', userIds: [vera.id], teamId: team.id } },
    managerToken,
  );
  await portal(
    api,
    'CreateTeamMilestone',
    { input: { teamId: team.id, title: 'Kudos month', metric: 'KUDOS_RECEIVED', target: 50 } },
    managerToken,
  );
  // Vera's latest moments are the week's most celebrated: two teammates react with every emoji and her manager comments, more
  // than any seeded moment gathers, so that the spotlight shows the same moments in every organisation made here.
  const moments = await api.sql<{ id: string }>(
    `SELECT id FROM celebrations WHERE organization_id = $1 AND $2 = ANY(people_ids) ORDER BY created_at DESC, id DESC LIMIT $3`,
    [organizationId, vera.id, SPOTLIGHT_PAGE],
  );
  for (const moment of moments) {
    for (const teammate of teammates.slice(0, 2)) {
      for (const emoji of REACTION_EMOJI) await portal(api, 'React', { celebrationId: moment.id, emoji }, teammate.token);
    }
    await portal(api, 'CommentOnCelebration', { celebrationId: moment.id, body: 'Well deserved!' }, managerToken);
  }

  return {
    organizationId,
    seeded: await lookUp(api, organizationId, team, longest.id, vera.id),
    tokens: { agent: vera.token, manager: managerToken, admin: adminToken, median: await signIn(await medianEarner(api, organizationId)) },
  };
}

/** The name part of the address of the person half the organisation's ranked employees out-earn, as the bench picks its agent. */
async function medianEarner(api: TestApi, organizationId: string): Promise<string> {
  const [median] = await api.sql<{ name: string }>(
    `SELECT split_part(email, '@', 1) AS name FROM users WHERE organization_id = $1 AND role = 'EMPLOYEE' AND NOT leaderboard_opt_out
      ORDER BY points, id
     OFFSET (SELECT count(*) / 2 FROM users WHERE organization_id = $1 AND role = 'EMPLOYEE' AND NOT leaderboard_opt_out) LIMIT 1`,
    [organizationId],
  );
  return median!.name;
}

async function lookUp(
  api: TestApi,
  organizationId: string,
  team: { id: string; managerId: string },
  courseId: string,
  veraId: string,
): Promise<Seeded> {
  const one = async <T>(text: string, params: unknown[]) => (await api.sql<T>(text, params))[0]!;
  const modules = await api.sql<{ id: string }>(`SELECT id FROM modules WHERE course_id = $1 ORDER BY position`, [courseId]);
  const badge = await one<{ id: string }>(
    `SELECT badge_id AS id FROM badge_awards WHERE organization_id = $1 GROUP BY badge_id ORDER BY count(*) DESC, badge_id LIMIT 1`,
    [organizationId],
  );
  const credential = await one<{ id: string }>(
    `SELECT c.id FROM credentials c JOIN badge_awards a ON a.id = c.id JOIN badge_definitions b ON b.id = a.badge_id
      WHERE a.user_id = $1 AND b.kind = 'MANUAL'`,
    [veraId],
  );
  const certificate = await one<{ id: string }>(`SELECT id FROM certification_awards WHERE user_id = $1`, [veraId]);
  const week = await one<{ from: Date; to: Date }>(
    `SELECT (w.monday AT TIME ZONE o.time_zone) AS "from", ((w.monday + interval '7 days') AT TIME ZONE o.time_zone) AS "to"
       FROM organizations o, LATERAL (SELECT date_trunc('week', (now() AT TIME ZONE o.time_zone) - interval '7 days') AS monday) w WHERE o.id = $1`,
    [organizationId],
  );
  return {
    organizationId,
    teamId: team.id,
    managerId: team.managerId,
    courseId,
    moduleIds: modules.map((module) => module.id),
    badgeId: badge.id,
    credentialId: credential.id,
    certificationAwardId: certificate.id,
    week: { from: week.from.toISOString(), to: week.to.toISOString() },
  };
}
