import {
  CREATE_CERTIFICATION,
  DAY_MS,
  RETAKE,
  celebrationsOf,
  COMPLETE_AND_EARN,
  createCertification,
  earn,
  lessons,
  noonUtc,
  type Earned,
} from './support/achievements.js';
import { expectError } from './support/errors.js';
import {
  addMember,
  createCourse,
  ledgerOf,
  signUpOrganization,
  tableCounts,
  withoutDefaultBadges,
  type Member,
  type Organization,
  type SeededCourse,
} from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const MY_CERTIFICATIONS = `{ me { certifications { id sequence status issuedAt expiresAt revokedAt revokedReason certification { name } user { id } credentialUrl } } }`;
const AWARD = `query ($id: ID!) { certificationAward(id: $id) { id sequence status issuedAt expiresAt revokedAt revokedReason } }`;
const REVOKE = `mutation ($awardId: ID!, $reason: String!) { revokeCertification(awardId: $awardId, reason: $reason) { id status revokedAt revokedReason sequence } }`;

const at = (date: Date, days: number) => new Date(date.getTime() + days * DAY_MS);

describe('certifications', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  /**
   * An organisation without default badges (so that only certification points
   * reach the ledger beyond the learning ones), two published courses and a
   * learner.
   */
  async function setting(): Promise<{
    organization: Organization;
    admin: string;
    member: Member;
    first: SeededCourse;
    second: SeededCourse;
  }> {
    const organization = await withoutDefaultBadges(api, await signUpOrganization(api));
    const admin = organization.admin.token;
    return {
      organization,
      admin,
      member: await addMember(api, organization, { name: 'Cora Certified' }),
      first: await createCourse(api, admin, { title: 'Listening', modules: lessons(10, 10), points: 30 }),
      second: await createCourse(api, admin, { title: 'Resolving', modules: lessons(5), points: 20 }),
    };
  }

  /** Passes every module of a course in order; returns what the last one earned. */
  async function finish(member: Member, course: SeededCourse): Promise<Earned> {
    let last: Earned | undefined;
    for (const module of course.modules) last = await earn(api, member.token, module.id);
    return last!;
  }

  async function retakeAndFinish(member: Member, course: SeededCourse): Promise<Earned> {
    await api.ok(RETAKE, { id: course.id }, member.token);
    return finish(member, course);
  }

  async function myCertifications(member: Member) {
    return (await api.ok(MY_CERTIFICATIONS, {}, member.token)).me.certifications as {
      id: string;
      sequence: number;
      status: string;
      expiresAt: string | null;
    }[];
  }

  const status = async (token: string, id: string) => (await api.ok(AWARD, { id }, token)).certificationAward.status as string;

  describe('createCertification', () => {
    it('lets an admin create a certification with its required courses in order, visible to everyone', async () => {
      const { admin, member, first, second } = await setting();
      const { createCertification } = await api.ok(
        CREATE_CERTIFICATION,
        {
          input: {
            name: 'Service Fundamentals',
            description: 'The basics, done well.',
            requiredCourseIds: [second.id, first.id],
            validityDays: 365,
            points: 150,
          },
        },
        admin,
      );
      expect(createCertification).toEqual({
        id: expect.any(String),
        name: 'Service Fundamentals',
        description: 'The basics, done well.',
        validityDays: 365,
        points: 150,
        requiredCourses: [{ id: second.id }, { id: first.id }],
      });
      const { certifications } = await api.ok(`{ certifications { id name validityDays requiredCourses { title } } }`, {}, member.token);
      expect(certifications).toEqual([
        {
          id: createCertification.id,
          name: 'Service Fundamentals',
          validityDays: 365,
          requiredCourses: [{ title: 'Resolving' }, { title: 'Listening' }],
        },
      ]);
    });

    it('shows learners only the published required courses: a draft’s title and modules stay private', async () => {
      const { admin, member, first } = await setting();
      const draft = await createCourse(api, admin, { title: 'Secret draft', publish: false, modules: [] });
      const id = await createCertification(api, admin, { name: 'Coming soon', requiredCourseIds: [first.id, draft.id] });
      const REQUIRED = `{ certifications { id requiredCourses { title status } } }`;
      expect((await api.ok(REQUIRED, {}, member.token)).certifications).toEqual([
        { id, requiredCourses: [{ title: 'Listening', status: 'PUBLISHED' }] },
      ]);
      expect((await api.ok(REQUIRED, {}, admin)).certifications).toEqual([
        {
          id,
          requiredCourses: [
            { title: 'Listening', status: 'PUBLISHED' },
            { title: 'Secret draft', status: 'DRAFT' },
          ],
        },
      ]);
    });

    it('refuses createCertification to a manager and an employee with FORBIDDEN, and creates nothing', async () => {
      const { organization, member, first } = await setting();
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      const before = await tableCounts(api);
      for (const token of [manager.token, member.token]) {
        const response = await api.gql(
          CREATE_CERTIFICATION,
          { input: { name: 'Nope', description: 'No', requiredCourseIds: [first.id], points: 1 } },
          token,
        );
        expectError(response, 'FORBIDDEN');
        expect(response.data).toBeNull();
      }
      expect(await tableCounts(api)).toEqual(before);
    });

    it('refuses bad input with BAD_USER_INPUT naming the field, unknown or foreign courses with NOT_FOUND, and creates nothing', async () => {
      const { admin, first, second } = await setting();
      await createCertification(api, admin, { name: 'Taken', requiredCourseIds: [first.id] });
      const elsewhere = await signUpOrganization(api);
      const foreign = await createCourse(api, elsewhere.admin.token);
      const input = (overrides: Record<string, unknown>) => ({
        input: { name: 'Fresh', description: 'A description', requiredCourseIds: [first.id], validityDays: 30, points: 10, ...overrides },
      });
      const before = await tableCounts(api);

      const cases: [Record<string, unknown>, string, string?][] = [
        [{ requiredCourseIds: [] }, 'BAD_USER_INPUT', 'requiredCourseIds'],
        [{ requiredCourseIds: [first.id, first.id] }, 'BAD_USER_INPUT', 'requiredCourseIds'],
        [{ requiredCourseIds: ['not-an-id'] }, 'BAD_USER_INPUT', 'requiredCourseIds'],
        [{ validityDays: 0 }, 'BAD_USER_INPUT', 'validityDays'],
        [{ validityDays: -30 }, 'BAD_USER_INPUT', 'validityDays'],
        [{ points: -1 }, 'BAD_USER_INPUT', 'points'],
        [{ name: '   ' }, 'BAD_USER_INPUT', 'name'],
        [{ name: 'Taken' }, 'BAD_USER_INPUT', 'name'],
        [{ requiredCourseIds: [second.id, foreign.id] }, 'NOT_FOUND'],
        [{ requiredCourseIds: ['00000000-0000-4000-8000-000000000000'] }, 'NOT_FOUND'],
      ];
      for (const [overrides, code, field] of cases) {
        const response = await api.gql(CREATE_CERTIFICATION, input(overrides), admin);
        expectError(response, code, field);
        expect(response.data).toBeNull();
      }
      expect(await tableCounts(api)).toEqual(before);
    });
  });

  describe('issue', () => {
    it('issues the certification with the last required course, not before: points, a celebration, the payload and User.certifications', async () => {
      const { admin, member, first, second } = await setting();
      const certificationId = await createCertification(api, admin, {
        name: 'Service Fundamentals',
        requiredCourseIds: [first.id, second.id],
        validityDays: 365,
        points: 150,
      });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);

      expect((await finish(member, first)).newCertifications).toEqual([]);
      expect(await api.sql('SELECT id FROM certification_awards WHERE user_id = $1', [member.id])).toEqual([]);

      const last = await finish(member, second);
      const [award] = last.newCertifications;
      expect(last.newCertifications).toEqual([
        {
          id: expect.any(String),
          sequence: 1,
          issuedAt: issuedAt.toISOString(),
          expiresAt: at(issuedAt, 365).toISOString(),
          status: 'ACTIVE',
          credentialUrl: `http://laurels.test/credentials/${award!.id}`,
          certification: { id: certificationId, name: 'Service Fundamentals' },
          user: { id: member.id },
        },
      ]);
      expect(last.pointsAwarded).toBe(5 + 20 + 150);

      const ledger = await ledgerOf(api, member.id);
      expect(ledger.rows.filter((row) => row.reason === 'CERTIFICATION_EARNED')).toEqual([
        { amount: 150, reason: 'CERTIFICATION_EARNED', source_id: award!.id },
      ]);
      expect({ sum: ledger.sum, points: ledger.points }).toEqual({ sum: 20 + 30 + 5 + 20 + 150, points: 225 });
      expect((await celebrationsOf(api, member.id)).filter((celebration) => celebration.kind === 'CERTIFICATION_EARNED')).toEqual([
        expect.objectContaining({
          title: 'Cora Certified is now certified: “Service Fundamentals”',
          source_key: `CERTIFICATION_EARNED:${award!.id}`,
        }),
      ]);
      expect(await myCertifications(member)).toEqual([
        {
          id: award!.id,
          sequence: 1,
          status: 'ACTIVE',
          issuedAt: issuedAt.toISOString(),
          expiresAt: at(issuedAt, 365).toISOString(),
          revokedAt: null,
          revokedReason: null,
          certification: { name: 'Service Fundamentals' },
          user: { id: member.id },
          credentialUrl: award!.credentialUrl,
        },
      ]);
      expect(await api.sql('SELECT kind FROM credentials WHERE id = $1', [award!.id])).toEqual([{ kind: 'CERTIFICATION' }]);
    });

    it('issues every certification a completed course completes, and nothing for one still missing a course', async () => {
      const { admin, member, first, second } = await setting();
      await createCertification(api, admin, { name: 'Just listening', requiredCourseIds: [first.id], points: 10 });
      await createCertification(api, admin, { name: 'Listening twice', requiredCourseIds: [first.id], points: 20 });
      await createCertification(api, admin, { name: 'The pair', requiredCourseIds: [first.id, second.id], points: 40 });

      const earned = await finish(member, first);
      expect(earned.newCertifications.map((award) => award.certification.name).sort()).toEqual(['Just listening', 'Listening twice']);
      expect(earned.pointsAwarded).toBe(10 + 30 + 10 + 20);
      expect((await finish(member, second)).newCertifications.map((award) => award.certification.name)).toEqual(['The pair']);
    });

    it('issues one award when ten completions of the last module arrive at once', async () => {
      const { admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id], points: 40 });
      await earn(api, member.token, first.modules[0]!.id);

      const responses = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.gql<{ completeModule: Earned }>(COMPLETE_AND_EARN, { input: { moduleId: first.modules[1]!.id } }, member.token),
        ),
      );
      expect(responses.map((response) => response.errors ?? null)).toEqual(Array(10).fill(null));
      expect(responses.flatMap((response) => response.data!.completeModule.newCertifications)).toHaveLength(1);
      expect(await api.sql('SELECT sequence FROM certification_awards WHERE user_id = $1', [member.id])).toEqual([{ sequence: 1 }]);
      expect(
        await api.sql(`SELECT amount FROM points_entries WHERE user_id = $1 AND reason = 'CERTIFICATION_EARNED'`, [member.id]),
      ).toEqual([{ amount: 40 }]);
      expect((await celebrationsOf(api, member.id)).filter((celebration) => celebration.kind === 'CERTIFICATION_EARNED')).toHaveLength(1);
    });
  });

  describe('expiry and renewal', () => {
    it('is ACTIVE until 30 days before expiry, EXPIRING_SOON inside them, and EXPIRED from the expiry on', async () => {
      const { admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id], validityDays: 90 });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);
      const [award] = (await finish(member, first)).newCertifications;
      const expiry = at(issuedAt, 90);

      const statuses: Record<string, string> = {};
      for (const [label, moment] of [
        ['issued', issuedAt],
        ['31 days before', at(expiry, -31)],
        ['30 days before', at(expiry, -30)],
        ['29 days before', at(expiry, -29)],
        ['a second before', new Date(expiry.getTime() - 1000)],
        ['at expiry', expiry],
        ['a year after', at(expiry, 365)],
      ] as const) {
        api.clock.set(moment);
        statuses[label] = await status(member.token, award!.id);
      }
      expect(statuses).toEqual({
        issued: 'ACTIVE',
        '31 days before': 'ACTIVE',
        '30 days before': 'EXPIRING_SOON',
        '29 days before': 'EXPIRING_SOON',
        'a second before': 'EXPIRING_SOON',
        'at expiry': 'EXPIRED',
        'a year after': 'EXPIRED',
      });
    });

    it('renews inside the 30-day window: after retaking and completing every required course, a second award with a new expiry, the first kept', async () => {
      const { admin, member, first, second } = await setting();
      await createCertification(api, admin, {
        name: 'Service Fundamentals',
        requiredCourseIds: [first.id, second.id],
        validityDays: 365,
        points: 150,
      });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);
      await finish(member, first);
      const [original] = (await finish(member, second)).newCertifications;
      const pointsBefore = (await ledgerOf(api, member.id)).sum;

      const renewedAt = at(issuedAt, 340);
      api.clock.set(renewedAt);
      expect(await status(member.token, original!.id)).toBe('EXPIRING_SOON');
      expect((await retakeAndFinish(member, first)).newCertifications).toEqual([]);
      const renewal = await retakeAndFinish(member, second);

      expect(renewal.newCertifications).toEqual([
        expect.objectContaining({
          sequence: 2,
          issuedAt: renewedAt.toISOString(),
          expiresAt: at(renewedAt, 365).toISOString(),
          status: 'ACTIVE',
        }),
      ]);
      const [renewed] = renewal.newCertifications;
      expect(renewed!.id).not.toBe(original!.id);
      // Only the certification pays again: module and course points are not awarded twice.
      expect(renewal.pointsAwarded).toBe(150);
      expect((await ledgerOf(api, member.id)).sum).toBe(pointsBefore + 150);
      expect(await myCertifications(member)).toEqual([
        expect.objectContaining({ id: renewed!.id, sequence: 2, status: 'ACTIVE', expiresAt: at(renewedAt, 365).toISOString() }),
        expect.objectContaining({ id: original!.id, sequence: 1, status: 'EXPIRING_SOON', expiresAt: at(issuedAt, 365).toISOString() }),
      ]);
      expect(
        (await celebrationsOf(api, member.id))
          .filter((celebration) => celebration.kind === 'CERTIFICATION_EARNED')
          .map((celebration) => celebration.title),
      ).toEqual([
        'Cora Certified is now certified: “Service Fundamentals”',
        'Cora Certified renewed the “Service Fundamentals” certification',
      ]);
    });

    it('renews after expiry, and the expired award stays in the history as EXPIRED', async () => {
      const { admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id], validityDays: 100 });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);
      const [original] = (await finish(member, first)).newCertifications;

      const renewedAt = at(issuedAt, 150);
      api.clock.set(renewedAt);
      expect(await status(member.token, original!.id)).toBe('EXPIRED');
      const [renewed] = (await retakeAndFinish(member, first)).newCertifications;

      expect(renewed).toMatchObject({ sequence: 2, expiresAt: at(renewedAt, 100).toISOString(), status: 'ACTIVE' });
      expect((await myCertifications(member)).map((award) => [award.sequence, award.status])).toEqual([
        [2, 'ACTIVE'],
        [1, 'EXPIRED'],
      ]);
    });

    it('issues nothing for completing the courses again while the award is ACTIVE, and such early completions do not count once the window opens', async () => {
      const { admin, member, first, second } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id, second.id], validityDays: 365, points: 150 });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);
      await finish(member, first);
      await finish(member, second);

      api.clock.set(at(issuedAt, 100));
      expect((await retakeAndFinish(member, first)).newCertifications).toEqual([]);
      expect((await retakeAndFinish(member, second)).newCertifications).toEqual([]);

      // The window opens 30 days before expiry: the second course, last completed on day 100, must be completed again.
      api.clock.set(at(issuedAt, 340));
      expect((await retakeAndFinish(member, first)).newCertifications).toEqual([]);
      expect((await retakeAndFinish(member, second)).newCertifications.map((award) => award.sequence)).toEqual([2]);
      expect(await api.sql('SELECT sequence FROM certification_awards WHERE user_id = $1 ORDER BY sequence', [member.id])).toEqual([
        { sequence: 1 },
        { sequence: 2 },
      ]);
      expect((await ledgerOf(api, member.id)).rows.filter((row) => row.reason === 'CERTIFICATION_EARNED').map((row) => row.amount)).toEqual(
        [150, 150],
      );
    });

    it('keeps a certification without validityDays ACTIVE for good, and never renews it', async () => {
      const { admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id], validityDays: null });
      const [award] = (await finish(member, first)).newCertifications;
      expect(award).toMatchObject({ sequence: 1, expiresAt: null, status: 'ACTIVE' });

      api.clock.set(noonUtc(3650 * 3));
      expect(await status(member.token, award!.id)).toBe('ACTIVE');
      expect((await retakeAndFinish(member, first)).newCertifications).toEqual([]);
      expect(await api.sql('SELECT count(*)::int AS count FROM certification_awards WHERE user_id = $1', [member.id])).toEqual([
        { count: 1 },
      ]);
    });
  });

  describe('revokeCertification', () => {
    it('marks the award REVOKED with who, when and why, keeps it in the history, and lets the courses done afterwards earn it again', async () => {
      const { organization, admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id], validityDays: 365 });
      const issuedAt = noonUtc(0);
      api.clock.set(issuedAt);
      const [award] = (await finish(member, first)).newCertifications;

      const revokedAt = at(issuedAt, 10);
      api.clock.set(revokedAt);
      const { revokeCertification } = await api.ok(
        REVOKE,
        { awardId: award!.id, reason: 'Issued for a course taken by someone else' },
        admin,
      );
      expect(revokeCertification).toEqual({
        id: award!.id,
        status: 'REVOKED',
        revokedAt: revokedAt.toISOString(),
        revokedReason: 'Issued for a course taken by someone else',
        sequence: 1,
      });
      expect(await api.sql('SELECT revoked_by_id FROM certification_awards WHERE id = $1', [award!.id])).toEqual([
        { revoked_by_id: organization.admin.id },
      ]);
      // Revoking again is refused, and changes nothing.
      api.clock.set(at(issuedAt, 11));
      expectError(await api.gql(REVOKE, { awardId: award!.id, reason: 'Again' }, admin), 'BAD_USER_INPUT', 'awardId');
      expect(await myCertifications(member)).toEqual([
        expect.objectContaining({ id: award!.id, status: 'REVOKED', revokedReason: 'Issued for a course taken by someone else' }),
      ]);

      const [again] = (await retakeAndFinish(member, first)).newCertifications;
      expect(again).toMatchObject({ sequence: 2, status: 'ACTIVE' });
      expect((await myCertifications(member)).map((held) => [held.sequence, held.status])).toEqual([
        [2, 'ACTIVE'],
        [1, 'REVOKED'],
      ]);
    });

    it('refuses revocation to a manager and an employee (FORBIDDEN), without a reason (BAD_USER_INPUT), and across organisations (NOT_FOUND)', async () => {
      const { organization, admin, member, first } = await setting();
      await createCertification(api, admin, { requiredCourseIds: [first.id] });
      const [award] = (await finish(member, first)).newCertifications;
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      const elsewhere = await signUpOrganization(api);
      const before = await api.sql('SELECT * FROM certification_awards WHERE id = $1', [award!.id]);

      for (const token of [manager.token, member.token])
        expectError(await api.gql(REVOKE, { awardId: award!.id, reason: 'Because' }, token), 'FORBIDDEN');
      for (const reason of ['', '   '])
        expectError(await api.gql(REVOKE, { awardId: award!.id, reason }, admin), 'BAD_USER_INPUT', 'reason');
      expectError(await api.gql(REVOKE, { awardId: award!.id, reason: 'Because' }, elsewhere.admin.token), 'NOT_FOUND');
      expectError(await api.gql(REVOKE, { awardId: '00000000-0000-4000-8000-000000000000', reason: 'Because' }, admin), 'NOT_FOUND');
      expectError(await api.gql(AWARD, { id: award!.id }, elsewhere.admin.token), 'NOT_FOUND');

      expect(await api.sql('SELECT * FROM certification_awards WHERE id = $1', [award!.id])).toEqual(before);
      expect(await status(member.token, award!.id)).toBe('ACTIVE');
    });
  });

  it('starts a new cycle with retakeCourse, and awards no module or course points a second time', async () => {
    const { member, first } = await setting();
    await finish(member, first);
    const ledger = await ledgerOf(api, member.id);
    expect(ledger.sum).toBe(10 + 10 + 30);

    const { retakeCourse } = await api.ok(RETAKE, { id: first.id }, member.token);
    expect(retakeCourse).toEqual({ id: expect.any(String), status: 'NOT_STARTED', progress: 0, completedAt: null });
    // Retaking an unfinished cycle returns that cycle.
    expect((await api.ok(RETAKE, { id: first.id }, member.token)).retakeCourse.id).toBe(retakeCourse.id);
    // The new cycle starts blank: no module shows the earlier cycle's pass, so each can be taken again.
    const attempts = async () =>
      (
        await api.ok(`query ($id: ID!) { course(id: $id) { modules { myCompletion { passed } } } }`, { id: first.id }, member.token)
      ).course.modules.map((module: { myCompletion: { passed: boolean } | null }) => module.myCompletion);
    expect(await attempts()).toEqual([null, null]);

    const results = [];
    for (const module of first.modules) results.push(await earn(api, member.token, module.id));
    expect(await attempts()).toEqual([{ passed: true }, { passed: true }]);
    expect(results.map((result) => result.pointsAwarded)).toEqual([0, 0]);
    expect(await ledgerOf(api, member.id)).toEqual(ledger);
    const { myEnrollments } = await api.ok(`{ myEnrollments { id status progress course { id } } }`, {}, member.token);
    expect(myEnrollments).toEqual([{ id: retakeCourse.id, status: 'COMPLETED', progress: 1, course: { id: first.id } }]);
    expect(await api.sql('SELECT cycle FROM enrollments WHERE user_id = $1 ORDER BY cycle', [member.id])).toEqual([
      { cycle: 1 },
      { cycle: 2 },
    ]);
  });
});
