import type { INestApplication } from '@nestjs/common';
import { Role } from '@laurels/domain';
import type { Viewer } from '#platform/auth';
import { Clock } from '#platform/clock';
import { OnboardingService } from '#activities/onboarding';
import { RedemptionsService, RewardsService } from '#activities/rewards';
import { UsersService } from '#directory/organizations';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Days a new hire has for the demo's onboarding path. */
const ONBOARDING_DAYS = 30;

/** Someone who joined after onboarding was set, so that their home opens on it. */
export const DEMO_NEW_HIRE = { email: 'mia@northwind.example', displayName: 'Mia Novak', startedDaysAgo: 2 };

const DEMO_REWARDS = [
  { name: 'Café voucher', description: 'A coffee and a pastry at the café downstairs.', cost: 150, stock: null },
  { name: 'Long lunch', description: 'An extra hour for lunch, on a day you choose with your manager.', cost: 300, stock: 10 },
  { name: 'Northwind hoodie', description: 'The navy one with the laurel on the back.', cost: 500, stock: 5 },
  { name: 'Conference ticket', description: 'A ticket to a customer-service conference of your choice.', cost: 5000, stock: 2 },
];

/**
 * Onboarding from day one and the rewards catalogue in the demo: the
 * onboarding path set, a new hire who was given it, a small catalogue, one
 * redemption approved and one waiting for review.
 */
export async function seedProgrammes(
  app: INestApplication,
  admin: Viewer,
  onboardingPathId: string,
  teamIds: ReadonlyMap<string, string>,
  people: ReadonlyMap<string, Viewer>,
  password: string,
): Promise<void> {
  await app.get(OnboardingService).setPath(admin, onboardingPathId, ONBOARDING_DAYS);
  const now = app.get(Clock).now();
  await app.get(UsersService).create(admin, {
    email: DEMO_NEW_HIRE.email,
    displayName: DEMO_NEW_HIRE.displayName,
    password,
    role: Role.EMPLOYEE,
    teamId: teamIds.get('Customer Success') ?? null,
    startedAt: new Date(now.getTime() - DEMO_NEW_HIRE.startedDaysAgo * DAY_MS),
  });

  const catalogue = app.get(RewardsService);
  const rewards = new Map<string, string>();
  for (const reward of DEMO_REWARDS) rewards.set(reward.name, (await catalogue.create(admin, reward)).id);

  const redemptions = app.get(RedemptionsService);
  const approved = await redemptions.redeem(people.get('ava@northwind.example')!, rewards.get('Café voucher')!, 'demo-ava-cafe');
  await redemptions.review(admin, approved.id, true, 'Enjoy, and thanks for the certification!');
  await redemptions.redeem(people.get('hannah@northwind.example')!, rewards.get('Long lunch')!, 'demo-hannah-lunch');
}
