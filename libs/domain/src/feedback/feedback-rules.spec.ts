import { countsForEmployee, isCustomerPraise, RECEIVED_AT_SKEW_MS, validateFeedbackScores, validateReceivedAt } from './feedback-rules.js';

describe('feedback scores', () => {
  it('accepts CSAT 1..5 and NPS 0..10', () => {
    expect(() => validateFeedbackScores({ csat: 1, nps: 0 })).not.toThrow();
    expect(() => validateFeedbackScores({ csat: 5, nps: 10 })).not.toThrow();
    expect(() => validateFeedbackScores({ csat: 3 })).not.toThrow();
  });

  it('refuses scores outside their scales, and fractions', () => {
    expect(() => validateFeedbackScores({ csat: 0 })).toThrow('csat must be');
    expect(() => validateFeedbackScores({ csat: 6 })).toThrow('csat must be');
    expect(() => validateFeedbackScores({ csat: 4.5 })).toThrow('csat must be');
    expect(() => validateFeedbackScores({ csat: 4, nps: 11 })).toThrow('nps must be');
    expect(() => validateFeedbackScores({ csat: 4, nps: -1 })).toThrow('nps must be');
  });
});

describe('customer praise', () => {
  it('is five stars with a comment about an employee', () => {
    expect(isCustomerPraise({ csat: 5, comment: 'Priya saved my launch!', employeeId: 'u1' })).toBe(true);
  });

  it('is not praise the person recorded about themselves', () => {
    expect(isCustomerPraise({ csat: 5, comment: 'Priya saved my launch!', employeeId: 'u1', recordedById: 'u1' })).toBe(false);
    expect(isCustomerPraise({ csat: 5, comment: 'Priya saved my launch!', employeeId: 'u1', recordedById: 'm1' })).toBe(true);
    expect(countsForEmployee({ employeeId: 'u1', recordedById: 'u1' })).toBe(false);
    expect(countsForEmployee({ employeeId: null, recordedById: 'm1' })).toBe(false);
  });

  it('is not four stars, nor a blank comment, nor feedback about a team alone', () => {
    expect(isCustomerPraise({ csat: 4, comment: 'Good', employeeId: 'u1' })).toBe(false);
    expect(isCustomerPraise({ csat: 5, comment: '   ', employeeId: 'u1' })).toBe(false);
    expect(isCustomerPraise({ csat: 5, comment: 'Great team', employeeId: null })).toBe(false);
  });
});

describe('validateReceivedAt', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('accepts the past, now, a missing date and a help desk clock a little ahead', () => {
    for (const receivedAt of [new Date('2025-12-31T00:00:00Z'), now, null, undefined, new Date(now.getTime() + RECEIVED_AT_SKEW_MS)]) {
      expect(() => validateReceivedAt(receivedAt, now)).not.toThrow();
    }
  });

  it('refuses a date from the future, naming receivedAt', () => {
    expect(() => validateReceivedAt(new Date(now.getTime() + RECEIVED_AT_SKEW_MS + 1), now)).toThrow(
      expect.objectContaining({ field: 'receivedAt' }),
    );
  });
});
