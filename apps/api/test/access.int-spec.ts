import { DiscoveryService, MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost, RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { ACCESS_METADATA, type AccessRule } from '../src/platform/auth/access.decorators.js';
import { expectError } from './support/errors.js';
import {
  COMPLETE_MODULE,
  addMember,
  createCourse,
  createTeam,
  signUpOrganization,
  tableCounts,
  type Organization,
} from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const PUBLIC_FIELDS = ['Mutation.login', 'Mutation.signUp', 'Query.verifyCredential'];

/** The minimum role of every root field this API serves today; fields added later must at least declare a rule. */
const EXPECTED_RULES: Record<string, string> = {
  'Query.me': 'EMPLOYEE',
  'Query.organization': 'EMPLOYEE',
  'Query.users': 'EMPLOYEE',
  'Query.team': 'EMPLOYEE',
  'Query.courses': 'EMPLOYEE',
  'Query.course': 'EMPLOYEE',
  'Query.learningPaths': 'EMPLOYEE',
  'Query.myEnrollments': 'EMPLOYEE',
  'Query.pointsHistory': 'EMPLOYEE',
  'Mutation.signUp': 'PUBLIC',
  'Mutation.login': 'PUBLIC',
  'Mutation.createTeam': 'ADMIN',
  'Mutation.setTeamManager': 'ADMIN',
  'Mutation.createUser': 'ADMIN',
  'Mutation.setOrganizationValues': 'ADMIN',
  'Mutation.createCourse': 'MANAGER',
  'Mutation.addModule': 'MANAGER',
  'Mutation.publishCourse': 'MANAGER',
  'Mutation.createLearningPath': 'MANAGER',
  'Mutation.enroll': 'EMPLOYEE',
  'Mutation.retakeCourse': 'EMPLOYEE',
  'Mutation.completeModule': 'EMPLOYEE',
  'Query.badges': 'EMPLOYEE',
  'Query.badge': 'EMPLOYEE',
  'Query.myBadgeProgress': 'EMPLOYEE',
  'Query.certifications': 'EMPLOYEE',
  'Query.certificationAward': 'EMPLOYEE',
  'Query.celebrations': 'EMPLOYEE',
  'Query.verifyCredential': 'PUBLIC',
  'Mutation.createBadge': 'ADMIN',
  'Mutation.awardBadge': 'MANAGER',
  'Mutation.createCertification': 'ADMIN',
  'Mutation.revokeCertification': 'ADMIN',
  'Mutation.revokeBadge': 'ADMIN',
};

const ADMIN_ONLY = ['createTeam', 'setTeamManager', 'createUser', 'setOrganizationValues'] as const;
const AUTHORING = ['createCourse', 'addModule', 'publishCourse', 'createLearningPath'] as const;
type Guarded = (typeof ADMIN_ONLY)[number] | (typeof AUTHORING)[number];

/** A well-formed value of an input type, so that only the access check can refuse the call. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).map((field) => [field.name, sampleValue(field.type)]));
  }
  switch (type.name) {
    case 'ID':
      return randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'DateTime':
      return new Date().toISOString();
    default:
      return 'some text';
  }
}

/** An operation calling one root field with well-formed arguments. */
function operationFor(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const args = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${operation}${definitions ? ` (${definitions})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
    variables: Object.fromEntries(field.args.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

describe('who may call what', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  const rootFields = () => {
    const schema = api.app.get(GraphQLSchemaHost).schema;
    const fields = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {});
    return {
      query: fields(schema.getQueryType()),
      mutation: fields(schema.getMutationType()),
      subscription: fields(schema.getSubscriptionType()),
    };
  };

  /** Well-formed calls of the guarded mutations, against real rows of the organisation. */
  async function guardedCalls(organization: Organization): Promise<Record<Guarded, { query: string; variables: Record<string, unknown> }>> {
    const teamId = await createTeam(api, organization);
    const member = await addMember(api, organization);
    const draft = await createCourse(api, organization.admin.token, { publish: false, modules: [] });
    const ready = await createCourse(api, organization.admin.token, { publish: false });
    const published = await createCourse(api, organization.admin.token);
    return {
      createTeam: {
        query: `mutation ($input: CreateTeamInput!) { createTeam(input: $input) { id name } }`,
        variables: { input: { name: 'Night shift' } },
      },
      setTeamManager: {
        query: `mutation ($teamId: ID!, $userId: ID!) { setTeamManager(teamId: $teamId, userId: $userId) { id manager { id } } }`,
        variables: { teamId, userId: member.id },
      },
      createUser: {
        query: `mutation ($input: CreateUserInput!) { createUser(input: $input) { id email role } }`,
        variables: {
          input: { email: `new-${randomUUID()}@example.com`, displayName: 'New Person', password: 'a long password', role: 'ADMIN' },
        },
      },
      setOrganizationValues: {
        query: `mutation ($values: [String!]!) { setOrganizationValues(values: $values) { values } }`,
        variables: { values: ['Curiosity', 'Care'] },
      },
      createCourse: {
        query: `mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id title status } }`,
        variables: {
          input: { title: 'Handling complaints', summary: 'Calm and clear', skills: ['empathy'], estimatedMinutes: 20, points: 40 },
        },
      },
      addModule: {
        query: `mutation ($input: AddModuleInput!) { addModule(input: $input) { id position title } }`,
        variables: { input: { courseId: draft.id, title: 'Listening first', kind: 'LESSON', body: 'Listen.', points: 10 } },
      },
      publishCourse: { query: `mutation ($id: ID!) { publishCourse(courseId: $id) { id status } }`, variables: { id: ready.id } },
      createLearningPath: {
        query: `mutation ($input: CreateLearningPathInput!) { createLearningPath(input: $input) { id title courses { id } } }`,
        variables: { input: { title: 'Onboarding', description: 'First weeks', courseIds: [published.id] } },
      },
    };
  }

  async function organizationState(organization: Organization) {
    return {
      counts: await tableCounts(api),
      values: (await api.sql('SELECT values FROM organizations WHERE id = $1', [organization.id]))[0],
      managers: await api.sql('SELECT id, manager_id FROM teams WHERE organization_id = $1 ORDER BY id', [organization.id]),
      roles: await api.sql('SELECT id, role FROM users WHERE organization_id = $1 ORDER BY id', [organization.id]),
      statuses: await api.sql('SELECT id, status FROM courses WHERE organization_id = $1 ORDER BY id', [organization.id]),
    };
  }

  it('refuses every root field but signUp and login to a caller without a token, and writes nothing', async () => {
    const organization = await signUpOrganization(api);
    await createCourse(api, organization.admin.token);
    const before = await tableCounts(api);
    const { query, mutation } = rootFields();
    const calls = [
      ...query.map((field) => ({ name: `Query.${field.name}`, ...operationFor('query', field) })),
      ...mutation.map((field) => ({ name: `Mutation.${field.name}`, ...operationFor('mutation', field) })),
    ].filter((call) => !PUBLIC_FIELDS.includes(call.name));

    const codes: Record<string, unknown> = {};
    for (const call of calls) {
      const response = await api.gql(call.query, call.variables);
      codes[call.name] = response.errors?.map((error) => error.extensions?.code);
      expect(Object.values(response.data ?? {}).filter((value) => value !== null)).toEqual([]);
    }

    // The walk is driven by the served schema; it must at least reach every field known today.
    expect(Object.keys(codes)).toEqual(expect.arrayContaining(Object.keys(EXPECTED_RULES).filter((name) => !PUBLIC_FIELDS.includes(name))));
    expect(codes).toEqual(Object.fromEntries(calls.map((call) => [call.name, ['UNAUTHENTICATED']])));
    expect(await tableCounts(api)).toEqual(before);
  });

  it('refuses an expired or forged token as if there were none', async () => {
    const organization = await signUpOrganization(api);
    const [, payload] = organization.admin.token.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, exp: 4102444800 })).toString('base64url')}.`;
    for (const token of [unsigned, `${organization.admin.token}x`]) {
      expectError(await api.gql(`mutation { createTeam(input: { name: "Forged" }) { id } }`, {}, token), 'UNAUTHENTICATED');
    }
    expect(await api.sql(`SELECT 1 FROM teams WHERE name = 'Forged'`)).toEqual([]);
  });

  it('refuses an employee every people, organisation and authoring mutation, and writes nothing', async () => {
    const organization = await signUpOrganization(api);
    const employee = await addMember(api, organization);
    const calls = await guardedCalls(organization);
    const before = await organizationState(organization);

    for (const name of [...ADMIN_ONLY, ...AUTHORING]) {
      const response = await api.gql(calls[name].query, calls[name].variables, employee.token);
      expectError(response, 'FORBIDDEN');
      expect(response.errors![0]!.message).toBe(
        `${name} needs the ${(ADMIN_ONLY as readonly string[]).includes(name) ? 'ADMIN' : 'MANAGER'} role or higher`,
      );
      expect(response.data).toBeNull();
    }
    expect(await organizationState(organization)).toEqual(before);
  });

  it('lets a manager author courses and learning paths', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const calls = await guardedCalls(organization);

    const results = Object.fromEntries(
      await Promise.all(
        AUTHORING.map(async (name) => [name, (await api.ok(calls[name].query, calls[name].variables, manager.token))[name]] as const),
      ),
    );
    expect(results.createCourse).toMatchObject({ title: 'Handling complaints', status: 'DRAFT' });
    expect(results.addModule).toMatchObject({ position: 1, title: 'Listening first' });
    expect(results.publishCourse).toEqual({ id: calls.publishCourse.variables.id, status: 'PUBLISHED' });
    expect(results.createLearningPath).toMatchObject({
      title: 'Onboarding',
      courses: [{ id: (calls.createLearningPath.variables.input as { courseIds: string[] }).courseIds[0] }],
    });
    const [created] = await api.sql<{ created_by_id: string }>('SELECT created_by_id FROM courses WHERE id = $1', [
      results.createCourse.id,
    ]);
    expect(created!.created_by_id).toBe(manager.id);
  });

  it('refuses a manager the people and organisation mutations, and writes nothing', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const calls = await guardedCalls(organization);
    const before = await organizationState(organization);

    for (const name of ADMIN_ONLY) {
      const response = await api.gql(calls[name].query, calls[name].variables, manager.token);
      expectError(response, 'FORBIDDEN');
      expect(response.errors![0]!.message).toBe(`${name} needs the ADMIN role or higher`);
    }
    expect(await organizationState(organization)).toEqual(before);
  });

  it('lets an admin do all of it', async () => {
    const organization = await signUpOrganization(api);
    const calls = await guardedCalls(organization);

    const results: Record<string, any> = {};
    for (const name of [...ADMIN_ONLY, ...AUTHORING]) {
      results[name] = (await api.ok(calls[name].query, calls[name].variables, organization.admin.token))[name];
    }
    expect(results.createTeam).toMatchObject({ name: 'Night shift' });
    expect(results.setTeamManager).toEqual({
      id: calls.setTeamManager.variables.teamId,
      manager: { id: calls.setTeamManager.variables.userId },
    });
    expect(results.createUser).toMatchObject({ role: 'ADMIN', email: (calls.createUser.variables.input as { email: string }).email });
    expect(results.setOrganizationValues).toEqual({ values: ['Curiosity', 'Care'] });
    expect(results.createCourse).toMatchObject({ status: 'DRAFT' });
    expect(results.addModule).toMatchObject({ position: 1 });
    expect(results.publishCourse).toMatchObject({ status: 'PUBLISHED' });
    expect(results.createLearningPath.courses).toHaveLength(1);
  });

  it('never shows an employee a draft course, by list, by id, by status or through its modules', async () => {
    const organization = await signUpOrganization(api);
    const employee = await addMember(api, organization);
    const published = await createCourse(api, organization.admin.token, { title: 'B published' });
    const draft = await createCourse(api, organization.admin.token, { title: 'A draft', publish: false });

    const { courses } = await api.ok(`{ courses { id status } }`, {}, employee.token);
    expect(courses).toEqual([{ id: published.id, status: 'PUBLISHED' }]);
    expect((await api.ok(`{ courses(status: PUBLISHED) { id } }`, {}, employee.token)).courses).toEqual([{ id: published.id }]);

    const byId = await api.gql(`query ($id: ID!) { course(id: $id) { id title } }`, { id: draft.id }, employee.token);
    expectError(byId, 'NOT_FOUND');
    expect(byId.data).toEqual({ course: null });

    for (const status of ['DRAFT', 'ARCHIVED']) {
      const listed = await api.gql(`query ($status: CourseStatus) { courses(status: $status) { id } }`, { status }, employee.token);
      expectError(listed, 'FORBIDDEN');
      expect(listed.data).toBeNull();
    }

    expectError(await api.gql(`mutation ($id: ID!) { enroll(courseId: $id) { id } }`, { id: draft.id }, employee.token), 'NOT_FOUND');
    const completion = await api.gql(COMPLETE_MODULE, { input: { moduleId: draft.modules[0]!.id } }, employee.token);
    expectError(completion, 'NOT_FOUND');
    expect(completion.errors![0]!.message).not.toContain('A draft');
    expect(
      await api.sql('SELECT 1 FROM enrollments WHERE user_id = $1 UNION ALL SELECT 1 FROM module_completions WHERE user_id = $1', [
        employee.id,
      ]),
    ).toEqual([]);
  });

  it('shows a manager the drafts, by list, by id and by status', async () => {
    const organization = await signUpOrganization(api);
    const manager = await addMember(api, organization, { role: 'MANAGER' });
    const published = await createCourse(api, organization.admin.token, { title: 'B published' });
    const draft = await createCourse(api, organization.admin.token, { title: 'A draft', publish: false });

    expect((await api.ok(`{ courses { id status } }`, {}, manager.token)).courses).toEqual([
      { id: draft.id, status: 'DRAFT' },
      { id: published.id, status: 'PUBLISHED' },
    ]);
    expect((await api.ok(`{ courses(status: DRAFT) { id } }`, {}, manager.token)).courses).toEqual([{ id: draft.id }]);
    expect((await api.ok(`{ courses(status: ARCHIVED) { id } }`, {}, manager.token)).courses).toEqual([]);
    expect(
      (await api.ok(`query ($id: ID!) { course(id: $id) { id status modules { id } } }`, { id: draft.id }, manager.token)).course,
    ).toEqual({
      id: draft.id,
      status: 'DRAFT',
      modules: draft.modules.map((module) => ({ id: module.id })),
    });
    const completion = await api.gql(COMPLETE_MODULE, { input: { moduleId: draft.modules[0]!.id } }, manager.token);
    expectError(completion, 'BAD_USER_INPUT', 'moduleId');
  });

  it('denies by default: every Query, Mutation and Subscription resolver registered with Nest declares who may call it', () => {
    const discovery = new DiscoveryService(api.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const rules = new Map<string, AccessRule | undefined>();
    const fieldsWithRules: string[] = [];
    for (const wrapper of discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || !wrapper.metatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method] as object;
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler);
        if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) && Reflect.getMetadata(ACCESS_METADATA, handler))
          fieldsWithRules.push(`${wrapper.name}.${method}`);
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? method;
        // The guard reads the method's rule first, then its class's.
        rules.set(
          `${type}.${name}`,
          Reflect.getMetadata(ACCESS_METADATA, handler) ?? Reflect.getMetadata(ACCESS_METADATA, wrapper.metatype),
        );
      }
    }

    const withoutRule = [...rules].filter(([, rule]) => !rule).map(([name]) => name);
    expect(withoutRule).toEqual([]);
    // Guards run on root fields only (no field resolver enhancers): a rule on a field resolver would never be checked.
    expect(fieldsWithRules).toEqual([]);

    // The walk found every root field the schema serves, so none escaped it.
    const { query, mutation, subscription } = rootFields();
    const served = [
      ...query.map((field) => `Query.${field.name}`),
      ...mutation.map((field) => `Mutation.${field.name}`),
      ...subscription.map((field) => `Subscription.${field.name}`),
    ];
    expect([...rules.keys()].sort()).toEqual(served.sort());

    const minimum = (rule: AccessRule | undefined) => (!rule ? 'NONE' : rule.public ? 'PUBLIC' : rule.minimumRole);
    const known = Object.fromEntries([...rules].filter(([name]) => name in EXPECTED_RULES).map(([name, rule]) => [name, minimum(rule)]));
    expect(known).toEqual(EXPECTED_RULES);
    expect(
      [...rules]
        .filter(([, rule]) => rule?.public)
        .map(([name]) => name)
        .sort(),
    ).toEqual(PUBLIC_FIELDS);
  });
});
