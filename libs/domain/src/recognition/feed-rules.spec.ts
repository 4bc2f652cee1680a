import { InvalidInputError } from '../errors/domain-errors.js';
import { checkComment, checkStory, REACTION_EMOJI, validateReaction } from './feed-rules.js';
import { checkDigestWindow } from './digest-rules.js';

describe('reactions', () => {
  it('accepts the fixed set and nothing else', () => {
    for (const emoji of REACTION_EMOJI) expect(validateReaction(emoji)).toBe(emoji);
    for (const emoji of ['👍', '', 'clap', '👏👏'])
      expect(() => validateReaction(emoji)).toThrow(expect.objectContaining({ field: 'emoji' }));
  });
});

describe('comments', () => {
  it('trims, and refuses empty or over-long ones', () => {
    expect(checkComment('  Well done!  ')).toBe('Well done!');
    expect(() => checkComment('   ')).toThrow(expect.objectContaining({ field: 'body' }));
    expect(() => checkComment('x'.repeat(1001))).toThrow(expect.objectContaining({ field: 'body' }));
    expect(checkComment('x'.repeat(1000))).toHaveLength(1000);
  });
});

describe('success stories', () => {
  it('trims title and body and names each person once', () => {
    expect(checkStory({ title: ' Saved the launch ', body: ' **Leo** stayed late. ', userIds: ['a', 'b', 'a'] })).toEqual({
      title: 'Saved the launch',
      body: '**Leo** stayed late.',
      userIds: ['a', 'b'],
      teamId: null,
    });
    expect(checkStory({ title: 'Team effort', body: 'All of them.', teamId: 't' })).toEqual({
      title: 'Team effort',
      body: 'All of them.',
      userIds: [],
      teamId: 't',
    });
  });

  it.each([
    ['title', { title: ' ', body: 'b', teamId: 't' }],
    ['title', { title: 'x'.repeat(121), body: 'b', teamId: 't' }],
    ['body', { title: 't', body: '', teamId: 't' }],
    ['body', { title: 't', body: 'x'.repeat(5001), teamId: 't' }],
    ['userIds', { title: 't', body: 'b' }],
    ['userIds', { title: 't', body: 'b', userIds: [] }],
    ['userIds', { title: 't', body: 'b', userIds: Array.from({ length: 21 }, (_, index) => `u${index}`) }],
  ])('refuses a bad %s', (field, story) => {
    expect(() => checkStory(story)).toThrow(expect.objectContaining({ field }));
  });
});

describe('digest window', () => {
  const from = new Date('2026-11-16T00:00:00Z');
  it('accepts a week and a quarter', () => {
    expect(() => checkDigestWindow(from, new Date('2026-11-23T00:00:00Z'))).not.toThrow();
    expect(() => checkDigestWindow(from, new Date(from.getTime() + 93 * 86_400_000))).not.toThrow();
  });
  it('refuses an empty, backwards or too long window', () => {
    for (const to of [from, new Date('2026-11-15T00:00:00Z'), new Date(from.getTime() + 93 * 86_400_000 + 1)]) {
      expect(() => checkDigestWindow(from, to)).toThrow(InvalidInputError);
    }
  });
});
