import { CelebrationKind } from './feed-rules.js';
import { groupOpenSince, groupSentence, joinsGroups } from './moments.js';

const { BADGE_EARNED, CERTIFICATION_EARNED, COURSE_COMPLETED, KUDOS, LEVEL_UP, CUSTOMER_PRAISE, SUCCESS_STORY } = CelebrationKind;

describe('groupSentence', () => {
  it('lists a sitting’s moments in one sentence, the weightiest first', () => {
    expect(
      groupSentence('Priya Shah', [
        { kind: COURSE_COMPLETED },
        { kind: COURSE_COMPLETED },
        { kind: CERTIFICATION_EARNED },
        { kind: BADGE_EARNED },
        { kind: LEVEL_UP, level: 5 },
      ]),
    ).toBe('Priya Shah: certified, a badge, 2 courses and level 5');
  });

  it('reads naturally with two moments, several badges, or levels crossed at once', () => {
    expect(groupSentence('Leo', [{ kind: COURSE_COMPLETED }, { kind: BADGE_EARNED }])).toBe('Leo: a badge and a course');
    expect(groupSentence('Leo', [{ kind: BADGE_EARNED }, { kind: BADGE_EARNED }, { kind: BADGE_EARNED }])).toBe('Leo: 3 badges');
    expect(
      groupSentence('Leo', [
        { kind: LEVEL_UP, level: 3 },
        { kind: LEVEL_UP, level: 4 },
      ]),
    ).toBe('Leo: level 4');
    expect(groupSentence('Leo', [{ kind: CERTIFICATION_EARNED }, { kind: CERTIFICATION_EARNED }])).toBe('Leo: 2 certifications');
  });
});

describe('grouping', () => {
  it('groups achievements only: kudos, praise and stories keep their own cards', () => {
    expect([COURSE_COMPLETED, CERTIFICATION_EARNED, BADGE_EARNED, LEVEL_UP].every(joinsGroups)).toBe(true);
    expect([KUDOS, CUSTOMER_PRAISE, SUCCESS_STORY].some(joinsGroups)).toBe(false);
  });

  it('keeps a group open for a minute after it started', () => {
    expect(groupOpenSince(new Date('2026-12-06T10:01:00Z'))).toEqual(new Date('2026-12-06T10:00:00Z'));
  });
});
