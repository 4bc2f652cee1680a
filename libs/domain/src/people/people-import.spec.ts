import { importRowProblems, startDateProblem } from './people-import.js';

const now = new Date('2026-12-06T12:00:00Z');

describe('importRowProblems', () => {
  it('finds nothing wrong with well-formed rows', () => {
    expect(
      importRowProblems(
        [
          { email: 'Ana@Example.com ', displayName: 'Ana Lima', teamName: 'Billing', startedAt: new Date('2026-01-05') },
          { email: 'ben@example.com', displayName: 'Ben Ode', teamName: '' },
        ],
        now,
      ),
    ).toEqual([]);
  });

  it('names every field of every row that is wrong, rows counted from 1', () => {
    expect(
      importRowProblems(
        [
          { email: 'not-an-email', displayName: ' ' },
          { email: 'c@example.com', displayName: 'x'.repeat(81), teamName: 't'.repeat(81), startedAt: new Date('1926-03-01') },
        ],
        now,
      ),
    ).toEqual([
      { row: 1, field: 'email', message: '“not-an-email” is not an email address' },
      { row: 1, field: 'displayName', message: 'The name is missing' },
      { row: 2, field: 'displayName', message: 'The name must be at most 80 characters' },
      { row: 2, field: 'teamName', message: 'The team name must be at most 80 characters' },
      { row: 2, field: 'startedAt', message: 'The start date must be in 1950 or later' },
    ]);
  });

  it('names a repeated email on its later rows, ignoring case', () => {
    const rows = ['a@example.com', 'b@example.com', 'A@example.com', 'a@example.com'].map((email) => ({ email, displayName: 'N' }));
    expect(importRowProblems(rows, now)).toEqual([
      { row: 3, field: 'email', message: 'a@example.com is also on row 1' },
      { row: 4, field: 'email', message: 'a@example.com is also on row 1' },
    ]);
  });
});

describe('startDateProblem', () => {
  it('accepts a date up to two years ahead, not later', () => {
    expect(startDateProblem(new Date('2028-11-30'), now)).toBeNull();
    expect(startDateProblem(new Date('2029-01-30'), now)).toBe('The start date must be within two years from today');
  });

  it('refuses what is not a date', () => {
    expect(startDateProblem(new Date('soon'), now)).toBe('The start date is not a date');
  });
});
