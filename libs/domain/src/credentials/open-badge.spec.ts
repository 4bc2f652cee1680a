import { openBadgeCredential, sameJson } from './open-badge.js';

const input = {
  id: 'https://laurels.example/credentials/c1',
  issuer: { id: 'https://laurels.example/issuers/o1', name: 'Northwind Support' },
  recipient: { id: 'urn:uuid:u1', name: 'Priya Shah', emailHash: { hash: 'abc123', salt: 'pepper' } },
  achievement: {
    id: 'https://laurels.example/achievements/b1',
    type: 'Badge' as const,
    name: 'First Steps',
    description: 'A first module.',
    criteria: 'Complete any module.',
  },
  validFrom: new Date('2026-11-23T10:15:30.123Z'),
  validUntil: null,
};

describe('openBadgeCredential', () => {
  it('shapes an OpenBadgeCredential of VC Data Model 2.0', () => {
    const credential = openBadgeCredential(input);
    expect(credential).toMatchObject({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'https://laurels.example/credentials/c1',
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: { id: 'https://laurels.example/issuers/o1', type: ['Profile'], name: 'Northwind Support' },
      validFrom: '2026-11-23T10:15:30Z',
      name: 'First Steps',
      credentialSubject: {
        id: 'urn:uuid:u1',
        type: ['AchievementSubject'],
        achievement: { type: ['Achievement'], achievementType: 'Badge', criteria: { narrative: 'Complete any module.' } },
      },
    });
    expect(credential).not.toHaveProperty('validUntil');
  });

  it('names the recipient and carries their email only hashed', () => {
    const subject = openBadgeCredential(input).credentialSubject as { identifier: Record<string, unknown>[] };
    expect(subject.identifier).toEqual([
      { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Priya Shah' },
      { type: 'IdentityObject', identityType: 'emailAddress', hashed: true, identityHash: 'sha256$abc123', salt: 'pepper' },
    ]);
  });

  it('states validUntil for expiring certifications', () => {
    expect(openBadgeCredential({ ...input, validUntil: new Date('2027-11-23T10:15:30Z') })).toMatchObject({
      validUntil: '2027-11-23T10:15:30Z',
    });
  });
});

describe('sameJson', () => {
  it('ignores key order but nothing else', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ name: 'First Steps' }, { name: 'First Steps ' })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});

describe('openBadgeCredential, for wallets and verifiers', () => {
  it('carries a BitstringStatusListEntry for revocation and the achievement’s image', () => {
    const credential = openBadgeCredential({
      ...input,
      achievement: { ...input.achievement, image: 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E' },
      status: { statusListCredential: 'https://laurels.example/issuers/o1/status/0', index: 42 },
    });
    expect(credential.credentialStatus).toEqual({
      id: 'https://laurels.example/issuers/o1/status/0#42',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '42',
      statusListCredential: 'https://laurels.example/issuers/o1/status/0',
    });
    expect(credential).toMatchObject({
      credentialSubject: { achievement: { image: { id: 'data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E', type: 'Image' } } },
    });
  });
});
