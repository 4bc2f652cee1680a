import { randomUUID } from 'node:crypto';
import { earn, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { inbox } from './support/inbox.js';
import { type Member } from './support/fixtures.js';
import { startTestApi, type GraphQLResponse, type TestApi } from './support/test-app.js';
import { buildWorld, populate } from './support/world.js';

const CREATE = `mutation ($input: CreateRewardInput!) { createReward(input: $input) { id name description cost stock active } }`;
const SET_ACTIVE = `mutation ($id: ID!, $active: Boolean!) { setRewardActive(rewardId: $id, active: $active) { id active } }`;
const REDEEM = `mutation ($id: ID!, $key: String!) {
  redeemReward(rewardId: $id, idempotencyKey: $key) { id cost status requestedAt reviewedAt note reward { id name stock } user { id } }
}`;
const REVIEW = `mutation ($id: ID!, $approve: Boolean!, $note: String) {
  reviewRedemption(redemptionId: $id, approve: $approve, note: $note) { id status reviewedAt note }
}`;
const BALANCE = `query ($period: LeaderboardPeriod!) {
  me { points spendablePoints level { number } }
  myLeaderboardEntry(period: $period, scope: INDIVIDUAL) { rank points }
}`;
const CATALOGUE = `{ rewards { id name cost stock active } }`;
const MINE = `{ myRedemptions { id status cost reward { id } } }`;
const QUEUE = `query ($status: RedemptionStatus) { redemptions(status: $status) { id status user { id } reward { id } } }`;

interface Redeemed {
  readonly id: string;
  readonly cost: number;
  readonly status: string;
  readonly reward: { id: string; name: string; stock: number | null };
}

describe('rewards catalogue: points spent without ever lowering lifetime points', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi()));
  afterAll(() => api.close());

  /** Two teams; Phones 1 and 2 each earn 300 points from one course. */
  async function world() {
    const built = await buildWorld(api, {
      defaultBadges: false,
      teams: {
        Phones: { manager: 'Phones Manager', members: ['Phones 1', 'Phones 2'] },
        Chat: { manager: 'Chat Manager', members: ['Chat 1'] },
      },
      courses: { starter: { modules: lessons(100, 100), points: 100 } },
    });
    for (const person of [built.people['Phones 1'], built.people['Phones 2']]) {
      for (const module of built.courses.starter.modules) await earn(api, person.token, module.id);
    }
    return built;
  }

  const createReward = async (admin: string, input: { name: string; cost: number; stock?: number | null; description?: string }) =>
    (await api.ok(CREATE, { input: { description: 'A treat', ...input } }, admin)).createReward as { id: string; stock: number | null };
  const redeem = (person: Member, rewardId: string, key = randomUUID()) =>
    api.gql<{ redeemReward: Redeemed }>(REDEEM, { id: rewardId, key }, person.token);
  const balance = async (person: Member) =>
    (await api.ok(BALANCE, { period: 'ALL_TIME' }, person.token)) as {
      me: { points: number; spendablePoints: number; level: { number: number } };
      myLeaderboardEntry: { rank: number; points: number };
    };

  it('holds the cost from spendable points at once, never from points, level or rank', async () => {
    const { admin, people } = await world();
    const lunch = await createReward(admin.token, { name: 'Team lunch', cost: 120 });
    const before = await balance(people['Phones 1']);
    expect(before.me.points).toBe(300);
    expect(before.me.spendablePoints).toBe(300);

    const { redeemReward } = (await redeem(people['Phones 1'], lunch.id)).data!;
    expect(redeemReward).toMatchObject({ cost: 120, status: 'PENDING', reviewedAt: null, reward: { id: lunch.id, name: 'Team lunch' } });
    const after = await balance(people['Phones 1']);
    expect(after).toEqual({ ...before, me: { ...before.me, spendablePoints: 180 } });
    expect(await api.sql('SELECT 1 FROM points_entries WHERE user_id = $1 AND amount < 0', [people['Phones 1'].id])).toEqual([]);

    // The person's list shows it; a colleague's spendable points are their own.
    expect((await api.ok(MINE, {}, people['Phones 1'].token)).myRedemptions).toEqual([
      { id: redeemReward.id, status: 'PENDING', cost: 120, reward: { id: lunch.id } },
    ]);
    expect((await balance(people['Phones 2'])).me.spendablePoints).toBe(300);
  });

  it('answers a retry with the same idempotency key with the first redemption, holding once', async () => {
    const { admin, people } = await world();
    const mug = await createReward(admin.token, { name: 'Mug', cost: 100, stock: 5 });
    const key = randomUUID();
    const first = (await redeem(people['Phones 1'], mug.id, key)).data!.redeemReward;
    const again = (await redeem(people['Phones 1'], mug.id, key)).data!.redeemReward;
    expect(again.id).toBe(first.id);
    expect((await balance(people['Phones 1'])).me.spendablePoints).toBe(200);
    expect(again.reward.stock).toBe(4);
    expectError(
      await redeem(people['Phones 1'], (await createReward(admin.token, { name: 'Pen', cost: 5 })).id, key),
      'BAD_USER_INPUT',
      'idempotencyKey',
    );
  });

  it('lets twenty concurrent redemptions by one person spend no more than they have', async () => {
    const { admin, people } = await world();
    const voucher = await createReward(admin.token, { name: 'Voucher', cost: 70 });
    const responses = await Promise.all(Array.from({ length: 20 }, () => redeem(people['Phones 1'], voucher.id)));
    const granted = responses.filter((response) => response.data?.redeemReward);
    expect(granted).toHaveLength(4); // 4 × 70 = 280 of 300
    for (const refused of responses.filter((response) => !response.data?.redeemReward)) expectError(refused, 'BAD_USER_INPUT', 'rewardId');
    expect((await balance(people['Phones 1'])).me).toMatchObject({ points: 300, spendablePoints: 20 });
  });

  it('gives a reward with stock 1 to exactly one of twenty people racing for it', async () => {
    const { organization, admin } = await world();
    const names = Array.from({ length: 20 }, (_, index) => `Racer ${index + 1}`);
    const { people, courses } = await populate(api, organization, {
      people: names,
      courses: { quick: { modules: lessons(50), points: 0 } },
    });
    const racers = Object.values(people);
    for (const racer of racers) await earn(api, racer.token, courses.quick.modules[0]!.id);
    const trophy = await createReward(admin.token, { name: 'Signed trophy', cost: 10, stock: 1 });
    const responses: GraphQLResponse<{ redeemReward: Redeemed }>[] = await Promise.all(racers.map((racer) => redeem(racer, trophy.id)));
    const granted = responses.filter((response) => response.data?.redeemReward);
    expect(granted).toHaveLength(1);
    for (const refused of responses.filter((response) => !response.data?.redeemReward)) {
      expectError(refused, 'BAD_USER_INPUT', 'rewardId');
      expect(refused.errors![0]!.message).toMatch(/out of stock/);
    }
    expect(await api.sql('SELECT stock FROM rewards WHERE id = $1', [trophy.id])).toEqual([{ stock: 0 }]);
    expect(await api.sql('SELECT count(*)::int AS count FROM redemptions WHERE reward_id = $1', [trophy.id])).toEqual([{ count: 1 }]);
  });

  it('refuses a cost above the spendable balance, no stock left and an inactive reward', async () => {
    const { admin, people } = await world();
    const holiday = await createReward(admin.token, { name: 'Extra day off', cost: 301 });
    expectError(await redeem(people['Phones 1'], holiday.id), 'BAD_USER_INPUT', 'rewardId');
    const none = await createReward(admin.token, { name: 'Sold out', cost: 10, stock: 0 });
    expectError(await redeem(people['Phones 1'], none.id), 'BAD_USER_INPUT', 'rewardId');
    const retired = await createReward(admin.token, { name: 'Old hoodie', cost: 10 });
    await api.ok(SET_ACTIVE, { id: retired.id, active: false }, admin.token);
    expectError(await redeem(people['Phones 1'], retired.id), 'BAD_USER_INPUT', 'rewardId');
    expect((await balance(people['Phones 1'])).me.spendablePoints).toBe(300);
    expect(await api.sql('SELECT 1 FROM redemptions WHERE user_id = $1', [people['Phones 1'].id])).toEqual([]);
    // Employees do not see an inactive reward; the admin does, after the active ones.
    const seen = (await api.ok(CATALOGUE, {}, people['Phones 1'].token)).rewards.map((reward: { name: string }) => reward.name);
    expect(seen).toEqual(['Sold out', 'Extra day off']);
    const all = (await api.ok(CATALOGUE, {}, admin.token)).rewards.map((reward: { name: string }) => reward.name);
    expect(all).toEqual(['Sold out', 'Extra day off', 'Old hoodie']);
  });

  it('lets a manager approve or reject their team’s redemptions; rejecting releases the hold and the stock', async () => {
    const { admin, people, teams } = await world();
    const mug = await createReward(admin.token, { name: 'Mug', cost: 100, stock: 2 });
    const one = (await redeem(people['Phones 1'], mug.id)).data!.redeemReward;
    const two = (await redeem(people['Phones 2'], mug.id)).data!.redeemReward;
    const phonesManager = teams.Phones.manager;

    const queue = (await api.ok(QUEUE, {}, phonesManager.token)).redemptions;
    expect(queue.map((row: { id: string }) => row.id)).toEqual([one.id, two.id]);
    // Another team's manager sees none of them and may review none.
    expect((await api.ok(QUEUE, {}, teams.Chat.manager.token)).redemptions).toEqual([]);
    expectError(await api.gql(REVIEW, { id: one.id, approve: true }, teams.Chat.manager.token), 'FORBIDDEN');
    // Employees have no queue.
    expectError(await api.gql(QUEUE, {}, people['Phones 1'].token), 'FORBIDDEN');

    const approved = (await api.ok(REVIEW, { id: one.id, approve: true, note: 'Enjoy' }, phonesManager.token)).reviewRedemption;
    expect(approved).toMatchObject({ status: 'APPROVED', note: 'Enjoy' });
    expect(approved.reviewedAt).not.toBeNull();
    const rejected = (await api.ok(REVIEW, { id: two.id, approve: false }, admin.token)).reviewRedemption;
    expect(rejected.status).toBe('REJECTED');

    // Each person hears of the decision once, with the reviewer's note when there is one.
    expect((await inbox(api, people['Phones 1'].token)).nodes.filter((entry) => entry.kind === 'REDEMPTION_REVIEWED')).toEqual([
      { kind: 'REDEMPTION_REVIEWED', title: 'Your “Mug” is approved', body: 'Enjoy', url: '/rewards' },
    ]);
    expect((await inbox(api, people['Phones 2'].token)).nodes.filter((entry) => entry.kind === 'REDEMPTION_REVIEWED')).toEqual([
      expect.objectContaining({ title: 'Your “Mug” was not approved: its points are yours again', url: '/rewards' }),
    ]);
    expect((await balance(people['Phones 1'])).me).toMatchObject({ points: 300, spendablePoints: 200 });
    expect((await balance(people['Phones 2'])).me).toMatchObject({ points: 300, spendablePoints: 300 });
    expect(await api.sql('SELECT stock FROM rewards WHERE id = $1', [mug.id])).toEqual([{ stock: 1 }]);
    expect((await api.ok(QUEUE, {}, phonesManager.token)).redemptions).toEqual([]);
    expect((await api.ok(QUEUE, { status: 'APPROVED' }, admin.token)).redemptions.map((row: { id: string }) => row.id)).toEqual([one.id]);

    // A redemption is reviewed once.
    expectError(await api.gql(REVIEW, { id: one.id, approve: false }, admin.token), 'BAD_USER_INPUT', 'redemptionId');
  });

  it('lets nobody review their own redemption', async () => {
    const { admin, teams, courses } = await world();
    const manager = teams.Phones.manager;
    for (const module of courses.starter.modules) await earn(api, manager.token, module.id);
    const pen = await createReward(admin.token, { name: 'Pen', cost: 5 });
    const own = (await redeem(manager, pen.id)).data!.redeemReward;
    expectError(await api.gql(REVIEW, { id: own.id, approve: true }, manager.token), 'FORBIDDEN');
  });

  it('keeps the catalogue to admins and refuses a bad reward naming the field', async () => {
    const { admin, people } = await world();
    expectError(await api.gql(CREATE, { input: { name: 'Mug', description: '', cost: 5 } }, people['Phones 1'].token), 'FORBIDDEN');
    expectError(await api.gql(CREATE, { input: { name: ' ', description: '', cost: 5 } }, admin.token), 'BAD_USER_INPUT', 'name');
    expectError(await api.gql(CREATE, { input: { name: 'Mug', description: '', cost: 0 } }, admin.token), 'BAD_USER_INPUT', 'cost');
    expectError(
      await api.gql(CREATE, { input: { name: 'Mug', description: '', cost: 5, stock: -1 } }, admin.token),
      'BAD_USER_INPUT',
      'stock',
    );
    const mug = await createReward(admin.token, { name: 'Mug', cost: 5 });
    expectError(await api.gql(SET_ACTIVE, { id: mug.id, active: false }, people['Phones 1'].token), 'FORBIDDEN');
    // Another organisation's reward and redemption are unknown here.
    const stranger = await buildWorld(api, { defaultBadges: false });
    expectError(await api.gql(SET_ACTIVE, { id: mug.id, active: false }, stranger.admin.token), 'NOT_FOUND');
    expectError(await redeem(stranger.admin, mug.id), 'NOT_FOUND');
    const redeemed = (await redeem(people['Phones 1'], mug.id)).data!.redeemReward;
    expectError(await api.gql(REVIEW, { id: redeemed.id, approve: true }, stranger.admin.token), 'NOT_FOUND');
  });
});
