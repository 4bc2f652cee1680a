import { InvalidInputError } from '../errors/domain-errors.js';
import { checkPairing, checkSessionTime, mentoringSourceId, mentorshipStatus } from './mentorship-rules.js';

const NOW = new Date('2026-06-10T12:00:00Z');
const began = { startedAt: new Date('2026-06-01T09:00:00Z'), endsAt: null };

function refusal(run: () => void): InvalidInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('mentorship rules', () => {
  it('refuses pairing someone with themselves, naming the mentee', () => {
    expect(refusal(() => checkPairing({ mentorId: 'a', menteeId: 'a' }, NOW)).field).toBe('menteeId');
  });

  it('refuses an end date that is not in the future, and accepts none', () => {
    expect(refusal(() => checkPairing({ mentorId: 'a', menteeId: 'b', endsAt: NOW }, NOW)).field).toBe('endsAt');
    expect(() => checkPairing({ mentorId: 'a', menteeId: 'b', endsAt: null }, NOW)).not.toThrow();
    expect(() => checkPairing({ mentorId: 'a', menteeId: 'b', endsAt: new Date('2026-09-01T00:00:00Z') }, NOW)).not.toThrow();
  });

  it('refuses a session in the future, before the mentorship began or after it ended', () => {
    expect(refusal(() => checkSessionTime(new Date('2026-06-10T13:00:00Z'), began, NOW)).message).toMatch(/future/);
    expect(refusal(() => checkSessionTime(new Date('2026-06-01T08:59:59Z'), began, NOW)).message).toMatch(/began/);
    const ended = { ...began, endsAt: new Date('2026-06-05T00:00:00Z') };
    expect(refusal(() => checkSessionTime(new Date('2026-06-06T00:00:00Z'), ended, NOW)).message).toMatch(/ended/);
    expect(() => checkSessionTime(new Date('2026-06-04T10:00:00Z'), ended, NOW)).not.toThrow();
    expect(() => checkSessionTime(NOW, began, NOW)).not.toThrow();
  });

  it('shows an active mentorship past its end date as ended, and leaves the others as stored', () => {
    expect(mentorshipStatus('ACTIVE', new Date('2026-06-09T00:00:00Z'), NOW)).toBe('ENDED');
    expect(mentorshipStatus('ACTIVE', new Date('2026-06-11T00:00:00Z'), NOW)).toBe('ACTIVE');
    expect(mentorshipStatus('ACTIVE', null, NOW)).toBe('ACTIVE');
    expect(mentorshipStatus('COMPLETED', new Date('2026-06-09T00:00:00Z'), NOW)).toBe('COMPLETED');
  });

  it('keys session points by mentee and day, so one session per pair and day counts', () => {
    expect(mentoringSourceId('mentee', '2026-06-10')).toBe(mentoringSourceId('mentee', '2026-06-10'));
    expect(mentoringSourceId('mentee', '2026-06-10')).not.toBe(mentoringSourceId('mentee', '2026-06-11'));
    expect(mentoringSourceId('mentee', '2026-06-10')).not.toBe(mentoringSourceId('other', '2026-06-10'));
  });
});
