import { NOTIFICATION_MAIL } from '../src/directory/notifications/notifications.service.js';
import { Jobs } from '../src/platform/jobs/jobs.service.js';
import { NewsletterService } from '../src/views/digest/newsletter.service.js';
import { DAY_MS, lessons } from './support/achievements.js';
import { addMember, type Member } from './support/fixtures.js';
import { TestSmtp } from './support/smtp.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const ASSIGN = `mutation ($input: AssignCourseInput!) { assignCourse(input: $input) { id } }`;
const NUDGE = `mutation ($ids: [ID!]!, $message: String) { nudge(assignmentIds: $ids, message: $message) }`;
const GIVE = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const PREFERENCES = `{ notificationPreferences { kind inApp email } }`;
const SET_PREFERENCE = `mutation ($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) {
  setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind }
}`;

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mail', () => {
  let smtp: TestSmtp;
  let api: TestApi;
  beforeAll(async () => {
    smtp = await TestSmtp.start();
    api = await startTestApi({ smtpUrl: smtp.url, mailFrom: 'Laurels <no-reply@laurels.test>' });
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });
  afterEach(() => api.clock.reset());

  async function nudgedTeam(target: TestApi = api) {
    const world = await buildWorld(target, {
      teams: { Front: { manager: 'Maya', members: ['Priya'] } },
      courses: { listening: { title: 'Listening', modules: lessons(10) } },
    });
    const [assignment] = (
      await target.ok<{ assignCourse: { id: string }[] }>(
        ASSIGN,
        {
          input: {
            courseId: world.courses.listening.id,
            userIds: [world.people.Priya.id],
            dueAt: new Date(Date.now() + DAY_MS).toISOString(),
          },
        },
        world.people.Maya.token,
      )
    ).assignCourse;
    const nudge = (message = 'Ten minutes today?') => target.ok(NUDGE, { ids: [assignment!.id], message }, world.people.Maya.token);
    return { ...world, nudge };
  }
  const mailTo = (member: Member) => (mail: { to: string[] }) => mail.to.includes(member.email);

  it('mails what a person wants by email, once, with a one-click unsubscribe link, and nothing they do not', async () => {
    const { people, nudge } = await nudgedTeam();
    await api.ok(GIVE, { input: { toUserId: people.Priya.id, message: 'Thanks!', values: ['Empathy'], points: 0 } }, people.Maya.token);
    await nudge();
    const [mail] = await smtp.arrived(1, mailTo(people.Priya));
    expect(mail!.subject).toBe('Maya nudged you about “Listening”');
    expect(mail!.raw).toContain('Ten minutes today?');
    expect(mail!.raw).toContain('From: Laurels <no-reply@laurels.test>');
    expect(mail!.raw).toMatch(/List-Unsubscribe-Post: List-Unsubscribe=One-Click/);
    expect(mail!.unsubscribe).toMatch(/^http:\/\/laurels\.test\/mail\/unsubscribe\?token=/);
    expect(mail!.raw).toContain(mail!.unsubscribe!);

    // A second job for the same notification (a retry, another instance) mails nothing more.
    const [notification] = await api.sql<{ id: string }>(`SELECT id FROM notifications WHERE recipient_id = $1 AND kind = 'NUDGE'`, [
      people.Priya.id,
    ]);
    await api.app.get(Jobs).send(NOTIFICATION_MAIL, { notificationId: notification!.id });
    await settle(2_500);
    expect(smtp.received.filter(mailTo(people.Priya))).toHaveLength(1);
  });

  it('retries a mail the server refused, and it arrives once', async () => {
    const { people, nudge } = await nudgedTeam();
    smtp.refuseNext = 1;
    await nudge();
    await smtp.arrived(1, mailTo(people.Priya), 30_000);
    expect(smtp.refuseNext).toBe(0);
    await settle(1_500);
    expect(smtp.received.filter(mailTo(people.Priya))).toHaveLength(1);
  }, 60_000);

  it('unsubscribes from that kind of mail without signing in, and refuses a tampered link', async () => {
    const { people, nudge } = await nudgedTeam();
    await nudge();
    const [mail] = await smtp.arrived(1, mailTo(people.Priya));
    const tampered = await fetch(
      `${api.url}/mail/unsubscribe?token=${new URL(mail!.unsubscribe!).searchParams.get('token')!.slice(0, -2)}xx`,
    );
    expect(await tampered.text()).toContain('not valid');
    expect((await api.ok(PREFERENCES, {}, people.Priya.token)).notificationPreferences).toContainEqual({
      kind: 'NUDGE',
      inApp: true,
      email: true,
    });

    const path = mail!.unsubscribe!.replace('http://laurels.test', api.url);
    const oneClick = await fetch(path, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.text()).toContain('You will no longer get nudge notifications by email');
    expect((await api.ok(PREFERENCES, {}, people.Priya.token)).notificationPreferences).toContainEqual({
      kind: 'NUDGE',
      inApp: true,
      email: false,
    });

    api.clock.set(new Date(Date.now() + DAY_MS));
    await nudge('Still waiting');
    await settle(2_500);
    expect(smtp.received.filter(mailTo(people.Priya))).toHaveLength(1);
    expect((await fetch(path)).status).toBe(200);
  });

  it('mails nothing and queues nothing without SMTP_URL', async () => {
    const quiet = await startTestApi();
    try {
      const { people, nudge } = await nudgedTeam(quiet);
      await nudge();
      expect(await quiet.sql(`SELECT 1 FROM jobs.job WHERE name = $1`, [NOTIFICATION_MAIL])).toEqual([]);
      expect(await quiet.app.get(NewsletterService).startDue()).toEqual([]);
      expect(await quiet.sql(`SELECT 1 FROM notifications WHERE recipient_id = $1`, [people.Priya.id])).toHaveLength(1);
    } finally {
      await quiet.close();
    }
  });

  describe('the weekly digest newsletter', () => {
    it('goes on Monday morning in each organisation’s time zone, once per person per week, to everyone not opted out', async () => {
      const paris = await buildWorld(api, { timeZone: 'Europe/Paris', teams: { Lyon: { members: ['Amelie', 'Bruno', 'Chloe'] } } });
      const newYork = await buildWorld(api, { timeZone: 'America/New_York', teams: { Bronx: { members: ['Dana'] } } });
      const gone = await addMember(api, paris.organization, { name: 'Gone' });
      await api.ok(`mutation ($id: ID!) { deactivateUser(userId: $id) { id } }`, { id: gone.id }, paris.admin.token);
      await api.ok(SET_PREFERENCE, { kind: 'DIGEST', inApp: false, email: false }, paris.people.Bruno.token);
      const parisSubject = (mail: { subject: string }) => mail.subject.endsWith(': the week of 2026-11-30');
      const isTo =
        (...members: Member[]) =>
        (mail: { to: string[] }) =>
          members.some((member) => mail.to.includes(member.email));
      const newsletter = api.app.get(NewsletterService);

      // Monday 06:30 UTC: 07:30 in Paris, still Sunday night in New York.
      api.clock.set(new Date('2026-12-07T06:30:00Z'));
      const started = await newsletter.startDue();
      expect(started).toContainEqual({ organizationId: paris.organization.id, monday: '2026-11-30' });
      expect(started.map((mailing) => mailing.organizationId)).not.toContain(newYork.organization.id);
      const parisPeople = [paris.admin, paris.people.Amelie, paris.people.Chloe];
      // The job's worker and a second run at once (another instance, a restart): each person once.
      await Promise.all([newsletter.mail(started.find((m) => m.organizationId === paris.organization.id)!), newsletter.startDue()]);
      await smtp.arrived(3, isTo(...parisPeople));
      await settle(2_500);
      const toParis = smtp.received.filter(isTo(paris.admin, paris.people.Amelie, paris.people.Bruno, paris.people.Chloe, gone));
      expect(toParis.map((mail) => mail.to[0]).sort()).toEqual(parisPeople.map((member) => member.email).sort());
      expect(toParis.every(parisSubject)).toBe(true);
      expect(toParis[0]!.unsubscribe).toContain('/mail/unsubscribe?token=');
      expect(smtp.received.filter(isTo(newYork.people.Dana))).toEqual([]);

      // Later that Monday it is morning in New York; Paris is not mailed again.
      api.clock.set(new Date('2026-12-07T13:00:00Z'));
      expect((await newsletter.startDue()).map((mailing) => mailing.organizationId)).toContain(newYork.organization.id);
      await smtp.arrived(1, isTo(newYork.people.Dana));
      await smtp.arrived(1, isTo(newYork.admin));
      await settle(2_500);
      expect(smtp.received.filter(isTo(...parisPeople))).toHaveLength(3);
      expect(smtp.received.filter(isTo(newYork.people.Dana))).toHaveLength(1);

      // Tuesday: no new mailing anywhere.
      api.clock.set(new Date('2026-12-08T13:00:00Z'));
      expect(await newsletter.startDue()).toEqual([]);
    }, 60_000);

    it('resumes a mailing cut short: those already stamped are not mailed again', async () => {
      const world = await buildWorld(api, { timeZone: 'UTC', teams: { Ops: { members: ['Eve', 'Finn'] } } });
      const newsletter = api.app.get(NewsletterService);
      api.clock.set(new Date('2026-12-07T09:00:00Z'));
      await api.sql(`INSERT INTO newsletter_deliveries (user_id, week, organization_id, sent_at) VALUES ($1, '2026-11-30', $2, now())`, [
        world.people.Eve.id,
        world.organization.id,
      ]);
      await newsletter.startDue();
      await smtp.arrived(2, (mail) => mail.to.includes(world.people.Finn.email) || mail.to.includes(world.admin.email));
      await settle(2_500);
      expect(smtp.received.filter((mail) => mail.to.includes(world.people.Eve.email))).toEqual([]);
    });
  });
});
