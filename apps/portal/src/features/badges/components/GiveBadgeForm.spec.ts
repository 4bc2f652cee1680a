import { badgeRecipients } from './GiveBadgeForm';

const person = (id: string, managerId: string | null) => ({ id, team: { manager: managerId ? { id: managerId } : null } });

describe('badgeRecipients', () => {
  const people = [person('maya', 'admin'), person('leo', 'maya'), person('priya', 'maya'), person('sam', 'jordan'), { id: 'ava', team: null }, person('omar', null)];

  it('offers a manager the people of the teams they manage, never themselves', () => {
    expect(badgeRecipients(people, { id: 'maya', role: 'MANAGER' }).map((each) => each.id)).toEqual(['leo', 'priya']);
  });

  it('offers an admin everyone else', () => {
    expect(badgeRecipients(people, { id: 'admin', role: 'ADMIN' }).map((each) => each.id)).toEqual(['maya', 'leo', 'priya', 'sam', 'ava', 'omar']);
  });
});
