import { InvalidInputError } from '../errors/domain-errors.js';
import { Role } from '../people/roles.js';
import {
  checkAttendanceOpen,
  checkClaim,
  checkClaimPoints,
  checkEventTimes,
  checkEventWindow,
  checkEvidenceUrl,
  checkRsvpOpen,
  statusOnCreation,
} from './learning-event-rules.js';

const at = (iso: string) => new Date(iso);
const fieldOf = (act: () => unknown) => {
  try {
    act();
  } catch (error) {
    if (error instanceof InvalidInputError) return error.field;
    throw error;
  }
  return null;
};

describe('learning events', () => {
  it('refuses an end at or before the start, and an event longer than two weeks', () => {
    expect(fieldOf(() => checkEventTimes(at('2026-12-07T10:00Z'), at('2026-12-07T10:00Z')))).toBe('endsAt');
    expect(fieldOf(() => checkEventTimes(at('2026-12-07T10:00Z'), at('2026-12-07T09:00Z')))).toBe('endsAt');
    expect(fieldOf(() => checkEventTimes(at('2026-12-01T10:00Z'), at('2026-12-16T10:00Z')))).toBe('endsAt');
    expect(fieldOf(() => checkEventTimes(at('2026-12-07T10:00Z'), at('2026-12-07T11:00Z')))).toBeNull();
  });

  it('publishes a manager’s or admin’s event at once and holds an employee’s as a proposal', () => {
    expect(statusOnCreation(Role.EMPLOYEE)).toBe('PENDING');
    expect(statusOnCreation(Role.MANAGER)).toBe('PUBLISHED');
    expect(statusOnCreation(Role.ADMIN)).toBe('PUBLISHED');
  });

  it('opens attendance at the start of a published event, and RSVPs until its end', () => {
    const event = { status: 'PUBLISHED' as const, startsAt: at('2026-12-07T10:00Z'), endsAt: at('2026-12-07T11:00Z') };
    expect(fieldOf(() => checkAttendanceOpen(event, at('2026-12-07T09:59Z')))).toBe('eventId');
    expect(fieldOf(() => checkAttendanceOpen(event, at('2026-12-07T10:00Z')))).toBeNull();
    expect(fieldOf(() => checkAttendanceOpen({ ...event, status: 'PENDING' }, at('2026-12-08T10:00Z')))).toBe('eventId');
    expect(fieldOf(() => checkRsvpOpen(event, at('2026-12-07T10:30Z')))).toBeNull();
    expect(fieldOf(() => checkRsvpOpen(event, at('2026-12-07T11:00Z')))).toBe('eventId');
    expect(fieldOf(() => checkRsvpOpen({ ...event, status: 'DECLINED' }, at('2026-12-01T10:00Z')))).toBe('eventId');
  });

  it('reads a window of at most 92 days, forwards', () => {
    expect(fieldOf(() => checkEventWindow(at('2026-12-07T00:00Z'), at('2026-12-06T00:00Z')))).toBe('to');
    expect(fieldOf(() => checkEventWindow(at('2026-01-01T00:00Z'), at('2026-06-01T00:00Z')))).toBe('to');
    expect(fieldOf(() => checkEventWindow(at('2026-12-01T00:00Z'), at('2027-03-01T00:00Z')))).toBeNull();
  });
});

describe('external learning claims', () => {
  it('accepts only http and https evidence links', () => {
    expect(checkEvidenceUrl(' https://example.com/certificate.pdf ')).toBe('https://example.com/certificate.pdf');
    expect(checkEvidenceUrl('http://example.com')).toBe('http://example.com');
    expect(checkEvidenceUrl('')).toBeNull();
    expect(checkEvidenceUrl(null)).toBeNull();
    for (const link of [
      'javascript:alert(1)',
      'ftp://example.com/x',
      'example.com',
      'data:text/html,hi',
      'https://',
      'https://exa mple.com',
      'http://user@evil.example',
    ]) {
      expect(fieldOf(() => checkEvidenceUrl(link))).toBe('evidenceUrl');
    }
  });

  it('refuses learning dated in the future and hours outside 0..1000', () => {
    const now = at('2026-12-07T12:00Z');
    expect(fieldOf(() => checkClaim({ completedOn: at('2026-12-08T00:00Z'), hours: 2 }, now))).toBe('completedOn');
    expect(fieldOf(() => checkClaim({ completedOn: at('2026-12-01T00:00Z'), hours: 0 }, now))).toBe('hours');
    expect(fieldOf(() => checkClaim({ completedOn: at('2026-12-01T00:00Z'), hours: 1001 }, now))).toBe('hours');
    expect(fieldOf(() => checkClaim({ completedOn: at('2026-12-01T00:00Z'), hours: 7.5 }, now))).toBeNull();
  });

  it('keeps the points of an approved claim within the organisation’s limit', () => {
    expect(checkClaimPoints(200, 200)).toBe(200);
    expect(checkClaimPoints(0, 200)).toBe(0);
    expect(fieldOf(() => checkClaimPoints(201, 200))).toBe('points');
    expect(fieldOf(() => checkClaimPoints(-1, 200))).toBe('points');
    expect(fieldOf(() => checkClaimPoints(null, 200))).toBe('points');
  });
});
