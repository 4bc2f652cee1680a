import { describe, expect, it } from 'vitest';
import { progressCaption } from './progressCaption';

describe('progressCaption', () => {
  it('counts passed modules while the course is being taken', () => {
    expect(progressCaption(1, 3, false)).toBe('1 of 3 modules passed');
    expect(progressCaption(3, 3, true)).toBe('3 of 3 modules passed');
  });

  it('keeps a completed course completed when modules were added since', () => {
    expect(progressCaption(3, 4, true)).toBe('Completed · 1 module added since, yours to explore');
  });
});
