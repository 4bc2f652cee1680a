import { randomBytes } from 'node:crypto';
import type { TestApi } from './test-app.js';

export const PASSWORD = 'correct horse battery';

export interface Member {
  readonly id: string;
  readonly email: string;
  readonly token: string;
}

export interface Organization {
  readonly id: string;
  readonly admin: Member;
}

const unique = () => randomBytes(4).toString('hex');

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token user { id email } } }`;
const CREATE_USER = `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email } }`;
const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`;

export async function signUpOrganization(api: TestApi, name = `Acme ${unique()}`, timeZone?: string): Promise<Organization> {
  const { signUp } = await api.ok<{ signUp: { token: string; user: { id: string; email: string } } }>(SIGN_UP, {
    input: {
      organizationName: name,
      adminEmail: `admin-${unique()}@example.com`,
      adminDisplayName: 'Ada Admin',
      adminPassword: PASSWORD,
      timeZone,
    },
  });
  const [row] = await api.sql<{ organization_id: string }>('SELECT organization_id FROM users WHERE id = $1', [signUp.user.id]);
  return { id: row!.organization_id, admin: { id: signUp.user.id, email: signUp.user.email, token: signUp.token } };
}

export async function addMember(
  api: TestApi,
  organization: Organization,
  options: { role?: 'EMPLOYEE' | 'MANAGER' | 'ADMIN'; teamId?: string; name?: string; email?: string } = {},
): Promise<Member> {
  const email = options.email ?? `${options.role?.toLowerCase() ?? 'employee'}-${unique()}@example.com`;
  const { createUser } = await api.ok<{ createUser: { id: string } }>(
    CREATE_USER,
    {
      input: {
        email,
        displayName: options.name ?? 'Sam Member',
        password: PASSWORD,
        role: options.role ?? 'EMPLOYEE',
        teamId: options.teamId,
      },
    },
    organization.admin.token,
  );
  const { login } = await api.ok<{ login: { token: string } }>(LOGIN, { email, password: PASSWORD });
  return { id: createUser.id, email, token: login.token };
}

export async function createTeam(api: TestApi, organization: Organization, name = `Team ${unique()}`, managerId?: string): Promise<string> {
  const { createTeam } = await api.ok<{ createTeam: { id: string } }>(
    `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    { input: { name, managerId } },
    organization.admin.token,
  );
  return createTeam.id;
}

export interface ModuleSpec {
  readonly kind: 'LESSON' | 'QUIZ' | 'SCENARIO' | 'VIDEO';
  readonly points: number;
  readonly title?: string;
  readonly passingScore?: number;
  /** Right answer index per question. */
  readonly answers?: number[];
}

export interface CourseSpec {
  readonly title?: string;
  readonly skills?: string[];
  readonly points?: number;
  readonly modules?: ModuleSpec[];
  readonly publish?: boolean;
}

export interface SeededCourse {
  readonly id: string;
  readonly modules: { id: string; answers?: number[] }[];
}

export const DEFAULT_MODULES: ModuleSpec[] = [
  { kind: 'LESSON', points: 10 },
  { kind: 'QUIZ', points: 20, passingScore: 50, answers: [1, 0] },
];

/** A course authored through the API: modules added in order, published unless told otherwise. */
export async function createCourse(api: TestApi, token: string, spec: CourseSpec = {}): Promise<SeededCourse> {
  const { createCourse } = await api.ok<{ createCourse: { id: string } }>(
    `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }`,
    {
      input: {
        title: spec.title ?? `Course ${unique()}`,
        summary: 'A course for tests',
        skills: spec.skills ?? ['empathy'],
        estimatedMinutes: 15,
        points: spec.points ?? 50,
      },
    },
    token,
  );
  const modules: SeededCourse['modules'] = [];
  for (const [index, module] of (spec.modules ?? DEFAULT_MODULES).entries()) {
    const { addModule } = await api.ok<{ addModule: { id: string } }>(
      `mutation ($input: AddModuleInput!) { addModule(input: $input) { id } }`,
      {
        input: {
          courseId: createCourse.id,
          title: module.title ?? `Module ${index + 1}`,
          kind: module.kind,
          body: '## Read me',
          points: module.points,
          passingScore: module.passingScore,
          questions: module.answers?.map((answerIndex, q) => ({
            prompt: `Question ${q + 1}?`,
            choices: ['First', 'Second', 'Third'],
            answerIndex,
            explanation: `Because of reason ${q + 1}`,
          })),
        },
      },
      token,
    );
    modules.push({ id: addModule.id, answers: module.answers });
  }
  if (spec.publish ?? true) {
    await api.ok(`mutation ($id: ID!) { publishCourse(courseId: $id) { id } }`, { id: createCourse.id }, token);
  }
  return { id: createCourse.id, modules };
}

export const COMPLETE_MODULE = `mutation ($input: CompleteModuleInput!) {
  completeModule(input: $input) {
    completion { id passed score feedback { correct explanation } }
    enrollment { status progress completedAt }
    pointsAwarded
    levelUp { number title }
    newBadges { id }
    newCertifications { id }
  }
}`;

export interface CompletionResult {
  readonly completion: { id: string; passed: boolean; score: number | null; feedback: { correct: boolean; explanation: string | null }[] };
  readonly enrollment: { status: string; progress: number; completedAt: string | null };
  readonly pointsAwarded: number;
  readonly levelUp: { number: number; title: string } | null;
  readonly newBadges: { id: string }[];
  readonly newCertifications: { id: string }[];
}

/** Submits a module as `token`; must succeed. */
export async function completeModule(
  api: TestApi,
  token: string,
  moduleId: string,
  options: { answers?: number[]; idempotencyKey?: string } = {},
): Promise<CompletionResult> {
  const { completeModule } = await api.ok<{ completeModule: CompletionResult }>(
    COMPLETE_MODULE,
    { input: { moduleId, ...options } },
    token,
  );
  return completeModule;
}

export interface Ledger {
  /** The user's ledger rows, oldest first. */
  readonly rows: { amount: number; reason: string; source_id: string }[];
  readonly sum: number;
  /** The cached balance on the user row. */
  readonly points: number;
}

/** What the database holds of a user's points. */
export async function ledgerOf(api: TestApi, userId: string): Promise<Ledger> {
  const rows = await api.sql<{ amount: number; reason: string; source_id: string }>(
    'SELECT amount, reason, source_id FROM points_entries WHERE user_id = $1 ORDER BY created_at, id',
    [userId],
  );
  const [user] = await api.sql<{ points: number }>('SELECT points FROM users WHERE id = $1', [userId]);
  return { rows, sum: rows.reduce((total, row) => total + row.amount, 0), points: user!.points };
}

/** Row counts of the tables a failed mutation must leave alone, to compare before and after. */
export async function tableCounts(api: TestApi): Promise<Record<string, number>> {
  const tables = [
    'organizations',
    'users',
    'teams',
    'courses',
    'modules',
    'quiz_questions',
    'learning_paths',
    'learning_path_courses',
    'enrollments',
    'module_completions',
    'points_entries',
    'badge_definitions',
    'badge_awards',
    'certification_definitions',
    'certification_required_courses',
    'certification_awards',
    'credentials',
    'celebrations',
  ];
  const rows = await api.sql<{ name: string; count: number }>(
    tables.map((table) => `SELECT '${table}' AS name, count(*)::int AS count FROM ${table}`).join(' UNION ALL '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, row.count]));
}

/**
 * Removes the default badges a new organisation starts with, for tests about
 * the learning ledger alone: no badge bonus then joins the points they count.
 */
export async function withoutDefaultBadges(api: TestApi, organization: Organization): Promise<Organization> {
  await api.sql('DELETE FROM badge_definitions WHERE organization_id = $1', [organization.id]);
  return organization;
}
