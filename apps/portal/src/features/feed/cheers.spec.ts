import { celebratesViewer, cheerFor, type Celebrated } from './cheers';

const maya = { id: 'maya', displayName: 'Maya Patel' };
const leo = { id: 'leo', displayName: 'Leo Martins' };
const kudos: Celebrated = {
  kind: 'KUDOS',
  title: 'Maya Patel gave kudos to Leo Martins',
  body: 'Great save',
  user: leo,
  people: [leo],
  actor: maya,
  kudos: { points: 20 },
};

describe('cheers', () => {
  it('knows the viewer’s own moments, not the ones they made happen', () => {
    expect(celebratesViewer(kudos, 'leo')).toBe(true);
    expect(celebratesViewer(kudos, 'maya')).toBe(false);
    expect(celebratesViewer({ ...kudos, kind: 'SUCCESS_STORY', user: null, people: [maya, leo], actor: leo }, 'maya')).toBe(true);
    expect(celebratesViewer({ ...kudos, kind: 'TEAM_MILESTONE', user: null, people: [], actor: null }, 'leo')).toBe(false);
  });

  it('names who gave the kudos, with the points and the message', () => {
    expect(cheerFor(kudos)).toEqual({ title: 'Maya gave you kudos!', reason: '+20 points · Great save' });
    expect(cheerFor({ ...kudos, kudos: { points: 0 } }).reason).toBe('Great save');
    expect(cheerFor({ ...kudos, kind: 'SUCCESS_STORY', title: 'Launch day rescue' })).toEqual({
      title: 'Maya shared a story about you!',
      reason: 'Launch day rescue',
    });
  });

  it('names the customer who praised, when they gave their name', () => {
    const praise: Celebrated = { ...kudos, kind: 'CUSTOMER_PRAISE', title: 'Marta Silva praised Leo Martins', actor: null, kudos: null };
    expect(cheerFor({ ...praise, customerName: 'Marta Silva' }).title).toBe('Marta Silva praised you!');
    expect(cheerFor({ ...praise, customerName: null }).title).toBe('A customer praised you!');
  });
});
