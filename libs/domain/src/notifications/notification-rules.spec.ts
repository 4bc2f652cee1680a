import { NotificationKind, checkNudgeMessage, checkPreference, newsletterWeekDue, preferencesWithDefaults } from './notification-rules.js';

describe('notification rules', () => {
  it('mails reminders and the digest by default, and shows everything but the digest in the portal', () => {
    const preferences = preferencesWithDefaults([{ kind: NotificationKind.NUDGE, inApp: true, email: false }]);
    expect(preferences.find((p) => p.kind === NotificationKind.NUDGE)).toEqual({ kind: 'NUDGE', inApp: true, email: false });
    expect(preferences.find((p) => p.kind === NotificationKind.ASSIGNMENT_DUE)).toEqual({
      kind: 'ASSIGNMENT_DUE',
      inApp: true,
      email: true,
    });
    expect(preferences.find((p) => p.kind === NotificationKind.KUDOS_RECEIVED)?.email).toBe(false);
    expect(preferences.find((p) => p.kind === NotificationKind.DIGEST)).toEqual({ kind: 'DIGEST', inApp: false, email: true });
    expect(() => checkPreference(NotificationKind.DIGEST, true)).toThrow(expect.objectContaining({ field: 'inApp' }));
  });

  it('trims a nudge message and refuses one too long', () => {
    expect(checkNudgeMessage('  ')).toBeNull();
    expect(checkNudgeMessage(' Go! ')).toBe('Go!');
    expect(() => checkNudgeMessage('x'.repeat(501))).toThrow(expect.objectContaining({ field: 'message' }));
  });

  it('makes the previous week’s digest due on Monday from 07:00 in the organisation’s time zone', () => {
    // Monday 2026-12-07 06:30 UTC: 07:30 in Paris, 15:30 in Tokyo, still Sunday in New York.
    const now = new Date('2026-12-07T06:30:00Z');
    expect(newsletterWeekDue(now, 'Europe/Paris')?.monday).toBe('2026-11-30');
    expect(newsletterWeekDue(now, 'Asia/Tokyo')?.monday).toBe('2026-11-30');
    expect(newsletterWeekDue(now, 'America/New_York')).toBeNull();
    expect(newsletterWeekDue(now, 'UTC')).toBeNull();
    expect(newsletterWeekDue(new Date('2026-12-07T12:00:00Z'), 'America/New_York')?.monday).toBe('2026-11-30');
    // Tuesday in Tokyo: too late for a new run to start it.
    expect(newsletterWeekDue(new Date('2026-12-07T15:30:00Z'), 'Asia/Tokyo')).toBeNull();
  });
});
