import { slugify } from './slug.js';

describe('slugify', () => {
  it('keeps letters and digits and joins words with dashes', () => {
    expect(slugify('Northwind Support, Inc.')).toBe('northwind-support-inc');
  });

  it('drops accents', () => {
    expect(slugify('Café Élan Support')).toBe('cafe-elan-support');
  });

  it('falls back to a usable slug when nothing is left', () => {
    expect(slugify('***')).toBe('organization');
  });

  it('stays short without a trailing dash', () => {
    const slug = slugify(`${'a'.repeat(39)} b`);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug.endsWith('-')).toBe(false);
  });
});
