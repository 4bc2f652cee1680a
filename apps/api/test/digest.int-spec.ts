import { DAY_MS, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { addMember, completeModule, createCourse, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { buildWorld } from './support/world.js';

const DIGEST = `query ($from: DateTime!, $to: DateTime!) {
  digest(from: $from, to: $to) {
    from to html
    celebrations { id kind title body createdAt }
    customerPraise { kind title body user { id } team { id } }
    topLearners { rank points user { id displayName } }
    milestonesReached { title reachedAt team { id name } }
  }
}`;
const GIVE_KUDOS = `mutation ($input: GiveKudosInput!) { giveKudos(input: $input) { id } }`;
const STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id } }`;
const FEEDBACK = `mutation ($input: RecordFeedbackInput!) { recordCustomerFeedback(input: $input) { id } }`;
const MILESTONE = `mutation ($input: CreateTeamMilestoneInput!) { createTeamMilestone(input: $input) { id } }`;
const OPT_OUT = `mutation { setLeaderboardOptOut(optOut: true) { id } }`;

interface Digest {
  readonly from: string;
  readonly to: string;
  readonly html: string;
  readonly celebrations: { id: string; kind: string; title: string; body: string | null; createdAt: string }[];
  readonly customerPraise: { kind: string; title: string; body: string | null; user: { id: string } | null; team: { id: string } | null }[];
  readonly topLearners: { rank: number; points: number; user: { id: string; displayName: string } }[];
  readonly milestonesReached: { title: string; reachedAt: string; team: { id: string; name: string } }[];
}

const HOUR_MS = 60 * 60 * 1000;
// The week of Monday 1 June 2026 in Paris (UTC+2 in summer): [31 May 22:00 UTC, 7 June 22:00 UTC).
const FROM = new Date('2026-05-31T22:00:00.000Z');
const TO = new Date('2026-06-07T22:00:00.000Z');
const hours = (count: number) => new Date(FROM.getTime() + count * HOUR_MS);
const KUDOS_MESSAGE = 'Fixed ticket #4521 & stopped the <script>alert("x")</script> bug_in_prod';
const ESCAPED_KUDOS = 'Fixed ticket #4521 &amp; stopped the &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; bug_in_prod';

describe('the digest: a period’s highlights as data and as a newsletter', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  const digest = async (token: string, from: Date, to: Date) =>
    (await api.ok<{ digest: Digest }>(DIGEST, { from: from.toISOString(), to: to.toISOString() }, token)).digest;
  const at = async <T>(when: Date, action: () => Promise<T>): Promise<T> => {
    api.clock.set(when);
    return action();
  };
  const kudos = (from: Member, to: Member, message: string, points: number) =>
    api.ok(GIVE_KUDOS, { input: { toUserId: to.id, message, values: ['Ownership'], points } }, from.token);

  describe('a seeded week', () => {
    let harbour: { organization: Organization; people: Record<string, Member>; phones: string; chat: string };
    let week: Digest;

    /**
     * Harbour & Co <Support> in Paris: a week of completions, kudos, praise, a
     * story and a milestone, with events just before and just after it, and a
     * second organisation busy in the same week.
     */
    beforeAll(async () => {
      const {
        organization,
        teams,
        people: named,
      } = await buildWorld(api, {
        name: 'Harbour & Co <Support>',
        timeZone: 'Europe/Paris',
        defaultBadges: false,
        teams: {
          Phones: { manager: 'Mia Manager', members: ['Ann Archer', 'Ben Baker', 'Oli Outside'] },
          Chat: { members: ['Cat Carter'] },
        },
        people: ['Dan Dale', 'Gus Grant', 'Hal Hughes', 'Fay Fuller', 'Eve Ellis'],
      });
      const [phones, chat] = [teams.Phones.id, teams.Chat.id];
      const { 'Mia Manager': mia, 'Ann Archer': ann, 'Ben Baker': ben, 'Oli Outside': oli, 'Cat Carter': cat } = named;
      const { 'Dan Dale': dan, 'Gus Grant': gus, 'Hal Hughes': hal, 'Fay Fuller': fay, 'Eve Ellis': eve } = named;
      const people = { mia, ann, ben, oli, cat, dan, gus, hal, fay, eve };
      await api.ok(OPT_OUT, {}, people.oli.token);
      const admin = organization.admin.token;
      const calm = await createCourse(api, admin, { title: 'Calm voices', modules: lessons(20, 20), points: 30 });
      const warmUp = await createCourse(api, admin, { title: 'Warm-up', modules: lessons(10, 100, 5, 3, 1), points: 0 });
      const late = await createCourse(api, admin, { title: 'Late course', modules: lessons(7), points: 0 });
      const done = (member: Member, module: number) => completeModule(api, member.token, warmUp.modules[module]!.id);

      // Before the week.
      await at(hours(-3), () =>
        api.ok(MILESTONE, { input: { teamId: chat, title: 'First module', metric: 'MODULES_COMPLETED', target: 1 } }, admin),
      );
      await at(hours(-2), () => done(people.cat, 0));
      await at(new Date(FROM.getTime() - 60_000), async () => {
        await done(people.ann, 0);
        await kudos(people.ben, people.ann, 'Before the week', 5);
        await api.ok(
          FEEDBACK,
          { input: { employeeId: people.dan.id, csat: 5, comment: 'Before praise', customerName: 'Early Customer' } },
          admin,
        );
      });

      // The week.
      await at(FROM, async () => {
        await api.ok(MILESTONE, { input: { teamId: phones, title: 'Praise week', metric: 'FEEDBACK_COUNT', target: 2 } }, admin);
        await api.ok(MILESTONE, { input: { teamId: chat, title: 'Chat feedback', metric: 'FEEDBACK_COUNT', target: 1 } }, admin);
        await completeModule(api, people.ann.token, calm.modules[0]!.id);
        await api.ok(
          STORY,
          { input: { title: 'Monday morning', body: 'Dan opened up early.', userIds: [people.dan.id] } },
          people.cat.token,
        );
      });
      await at(hours(1), () => completeModule(api, people.ann.token, calm.modules[1]!.id));
      await at(hours(2), () => kudos(people.cat, people.ben, KUDOS_MESSAGE, 40));
      await at(hours(3), () => api.ok(FEEDBACK, { input: { teamId: phones, csat: 4, comment: 'Good team' } }, people.mia.token));
      await at(hours(26), () =>
        api.ok(
          FEEDBACK,
          {
            input: { employeeId: people.ben.id, csat: 5, comment: 'Ben found my parcel & saved Christmas <3', customerName: 'Dana Client' },
          },
          people.mia.token,
        ),
      );
      await at(hours(50), () => kudos(people.ann, people.cat, 'Thanks for the macro', 10));
      await at(hours(74), () =>
        api.ok(
          STORY,
          {
            input: {
              title: 'Saved the launch',
              body: '**Ben** and _Cat_ stayed late, [see the ticket](https://tickets.example/1).',
              userIds: [people.ben.id, people.cat.id],
            },
          },
          people.ann.token,
        ),
      );
      await at(hours(98), async () => {
        await done(people.oli, 1);
        await done(people.dan, 2);
        await done(people.gus, 3);
        await done(people.hal, 4);
      });

      // The first instant after the week, and later.
      await at(TO, () => completeModule(api, people.fay.token, late.modules[0]!.id));
      await at(new Date(TO.getTime() + 60_000), async () => {
        await kudos(people.ann, people.cat, 'After the week', 10);
        await api.ok(
          FEEDBACK,
          { input: { employeeId: people.cat.id, csat: 5, comment: 'After praise', customerName: 'Late Customer' } },
          admin,
        );
        await api.ok(STORY, { input: { title: 'Next week’s story', body: 'Later.', teamId: chat } }, people.ann.token);
      });

      // Another organisation, busy in the same week.
      const elsewhere = await signUpOrganization(api, 'Elsewhere Inc', 'Europe/Paris');
      const zed = await addMember(api, elsewhere, { name: 'Zed Elsewhere' });
      const yan = await addMember(api, elsewhere, { name: 'Yan Elsewhere' });
      const theirs = await createCourse(api, elsewhere.admin.token, { title: 'Their course', modules: lessons(500), points: 0 });
      await at(hours(5), async () => {
        await completeModule(api, zed.token, theirs.modules[0]!.id);
        await kudos(yan, zed, 'Elsewhere kudos', 50);
        await api.ok(STORY, { input: { title: 'Elsewhere story', body: 'Not yours.', userIds: [zed.id] } }, yan.token);
      });
      api.clock.reset();

      harbour = { organization, people, phones, chat };
      week = await digest(people.eve.token, FROM, TO);
    });

    it('holds the window’s celebrations, newest first, and nothing from before, after or elsewhere', () => {
      expect(week.from).toBe(FROM.toISOString());
      expect(week.to).toBe(TO.toISOString());
      // Celebrations of one instant come in no particular order among themselves.
      const byInstant = (rows: string[][]) => rows.map((row) => row.join(' | ')).sort((a, b) => b.localeCompare(a));
      const listed = week.celebrations.map((celebration) => [celebration.createdAt, celebration.kind, celebration.title]);
      expect(byInstant(listed)).toEqual(
        byInstant([
          [hours(98).toISOString(), 'LEVEL_UP', 'Oli Outside reached level 2: Active Listener'],
          [hours(74).toISOString(), 'SUCCESS_STORY', 'Saved the launch'],
          [hours(50).toISOString(), 'KUDOS', 'Ann Archer gave kudos to Cat Carter'],
          [hours(26).toISOString(), 'CUSTOMER_PRAISE', 'Dana Client praised Ben Baker'],
          [hours(26).toISOString(), 'TEAM_MILESTONE', 'Phones reached “Praise week”'],
          [hours(2).toISOString(), 'KUDOS', 'Cat Carter gave kudos to Ben Baker'],
          [hours(1).toISOString(), 'COURSE_COMPLETED', 'Ann Archer completed “Calm voices”'],
          [FROM.toISOString(), 'SUCCESS_STORY', 'Monday morning'],
        ]),
      );
      const times = listed.map(([createdAt]) => Date.parse(createdAt!));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      expect(week.celebrations.find((celebration) => celebration.title === 'Cat Carter gave kudos to Ben Baker')!.body).toBe(KUDOS_MESSAGE);
    });

    it('lists the customer praise of the window among them', () => {
      expect(week.customerPraise).toEqual([
        {
          kind: 'CUSTOMER_PRAISE',
          title: 'Dana Client praised Ben Baker',
          body: 'Ben found my parcel & saved Christmas <3',
          user: { id: harbour.people.ben.id },
          team: { id: harbour.phones },
        },
      ]);
    });

    it('ranks the five who earned most points inside the window, ties sharing a rank, leaving out whoever opted out and whoever earned nothing', () => {
      const { ann, ben, cat, dan, gus } = harbour.people;
      // Ann: 20 + 20 + 30 course bonus (her 10 + 5 from before the week left out); Ben: 40 kudos + 30 praise; Dan: 5 (his praise came before);
      // Oli's 100 are his, but he opted out; Hal's 1 comes sixth; Fay's 7 came at `to`, just after the window.
      expect(week.topLearners).toEqual([
        { rank: 1, points: 70, user: { id: ann.id, displayName: 'Ann Archer' } },
        { rank: 1, points: 70, user: { id: ben.id, displayName: 'Ben Baker' } },
        { rank: 3, points: 10, user: { id: cat.id, displayName: 'Cat Carter' } },
        { rank: 4, points: 5, user: { id: dan.id, displayName: 'Dan Dale' } },
        { rank: 5, points: 3, user: { id: gus.id, displayName: 'Gus Grant' } },
      ]);
    });

    it('lists the milestones reached inside the window only', () => {
      expect(week.milestonesReached).toEqual([
        { title: 'Praise week', reachedAt: hours(26).toISOString(), team: { id: harbour.phones, name: 'Phones' } },
      ]);
    });

    it('is the same newsletter for everyone in the organisation', async () => {
      for (const member of [harbour.organization.admin, harbour.people.mia, harbour.people.oli]) {
        expect(await digest(member.token, FROM, TO)).toEqual(week);
      }
    });

    describe('html', () => {
      const section = (title: string) => {
        const start = week.html.indexOf(`>${title}<`);
        expect(start).toBeGreaterThan(-1);
        const next = week.html.indexOf('font:700 18px', start + title.length);
        return week.html.slice(start, next === -1 ? undefined : next);
      };

      it('names the organisation and the period in its time zone, HTML-escaped', () => {
        expect(week.html).toMatch(/^<!DOCTYPE html>/);
        expect(week.html).toContain('<title>Harbour &amp; Co &lt;Support&gt; · Laurels digest · 1 Jun – 7 Jun 2026</title>');
        expect(week.html).toContain('Harbour &amp; Co &lt;Support&gt; · Laurels digest</div>');
        expect(week.html).toContain('>1 Jun – 7 Jun 2026<');
        expect(week.html).not.toContain('Harbour & Co <Support>');
      });

      it('quotes kudos as written and customers’ words, escaped, and tells the story in plain words', () => {
        expect(section('Kudos and success stories')).toContain(`“${ESCAPED_KUDOS}”`);
        expect(section('Kudos and success stories')).toContain('Cat Carter gave kudos to Ben Baker');
        expect(section('Kudos and success stories')).toContain('“Thanks for the macro”');
        expect(section('Kudos and success stories')).toContain('Ben and Cat stayed late, see the ticket.');
        expect(section('What customers said')).toContain('Dana Client praised Ben Baker');
        expect(section('What customers said')).toContain('“Ben found my parcel &amp; saved Christmas &lt;3”');
        expect(week.html).not.toContain('<script>');
        expect(week.html).not.toContain('alert("x")');
      });

      it('shows the top learners with their teams and points, the milestone and the learning achievements', () => {
        const learners = section('Top learners');
        for (const name of ['Ann Archer', 'Ben Baker', 'Cat Carter', 'Dan Dale', 'Gus Grant']) expect(learners).toContain(name);
        for (const name of ['Oli Outside', 'Hal Hughes', 'Fay Fuller', 'Eve Ellis']) expect(learners).not.toContain(name);
        expect(learners).toContain(' · Phones');
        expect(learners.match(/\d+ pts/g)).toEqual(['70 pts', '70 pts', '10 pts', '5 pts', '3 pts']);
        expect(section('Milestones reached')).toContain('Praise week');
        expect(section('Milestones reached')).toContain('Phones · 2 Jun');
        expect(section('Learning achievements')).toContain('Ann Archer completed “Calm voices”');
        expect(section('Learning achievements')).toContain('Oli Outside reached level 2: Active Listener');
        const stat = (label: string) => Number(week.html.match(new RegExp(`>(\\d+)</div><div[^>]*>${label}<`))?.[1]);
        expect([
          stat('badges earned'),
          stat('certifications'),
          stat('kudos given'),
          stat('customer praise'),
          stat('milestones reached'),
        ]).toEqual([0, 0, 2, 1, 1]);
      });

      it('leaves out everything from before, after and elsewhere', () => {
        for (const text of [
          'Before the week',
          'Before praise',
          'Early Customer',
          'After the week',
          'After praise',
          'Late Customer',
          'Next week’s story',
          'First module',
          'Chat feedback',
          'Late course',
        ]) {
          expect(week.html).not.toContain(text);
        }
        for (const text of ['Elsewhere', 'Zed', 'Their course']) expect(week.html).not.toContain(text);
      });

      it('is self-contained: no script, no linked or imported stylesheet, no image, one link to the feed', () => {
        for (const tag of [/<script/i, /<link/i, /<style/i, /@import/i, /url\(/i, /<img/i, /<iframe/i, /\son\w+=/i])
          expect(week.html).not.toMatch(tag);
        expect([...week.html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual(['http://laurels.test/feed']);
        expect([...week.html.matchAll(/src="([^"]*)"/g)]).toEqual([]);
      });
    });
  });

  it('holds at most the 200 newest celebrations of the window', async () => {
    const organization = await signUpOrganization(api);
    await api.sql(
      `INSERT INTO celebrations (organization_id, kind, title, source_key, created_at)
       SELECT $1, 'SUCCESS_STORY', 'Story ' || n, 'TEST:' || n, $2::timestamptz + n * interval '1 minute' FROM generate_series(1, 205) AS n`,
      [organization.id, FROM],
    );
    const { celebrations } = await digest(organization.admin.token, FROM, TO);
    expect(celebrations).toHaveLength(200);
    expect(celebrations[0]!.title).toBe('Story 205');
    expect(celebrations.at(-1)!.title).toBe('Story 6');
  });

  it('says it was a quiet week when nothing was celebrated, with nobody on top', async () => {
    const organization = await signUpOrganization(api, 'Quiet Ltd');
    const result = await digest(organization.admin.token, FROM, TO);
    expect(result).toMatchObject({ celebrations: [], customerPraise: [], topLearners: [], milestonesReached: [] });
    expect(result.html).toContain('A quiet week: nothing was celebrated.');
    expect(result.html).not.toContain('Top learners');
  });

  it('refuses a window that is empty, backwards or longer than 93 days (naming to), or a bound that is no date (naming it), and asks for a sign-in', async () => {
    const organization = await signUpOrganization(api);
    const token = organization.admin.token;
    const ask = (from: string, to: string) => api.gql(DIGEST, { from, to }, token);
    const iso = (date: Date) => date.toISOString();

    expectError(await ask(iso(FROM), iso(FROM)), 'BAD_USER_INPUT', 'to');
    expectError(await ask(iso(TO), iso(FROM)), 'BAD_USER_INPUT', 'to');
    expectError(await ask(iso(FROM), iso(new Date(FROM.getTime() + 93 * DAY_MS + 1))), 'BAD_USER_INPUT', 'to');
    expectError(await ask('last week', iso(TO)), 'BAD_USER_INPUT', 'from');
    expectError(await ask(iso(FROM), '2026-13-45T00:00:00Z'), 'BAD_USER_INPUT', 'to');
    expect((await ask(iso(FROM), iso(new Date(FROM.getTime() + 93 * DAY_MS)))).errors).toBeUndefined();
    expect((await ask(iso(FROM), iso(new Date(FROM.getTime() + 1)))).errors).toBeUndefined();
    expectError(await api.gql(DIGEST, { from: iso(FROM), to: iso(TO) }), 'UNAUTHENTICATED');
  });
});
