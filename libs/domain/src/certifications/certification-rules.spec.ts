import fc from 'fast-check';
import { RENEWAL_WINDOW_DAYS, certificationDue, certificationStatus, completionsCountFrom, expiryFor } from './certification-rules.js';

const DAY = 24 * 60 * 60 * 1000;
const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * DAY);

describe('certificationStatus', () => {
  const award = { issuedAt: at(0), expiresAt: at(365), revokedAt: null };

  it('is active, then expiring soon within 30 days of expiry, then expired', () => {
    expect(certificationStatus(award, at(300))).toBe('ACTIVE');
    expect(certificationStatus(award, at(365 - RENEWAL_WINDOW_DAYS))).toBe('EXPIRING_SOON');
    expect(certificationStatus(award, at(364))).toBe('EXPIRING_SOON');
    expect(certificationStatus(award, at(365))).toBe('EXPIRED');
  });

  it('never expires without a validity, and is revoked whatever the dates', () => {
    expect(certificationStatus({ issuedAt: at(0), expiresAt: null, revokedAt: null }, at(10_000))).toBe('ACTIVE');
    expect(certificationStatus({ ...award, revokedAt: at(3) }, at(4))).toBe('REVOKED');
  });

  it('moves only forward in time: active → expiring soon → expired (property)', () => {
    const order = { ACTIVE: 0, EXPIRING_SOON: 1, EXPIRED: 2, REVOKED: 3 };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.nat(2000), fc.nat(2000), (validity, a, b) => {
        const issued = { issuedAt: at(0), expiresAt: expiryFor(at(0), validity), revokedAt: null };
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(order[certificationStatus(issued, at(late))]).toBeGreaterThanOrEqual(order[certificationStatus(issued, at(early))]);
      }),
    );
  });
});

describe('certificationDue', () => {
  const required = ['c1', 'c2'];

  it('is due for a first award once every required course is completed', () => {
    expect(certificationDue(required, new Map([['c1', at(1)]]), null, at(2))).toBe(false);
    expect(
      certificationDue(
        required,
        new Map([
          ['c1', at(1)],
          ['c2', at(2)],
        ]),
        null,
        at(2),
      ),
    ).toBe(true);
  });

  it('is not due again while the award is active', () => {
    const latest = { issuedAt: at(2), expiresAt: at(367), revokedAt: null };
    expect(
      certificationDue(
        required,
        new Map([
          ['c1', at(100)],
          ['c2', at(100)],
        ]),
        latest,
        at(100),
      ),
    ).toBe(false);
  });

  it('renews when both courses are completed again inside the renewal window or after expiry', () => {
    const latest = { issuedAt: at(0), expiresAt: at(365), revokedAt: null };
    const windowOpens = 365 - RENEWAL_WINDOW_DAYS;
    const old = new Map([
      ['c1', at(0)],
      ['c2', at(0)],
    ]);
    expect(certificationDue(required, old, latest, at(370))).toBe(false);
    const halfRedone = new Map([
      ['c1', at(windowOpens + 1)],
      ['c2', at(0)],
    ]);
    expect(certificationDue(required, halfRedone, latest, at(windowOpens + 1))).toBe(false);
    const redone = new Map([
      ['c1', at(windowOpens + 1)],
      ['c2', at(windowOpens + 2)],
    ]);
    expect(certificationDue(required, redone, latest, at(windowOpens + 2))).toBe(true);
    expect(
      certificationDue(
        required,
        new Map([
          ['c1', at(400)],
          ['c2', at(401)],
        ]),
        latest,
        at(401),
      ),
    ).toBe(true);
  });

  it('after a revocation, counts only completions made since', () => {
    const revoked = { issuedAt: at(0), expiresAt: null, revokedAt: at(10) };
    expect(completionsCountFrom(revoked, at(11))).toEqual(at(10));
    expect(
      certificationDue(
        required,
        new Map([
          ['c1', at(5)],
          ['c2', at(12)],
        ]),
        revoked,
        at(12),
      ),
    ).toBe(false);
    expect(
      certificationDue(
        required,
        new Map([
          ['c1', at(11)],
          ['c2', at(12)],
        ]),
        revoked,
        at(12),
      ),
    ).toBe(true);
  });

  it('is never due without required courses', () => {
    expect(certificationDue([], new Map(), null, at(0))).toBe(false);
  });
});
