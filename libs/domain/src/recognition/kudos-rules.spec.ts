import fc from 'fast-check';
import { InvalidInputError } from '../errors/domain-errors.js';
import { checkKudos, kudosAllowanceLeft, validateKudosAllowance, type KudosToGive } from './kudos-rules.js';

const VALUES = ['Empathy', 'Ownership', 'Going the extra mile'];
const kudos = (overrides: Partial<KudosToGive> = {}): KudosToGive => ({
  fromUserId: 'giver',
  toUserIds: ['receiver'],
  message: '  Thanks for covering my shift!  ',
  values: ['empathy'],
  points: 10,
  ...overrides,
});

function problem(run: () => unknown): { field: string; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return { field: error.field, message: error.message };
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('checkKudos', () => {
  it('trims the message and spells values as the organisation does, each once', () => {
    expect(checkKudos(kudos({ values: ['EMPATHY', ' ownership ', 'Empathy'] }), VALUES, 100)).toEqual({
      message: 'Thanks for covering my shift!',
      values: ['Empathy', 'Ownership'],
    });
  });

  it('allows 0 points, and exactly what is left', () => {
    expect(() => checkKudos(kudos({ points: 0 }), VALUES, 0)).not.toThrow();
    expect(() => checkKudos(kudos({ points: 25 }), VALUES, 25)).not.toThrow();
    expect(() => checkKudos(kudos({ toUserIds: ['a', 'b', 'c'], points: 10 }), VALUES, 30)).not.toThrow();
  });

  it.each([
    ['toUserId', kudos({ toUserIds: ['receiver', 'giver'] }), 100, 'kudos go to a colleague, not to yourself'],
    ['message', kudos({ message: '   ' }), 100, 'say what the kudos are for'],
    ['message', kudos({ message: 'x'.repeat(501) }), 100, 'the message must be at most 500 characters'],
    ['values', kudos({ values: [] }), 100, 'tag the kudos with at least one company value'],
    ['values', kudos({ values: ['Speed'] }), 100, '“Speed” is not one of the company values (Empathy, Ownership, Going the extra mile)'],
    ['points', kudos({ points: -1 }), 100, 'points must be a whole number, 0 or more'],
    ['points', kudos({ points: 2.5 }), 100, 'points must be a whole number, 0 or more'],
    ['points', kudos({ points: 11 }), 10, 'you have 10 kudos points left to give this month'],
    ['points', kudos({ points: 2 }), 1, 'you have 1 kudos point left to give this month'],
    [
      'points',
      kudos({ toUserIds: ['a', 'b', 'c'], points: 10 }),
      29,
      'you have 29 kudos points left to give this month, and 3 people × 10 needs 30',
    ],
    [
      'toUserIds',
      kudos({ toUserIds: Array.from({ length: 21 }, (_, i) => `r${i}`) }),
      10_000,
      'one kudos may thank at most 20 people together',
    ],
  ])('refuses a bad %s', (field, given, left, message) => {
    expect(problem(() => checkKudos(given, VALUES, left))).toEqual({ field, message });
  });

  it('asks for company values first when the organisation has none', () => {
    expect(problem(() => checkKudos(kudos(), [], 100))).toEqual({
      field: 'values',
      message: 'the organisation has no company values yet: an admin sets them first',
    });
  });

  it('never lets points exceed what is left', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 500 }), (points, left) => {
        const accepted = (() => {
          try {
            checkKudos(kudos({ points }), VALUES, left);
            return true;
          } catch {
            return false;
          }
        })();
        expect(accepted).toBe(points <= left);
      }),
    );
  });
});

describe('kudosAllowanceLeft', () => {
  it('is the allowance minus what was given, never below zero', () => {
    expect(kudosAllowanceLeft(100, 0)).toBe(100);
    expect(kudosAllowanceLeft(100, 60)).toBe(40);
    expect(kudosAllowanceLeft(50, 80)).toBe(0);
  });
});

describe('validateKudosAllowance', () => {
  it('accepts whole numbers from 0 to 10000', () => {
    for (const points of [0, 100, 10_000]) expect(() => validateKudosAllowance(points)).not.toThrow();
    for (const points of [-1, 10_001, 1.5]) expect(() => validateKudosAllowance(points)).toThrow(InvalidInputError);
  });
});
