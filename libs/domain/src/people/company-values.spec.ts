import { normalizeValues } from './company-values.js';

describe('normalizeValues', () => {
  it('trims values and collapses inner spaces', () => {
    expect(normalizeValues(['  Empathy ', 'Going   the extra mile'])).toEqual(['Empathy', 'Going the extra mile']);
  });

  it('refuses duplicates regardless of case', () => {
    expect(() => normalizeValues(['Ownership', 'ownership '])).toThrow('"ownership" is listed twice');
  });

  it('refuses an empty list, blank values and overly long ones', () => {
    expect(() => normalizeValues([])).toThrow('at least one');
    expect(() => normalizeValues(['Empathy', '   '])).toThrow('1 to 40 characters');
    expect(() => normalizeValues(['x'.repeat(41)])).toThrow('1 to 40 characters');
  });

  it('refuses more than twelve values', () => {
    expect(() => normalizeValues(Array.from({ length: 13 }, (_, i) => `Value ${i}`))).toThrow('at most 12');
  });
});
