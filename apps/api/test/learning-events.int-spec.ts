import { expectError } from './support/errors.js';
import { inbox } from './support/inbox.js';
import { ledgerOf, type Member } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const EVENT_FIELDS = `id kind title status startsAt endsAt location skills points hostPoints goingCount viewerGoing attendanceRecorded
  hosts { id } attended { id } createdBy { id }`;
const CREATE = `mutation ($input: CreateLearningEventInput!) { createLearningEvent(input: $input) { ${EVENT_FIELDS} } }`;
const REVIEW_EVENT = `mutation ($eventId: ID!, $publish: Boolean!) { reviewLearningEvent(eventId: $eventId, publish: $publish) { id status } }`;
const RSVP = `mutation ($eventId: ID!, $going: Boolean!) { rsvp(eventId: $eventId, going: $going) { id goingCount viewerGoing } }`;
const ATTEND = `mutation ($eventId: ID!, $userIds: [ID!]!) { recordAttendance(eventId: $eventId, userIds: $userIds) { id attendanceRecorded attended { id } } }`;
const EVENTS = `query ($from: DateTime!, $to: DateTime!) { learningEvents(from: $from, to: $to) { ${EVENT_FIELDS} } }`;
const CLAIM = `mutation ($input: ClaimExternalLearningInput!) {
  claimExternalLearning(input: $input) { id title provider completedOn hours evidenceUrl status points user { id } reviewedBy { id } note }
}`;
const REVIEW_CLAIM = `mutation ($claimId: ID!, $approve: Boolean!, $points: Int, $note: String) {
  reviewExternalLearning(claimId: $claimId, approve: $approve, points: $points, note: $note) { id status points note reviewedBy { id } }
}`;
const CLAIMS = `query ($status: ClaimStatus, $teamId: ID, $mine: Boolean) {
  externalLearningClaims(status: $status, teamId: $teamId, mine: $mine) { id status user { id } }
}`;
const CREATE_BADGE = `mutation ($input: CreateBadgeInput!) { createBadge(input: $input) { id } }`;

const NOW = new Date('2026-12-07T09:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();

describe('learning events and external learning', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  beforeEach(() => api.clock.set(NOW));
  afterEach(() => api.clock.reset());

  async function world() {
    const { organization, admin, teams } = await buildWorld(api, {
      defaultBadges: false,
      teams: {
        Phones: { manager: 'Phones Manager', members: ['Phones 1', 'Phones 2', 'Phones 3'] },
        Chat: { manager: 'Chat Manager', members: ['Chat 1'] },
      },
    });
    return { organization, admin, phones: teams.Phones, chat: teams.Chat };
  }

  const eventInput = (hostIds: string[], overrides: Record<string, unknown> = {}) => ({
    kind: 'KNOWLEDGE_SHARE',
    title: 'Handling angry callers',
    description: 'What worked for us this quarter',
    startsAt: at(24),
    endsAt: at(25),
    location: 'Room 4',
    hostIds,
    skills: ['Empathy'],
    points: 15,
    hostPoints: 40,
    ...overrides,
  });
  async function createEvent(token: string, hostIds: string[], overrides: Record<string, unknown> = {}) {
    return (await api.ok<{ createLearningEvent: Record<string, any> }>(CREATE, { input: eventInput(hostIds, overrides) }, token))
      .createLearningEvent;
  }
  const celebrationsOf = (eventId: string) =>
    api.sql<{ title: string; people_ids: string[]; details: Record<string, unknown> }>(
      'SELECT title, people_ids, details FROM celebrations WHERE source_key = $1',
      [`LEARNING_EVENT:${eventId}`],
    );

  describe('events', () => {
    it('publishes a manager’s event at once, with its hosts, and lists it to everyone in its window', async () => {
      const { phones, chat } = await world();
      const [host] = phones.members as [Member];
      const event = await createEvent(phones.manager.token, [host.id]);
      expect(event).toMatchObject({
        status: 'PUBLISHED',
        kind: 'KNOWLEDGE_SHARE',
        skills: ['empathy'],
        hosts: [{ id: host.id }],
        attended: [],
        goingCount: 0,
        viewerGoing: false,
        attendanceRecorded: false,
        createdBy: { id: phones.manager.id },
      });
      const { learningEvents } = await api.ok(EVENTS, { from: at(0), to: at(24 * 30) }, chat.members[0]!.token);
      expect(learningEvents.map((listed: { id: string }) => listed.id)).toEqual([event.id]);
      expect((await api.ok(EVENTS, { from: at(48), to: at(72) }, chat.members[0]!.token)).learningEvents).toEqual([]);
    });

    it('holds an employee’s event as a proposal that only a manager of their team or an admin publishes', async () => {
      const { admin, phones, chat } = await world();
      const [proposer, colleague] = phones.members as [Member, Member];
      const proposal = await createEvent(proposer.token, [proposer.id]);
      expect(proposal.status).toBe('PENDING');

      const window = { from: at(0), to: at(24 * 7) };
      expect((await api.ok(EVENTS, window, colleague.token)).learningEvents).toEqual([]);
      expect((await api.ok(EVENTS, window, proposer.token)).learningEvents.map((e: { id: string }) => e.id)).toEqual([proposal.id]);
      expect((await api.ok(EVENTS, window, phones.manager.token)).learningEvents.map((e: { id: string }) => e.id)).toEqual([proposal.id]);
      expect((await api.ok(EVENTS, window, chat.manager.token)).learningEvents).toEqual([]);
      expectError(await api.gql(RSVP, { eventId: proposal.id, going: true }, colleague.token), 'BAD_USER_INPUT', 'eventId');

      expectError(await api.gql(REVIEW_EVENT, { eventId: proposal.id, publish: true }, chat.manager.token), 'FORBIDDEN');
      expectError(await api.gql(REVIEW_EVENT, { eventId: proposal.id, publish: true }, colleague.token), 'FORBIDDEN');
      expect((await api.ok(REVIEW_EVENT, { eventId: proposal.id, publish: true }, phones.manager.token)).reviewLearningEvent.status).toBe(
        'PUBLISHED',
      );
      expectError(await api.gql(REVIEW_EVENT, { eventId: proposal.id, publish: false }, admin.token), 'BAD_USER_INPUT', 'eventId');
      expect((await api.ok(EVENTS, window, colleague.token)).learningEvents.map((e: { id: string }) => e.id)).toEqual([proposal.id]);
    });

    it('refuses an end before the start, unknown hosts, and a window wider than 92 days, naming the field', async () => {
      const { phones, organization } = await world();
      const manager = phones.manager.token;
      expectError(
        await api.gql(CREATE, { input: eventInput([phones.manager.id], { endsAt: at(23) }) }, manager),
        'BAD_USER_INPUT',
        'endsAt',
      );
      expectError(await api.gql(CREATE, { input: eventInput([]) }, manager), 'BAD_USER_INPUT', 'hostIds');
      expectError(await api.gql(CREATE, { input: eventInput([organization.id]) }, manager), 'NOT_FOUND');
      expectError(await api.gql(CREATE, { input: eventInput([phones.manager.id], { points: -1 }) }, manager), 'BAD_USER_INPUT', 'points');
      expectError(await api.gql(EVENTS, { from: at(0), to: at(24 * 93) }, manager), 'BAD_USER_INPUT', 'to');
      expect(await api.sql('SELECT id FROM learning_events WHERE organization_id = $1', [organization.id])).toEqual([]);
    });

    it('counts RSVPs, and a second answer replaces the first', async () => {
      const { phones } = await world();
      const [host, guest, other] = phones.members as [Member, Member, Member];
      const event = await createEvent(phones.manager.token, [host.id]);
      await api.ok(RSVP, { eventId: event.id, going: true }, guest.token);
      await api.ok(RSVP, { eventId: event.id, going: true }, guest.token);
      expect((await api.ok(RSVP, { eventId: event.id, going: true }, other.token)).rsvp).toEqual({
        id: event.id,
        goingCount: 2,
        viewerGoing: true,
      });
      expect((await api.ok(RSVP, { eventId: event.id, going: false }, guest.token)).rsvp).toEqual({
        id: event.id,
        goingCount: 1,
        viewerGoing: false,
      });
      api.clock.set(new Date(at(26)));
      expectError(await api.gql(RSVP, { eventId: event.id, going: true }, guest.token), 'BAD_USER_INPUT', 'eventId');
    });
  });

  describe('attendance', () => {
    it('refuses attendance before the start, by an employee who does not host, and of a host', async () => {
      const { phones } = await world();
      const [host, guest, other] = phones.members as [Member, Member, Member];
      const event = await createEvent(phones.manager.token, [host.id]);
      expectError(await api.gql(ATTEND, { eventId: event.id, userIds: [guest.id] }, host.token), 'BAD_USER_INPUT', 'eventId');
      api.clock.set(new Date(at(24)));
      expectError(await api.gql(ATTEND, { eventId: event.id, userIds: [guest.id] }, other.token), 'FORBIDDEN');
      expectError(await api.gql(ATTEND, { eventId: event.id, userIds: [host.id] }, phones.manager.token), 'BAD_USER_INPUT', 'userIds');
      expectError(await api.gql(ATTEND, { eventId: event.id, userIds: ['not-an-id'] }, host.token), 'BAD_USER_INPUT', 'userIds');
      expect((await ledgerOf(api, guest.id)).rows).toEqual([]);
    });

    it('awards each attendee the event’s points and each host the host points once, however often attendance is recorded, and celebrates the hosts and count', async () => {
      const { admin, phones } = await world();
      const [host, first, second] = phones.members as [Member, Member, Member];
      const event = await createEvent(phones.manager.token, [host.id, phones.manager.id]);
      api.clock.set(new Date(at(25)));

      const recorded = (await api.ok(ATTEND, { eventId: event.id, userIds: [first.id] }, host.token)).recordAttendance;
      expect(recorded).toEqual({ id: event.id, attendanceRecorded: true, attended: [{ id: first.id }] });
      await api.ok(ATTEND, { eventId: event.id, userIds: [first.id, second.id] }, admin.token);
      await api.ok(ATTEND, { eventId: event.id, userIds: [first.id, second.id] }, phones.manager.token);

      for (const attendee of [first, second]) {
        expect(await ledgerOf(api, attendee.id)).toEqual({
          rows: [{ amount: 15, reason: 'EVENT_ATTENDED', source_id: event.id }],
          sum: 15,
          points: 15,
        });
      }
      for (const hosting of [host, phones.manager]) {
        expect(await ledgerOf(api, hosting.id)).toEqual({
          rows: [{ amount: 40, reason: 'EVENT_HOSTED', source_id: event.id }],
          sum: 40,
          points: 40,
        });
      }
      const [celebration, ...others] = await celebrationsOf(event.id);
      expect(others).toEqual([]);
      expect(celebration!.title).toBe('Phones 1 and Phones Manager hosted “Handling angry callers”, attended by 2 people');
      expect([...celebration!.people_ids].sort()).toEqual([host.id, phones.manager.id].sort());
      expect(celebration!.details).toMatchObject({ eventId: event.id, attended: 2 });
    });

    it('awards once when the same attendance is recorded twenty times at once', async () => {
      const { phones } = await world();
      const [host, first, second] = phones.members as [Member, Member, Member];
      const event = await createEvent(phones.manager.token, [host.id]);
      api.clock.set(new Date(at(24)));
      const responses = await Promise.all(
        Array.from({ length: 20 }, (_, index) =>
          api.gql(ATTEND, { eventId: event.id, userIds: index % 2 ? [first.id, second.id] : [second.id, first.id] }, host.token),
        ),
      );
      expect(responses.filter((response) => response.errors)).toEqual([]);
      expect((await ledgerOf(api, first.id)).sum).toBe(15);
      expect((await ledgerOf(api, second.id)).points).toBe(15);
      expect(await ledgerOf(api, host.id)).toMatchObject({ sum: 40, points: 40 });
      expect((await celebrationsOf(event.id)).map((row) => row.details.attended)).toEqual([2]);
    });

    it('earns EVENTS_ATTENDED and SESSIONS_HOSTED badges from the counts', async () => {
      const { admin, phones } = await world();
      const [host, guest] = phones.members as [Member, Member];
      const badge = async (kind: string, threshold: number) =>
        (
          await api.ok(
            CREATE_BADGE,
            {
              input: {
                name: `${kind} badge`,
                description: 'Learning together',
                criteria: kind,
                kind,
                threshold,
                tier: 'BRONZE',
                icon: 'users',
                points: 0,
              },
            },
            admin.token,
          )
        ).createBadge.id as string;
      const attendedBadge = await badge('EVENTS_ATTENDED', 2);
      const hostedBadge = await badge('SESSIONS_HOSTED', 1);
      const awards = (badgeId: string) => api.sql('SELECT user_id FROM badge_awards WHERE badge_id = $1', [badgeId]);

      const firstEvent = await createEvent(phones.manager.token, [host.id]);
      const secondEvent = await createEvent(phones.manager.token, [host.id], { startsAt: at(30), endsAt: at(31) });
      api.clock.set(new Date(at(24)));
      expect(await awards(hostedBadge)).toEqual([]);
      await api.ok(ATTEND, { eventId: firstEvent.id, userIds: [guest.id] }, host.token);
      expect(await awards(hostedBadge)).toEqual([{ user_id: host.id }]);
      expect(await awards(attendedBadge)).toEqual([]);
      api.clock.set(new Date(at(30)));
      await api.ok(ATTEND, { eventId: secondEvent.id, userIds: [guest.id] }, host.token);
      expect(await awards(attendedBadge)).toEqual([{ user_id: guest.id }]);
    });
  });

  describe('external learning', () => {
    const claimInput = (overrides: Record<string, unknown> = {}) => ({
      title: 'CX Summit 2026',
      provider: 'CX Network',
      completedOn: at(-48),
      hours: 12.5,
      evidenceUrl: 'https://example.com/certificate/123',
      ...overrides,
    });

    it('is claimed by the person and approved by their manager with points within the limit, earned once', async () => {
      const { phones } = await world();
      const [learner] = phones.members as [Member];
      const { claimExternalLearning: claim } = await api.ok(CLAIM, { input: claimInput() }, learner.token);
      expect(claim).toMatchObject({ status: 'PENDING', points: 0, hours: 12.5, user: { id: learner.id }, reviewedBy: null });

      expect((await api.ok(CLAIMS, { status: 'PENDING' }, phones.manager.token)).externalLearningClaims).toEqual([
        { id: claim.id, status: 'PENDING', user: { id: learner.id } },
      ]);
      expectError(
        await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true, points: 201 }, phones.manager.token),
        'BAD_USER_INPUT',
        'points',
      );
      expectError(await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true }, phones.manager.token), 'BAD_USER_INPUT', 'points');
      const reviews = await Promise.all(
        Array.from({ length: 10 }, () =>
          api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true, points: 120, note: 'Great choice' }, phones.manager.token),
        ),
      );
      expect(reviews.filter((response) => response.errors)).toEqual([]);
      expect(reviews[0]!.data!.reviewExternalLearning).toEqual({
        id: claim.id,
        status: 'APPROVED',
        points: 120,
        note: 'Great choice',
        reviewedBy: { id: phones.manager.id },
      });
      expect(await ledgerOf(api, learner.id)).toEqual({
        rows: [{ amount: 120, reason: 'EXTERNAL_LEARNING', source_id: claim.id }],
        sum: 120,
        points: 120,
      });
      // Ten identical reviews at once tell the claimant once.
      expect((await inbox(api, learner.token)).nodes.filter((entry) => entry.kind === 'CLAIM_REVIEWED')).toEqual([
        { kind: 'CLAIM_REVIEWED', title: '“CX Summit 2026” is approved: 120 points', body: 'Great choice', url: '/events' },
      ]);
      expectError(await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: false }, phones.manager.token), 'BAD_USER_INPUT', 'claimId');
      expect((await api.ok(CLAIMS, { status: 'PENDING' }, phones.manager.token)).externalLearningClaims).toEqual([]);
    });

    it('refuses a non-http(s) evidence link, a future date and hours out of range, naming the field', async () => {
      const { phones, organization } = await world();
      const [learner] = phones.members as [Member];
      expectError(
        await api.gql(CLAIM, { input: claimInput({ evidenceUrl: 'javascript:alert(1)' }) }, learner.token),
        'BAD_USER_INPUT',
        'evidenceUrl',
      );
      expectError(
        await api.gql(CLAIM, { input: claimInput({ evidenceUrl: 'ftp://example.com/x' }) }, learner.token),
        'BAD_USER_INPUT',
        'evidenceUrl',
      );
      expectError(await api.gql(CLAIM, { input: claimInput({ completedOn: at(48) }) }, learner.token), 'BAD_USER_INPUT', 'completedOn');
      expectError(await api.gql(CLAIM, { input: claimInput({ hours: 0 }) }, learner.token), 'BAD_USER_INPUT', 'hours');
      expect(await api.sql('SELECT id FROM external_learning_claims WHERE organization_id = $1', [organization.id])).toEqual([]);
    });

    it('is reviewed by neither the claimant nor a manager of another team nor an employee; a rejection earns nothing', async () => {
      const { admin, phones, chat } = await world();
      const [learner, colleague] = phones.members as [Member, Member];
      const { claimExternalLearning: managersClaim } = await api.ok(CLAIM, { input: claimInput() }, phones.manager.token);
      expectError(await api.gql(REVIEW_CLAIM, { claimId: managersClaim.id, approve: true, points: 10 }, phones.manager.token), 'FORBIDDEN');

      const { claimExternalLearning: claim } = await api.ok(CLAIM, { input: claimInput() }, learner.token);
      expectError(await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true, points: 10 }, chat.manager.token), 'FORBIDDEN');
      expectError(await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true, points: 10 }, colleague.token), 'FORBIDDEN');
      expect((await api.ok(CLAIMS, {}, chat.manager.token)).externalLearningClaims).toEqual([]);
      expectError(await api.gql(CLAIMS, { teamId: phones.id }, chat.manager.token), 'FORBIDDEN');
      expect((await api.ok(CLAIMS, {}, colleague.token)).externalLearningClaims).toEqual([]);
      expect((await api.ok(CLAIMS, { mine: true }, phones.manager.token)).externalLearningClaims.map((c: { id: string }) => c.id)).toEqual([
        managersClaim.id,
      ]);

      const rejected = (
        await api.ok(REVIEW_CLAIM, { claimId: claim.id, approve: false, note: 'Not customer-service related' }, admin.token)
      ).reviewExternalLearning;
      expect(rejected).toMatchObject({ status: 'REJECTED', points: 0, reviewedBy: { id: admin.id } });
      expect((await ledgerOf(api, learner.id)).rows).toEqual([]);
    });
  });

  it('keeps another organisation’s events and claims unknown, whatever id is sent', async () => {
    const ours = await world();
    const theirs = await world();
    const [host, guest] = ours.phones.members as [Member, Member];
    const event = await createEvent(ours.phones.manager.token, [host.id]);
    const { claimExternalLearning: claim } = await api.ok(
      CLAIM,
      { input: { title: 'CX Summit', provider: 'CX Network', completedOn: at(-24), hours: 3 } },
      guest.token,
    );
    api.clock.set(new Date(at(24)));
    const stranger = theirs.admin.token;
    expectError(await api.gql(RSVP, { eventId: event.id, going: true }, stranger), 'NOT_FOUND');
    expectError(await api.gql(ATTEND, { eventId: event.id, userIds: [guest.id] }, stranger), 'NOT_FOUND');
    expectError(await api.gql(REVIEW_CLAIM, { claimId: claim.id, approve: true, points: 10 }, stranger), 'NOT_FOUND');
    expectError(await api.gql(ATTEND, { eventId: event.id, userIds: [theirs.phones.members[0]!.id] }, host.token), 'NOT_FOUND');
    expect((await api.ok(EVENTS, { from: at(0), to: at(48) }, stranger)).learningEvents).toEqual([]);
    expect((await api.ok(CLAIMS, {}, stranger)).externalLearningClaims).toEqual([]);
    expect((await ledgerOf(api, guest.id)).rows).toEqual([]);
  });
});
