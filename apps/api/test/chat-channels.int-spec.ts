import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { expectError } from './support/errors.js';
import { addMember, signUpOrganization, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

// The chat channel is a real HTTP server on the loopback interface, reached over plain http: the
// API under test is told it may (CHAT_WEBHOOK_ALLOW_LOOPBACK_HTTP), as no other instance is.

const SET_WEBHOOK = `mutation ($url: String) { setChatWebhook(url: $url) { id chatWebhookConfigured chatWebhookFailures } }`;
const ORGANIZATION = `{ organization { id chatWebhookConfigured chatWebhookFailures } }`;
const POST_STORY = `mutation ($input: PostSuccessStoryInput!) { postSuccessStory(input: $input) { id title } }`;

/** An incoming webhook: records every post, answering each with the next status of `answers` (200 once they run out). */
class Receiver {
  readonly posts: { text: string; status: number }[] = [];
  answers: number[] = [];
  private readonly server: Server = createServer((request, response) => void this.receive(request, response));

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as { port: number }).port}/hooks/T000/B000`;
  }

  private async receive(request: IncomingMessage, response: ServerResponse) {
    let body = '';
    for await (const chunk of request) body += chunk;
    const status = this.answers.shift() ?? 200;
    this.posts.push({ text: (JSON.parse(body) as { text: string }).text, status });
    response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'no_service');
  }

  delivered(): string[] {
    return this.posts.filter((post) => post.status === 200).map((post) => post.text);
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('chat channels', () => {
  let api: TestApi;
  let receiver: Receiver;
  let webhook: string;
  beforeAll(async () => (api = await startTestApi({ chatWebhookAllowLoopbackHttp: true, chatWebhookRetryDelaySeconds: 1 })));
  afterAll(() => api.close());
  // A receiver of its own for each test: retries left over from another test cannot reach it.
  beforeEach(async () => {
    receiver = new Receiver();
    webhook = await receiver.start();
  });
  afterEach(() => receiver.close());

  async function story(organization: Organization, title: string) {
    const { postSuccessStory } = await api.ok(
      POST_STORY,
      { input: { title, body: 'Stayed on the line until the refund went through.', userIds: [organization.admin.id] } },
      organization.admin.token,
    );
    return postSuccessStory as { id: string; title: string };
  }

  describe('setChatWebhook', () => {
    it('is for admins only, and takes https URLs only, naming the url field', async () => {
      const organization = await signUpOrganization(api);
      const employee = await addMember(api, organization);
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      for (const token of [employee.token, manager.token])
        expectError(await api.gql(SET_WEBHOOK, { url: 'https://hooks.slack.com/services/T0/B0/x' }, token), 'FORBIDDEN');
      for (const url of ['http://hooks.slack.com/services/T0/B0/x', 'not a url', 'http://localhost:9/hook'])
        expectError(await api.gql(SET_WEBHOOK, { url }, organization.admin.token), 'BAD_USER_INPUT', 'url');
      expect((await api.ok(ORGANIZATION, {}, organization.admin.token)).organization.chatWebhookConfigured).toBe(false);
    });

    it('keeps the URL encrypted, tells whether one is set, and removes it with null', async () => {
      const organization = await signUpOrganization(api);
      const url = 'https://outlook.webhook.office.com/webhookb2/secret-token-123';
      const { setChatWebhook } = await api.ok(SET_WEBHOOK, { url }, organization.admin.token);
      expect(setChatWebhook).toEqual({ id: organization.id, chatWebhookConfigured: true, chatWebhookFailures: 0 });
      const [stored] = await api.sql<{ chat_webhook_url: string }>('SELECT chat_webhook_url FROM organizations WHERE id = $1', [
        organization.id,
      ]);
      expect(stored!.chat_webhook_url).toMatch(/^v1\./);
      expect(stored!.chat_webhook_url).not.toContain('secret-token-123');
      expect(stored!.chat_webhook_url).not.toContain('office.com');

      const other = await signUpOrganization(api);
      expect((await api.ok(ORGANIZATION, {}, other.admin.token)).organization.chatWebhookConfigured).toBe(false);

      expect((await api.ok(SET_WEBHOOK, { url: null }, organization.admin.token)).setChatWebhook.chatWebhookConfigured).toBe(false);
      expect(await api.sql('SELECT chat_webhook_url FROM organizations WHERE id = $1', [organization.id])).toEqual([
        { chat_webhook_url: null },
      ]);
    });
  });

  it('posts each celebration once, after it commits, as a text with a link to the feed; other organisations post nothing', async () => {
    const organization = await signUpOrganization(api, 'Harbour Care');
    const quiet = await signUpOrganization(api);
    await api.ok(SET_WEBHOOK, { url: webhook }, organization.admin.token);
    const titles = ['Refund rescue', 'Night shift save', 'Outage calm', 'Five-star Friday', 'Escalation averted'];
    await Promise.all(titles.map((title) => story(organization, title)));
    await story(quiet, 'Not for this channel');
    await until('five posts', () => receiver.posts.length >= 5);
    await pause(2_500);
    expect(receiver.delivered().sort()).toEqual(
      titles.map((title) => `🎉 ${title}\nStayed on the line until the refund went through.\nhttp://laurels.test/feed`).sort(),
    );
    expect(receiver.posts).toHaveLength(5);
  });

  it('retries a failing webhook with back-off until it answers, posting once, and forgets the failures then', async () => {
    const organization = await signUpOrganization(api);
    await api.ok(SET_WEBHOOK, { url: webhook }, organization.admin.token);
    receiver.answers = [500, 503];
    const started = Date.now();
    await story(organization, 'Third time lucky');
    await until('the post to go through', () => receiver.delivered().length === 1);
    // Two failed attempts, then a third one second and two seconds after (the delay doubles).
    expect(receiver.posts.map((post) => post.status)).toEqual([500, 503, 200]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_500);
    expect((await api.ok(ORGANIZATION, {}, organization.admin.token)).organization.chatWebhookFailures).toBe(0);
    await pause(2_000);
    expect(receiver.posts).toHaveLength(3);
  });

  it('undoes nothing when the webhook keeps failing, and warns admins after repeated failures until the URL changes', async () => {
    const organization = await signUpOrganization(api);
    await api.ok(SET_WEBHOOK, { url: webhook }, organization.admin.token);
    receiver.answers = Array(20).fill(500);
    const posted = await story(organization, 'Posted all the same');
    expect(await api.sql('SELECT title FROM celebrations WHERE id = $1', [posted.id])).toEqual([{ title: 'Posted all the same' }]);
    await until(
      'three failed attempts',
      async () => (await api.ok(ORGANIZATION, {}, organization.admin.token)).organization.chatWebhookFailures >= 3,
    );
    expect(receiver.delivered()).toEqual([]);

    const { setChatWebhook } = await api.ok(SET_WEBHOOK, { url: `${webhook}/new` }, organization.admin.token);
    expect(setChatWebhook.chatWebhookFailures).toBe(0);
  });

  it('posts nothing for an organisation that removed its webhook before the post went out', async () => {
    const organization = await signUpOrganization(api);
    await api.ok(SET_WEBHOOK, { url: webhook }, organization.admin.token);
    receiver.answers = [500];
    await story(organization, 'Changed our minds');
    await until('the first attempt', () => receiver.posts.length === 1);
    await api.ok(SET_WEBHOOK, { url: null }, organization.admin.token);
    await pause(3_000);
    expect(receiver.posts).toHaveLength(1);
  });
});
