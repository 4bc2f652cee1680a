import fc from 'fast-check';
import { InvalidInputError } from '../errors/domain-errors.js';
import { npsCategory, npsScore, validateReportPeriod } from './feedback-summary.js';

const DAY = 24 * 60 * 60 * 1000;

describe('NPS', () => {
  it('sorts answers into detractors (0–6), passives (7–8) and promoters (9–10)', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual(['DETRACTOR', 'DETRACTOR', 'PASSIVE', 'PASSIVE', 'PROMOTER', 'PROMOTER']);
  });

  it('is promoters % minus detractors %, rounded', () => {
    expect(npsScore({ promoters: 3, passives: 1, detractors: 1 })).toBe(40);
    expect(npsScore({ promoters: 1, passives: 4, detractors: 1 })).toBe(0);
    expect(npsScore({ promoters: 2, passives: 0, detractors: 4 })).toBe(-33);
    expect(npsScore({ promoters: 0, passives: 0, detractors: 5 })).toBe(-100);
  });

  it('is not given under five answers', () => {
    expect(npsScore({ promoters: 4, passives: 0, detractors: 0 })).toBeNull();
    expect(npsScore({ promoters: 5, passives: 0, detractors: 0 })).toBe(100);
  });

  it('always lies between -100 and 100', () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), fc.nat(1000), (promoters, passives, detractors) => {
        const score = npsScore({ promoters, passives, detractors });
        return score === null ? promoters + passives + detractors < 5 : Number.isInteger(score) && score >= -100 && score <= 100;
      }),
    );
  });
});

describe('a report period', () => {
  const from = new Date('2026-01-01T00:00:00Z');

  it('covers up to 366 days', () => {
    expect(() => validateReportPeriod(from, new Date(from.getTime() + 366 * DAY))).not.toThrow();
  });

  it('is refused longer than that, naming from', () => {
    expect(() => validateReportPeriod(from, new Date(from.getTime() + 367 * DAY))).toThrow(
      expect.objectContaining({ field: 'from' }) as InvalidInputError,
    );
  });

  it('is refused when it ends before it starts, naming to', () => {
    expect(() => validateReportPeriod(from, from)).toThrow(expect.objectContaining({ field: 'to' }) as InvalidInputError);
  });
});
