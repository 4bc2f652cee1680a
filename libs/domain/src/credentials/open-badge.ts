/** What a signed credential attests: a badge award or a certification award. */
export const CredentialKind = { BADGE: 'BADGE', CERTIFICATION: 'CERTIFICATION' } as const;
export type CredentialKind = (typeof CredentialKind)[keyof typeof CredentialKind];

/** What an Open Badges 3.0 credential says: who issued what to whom, and when. */
export interface OpenBadgeInput {
  /** Public URL of the credential, also its id. */
  readonly id: string;
  /** The issuing organisation: its DID as id, and the profile people read. */
  readonly issuer: { readonly id: string; readonly name: string; readonly url?: string };
  readonly recipient: {
    /** A stable, opaque identifier of the person, e.g. urn:uuid:… */
    readonly id: string;
    readonly name: string;
    /** sha256 of salt + lower-cased email, so the holder can prove it without publishing it. */
    readonly emailHash: { readonly hash: string; readonly salt: string };
  };
  readonly achievement: {
    readonly id: string;
    readonly type: 'Badge' | 'Certification';
    readonly name: string;
    readonly description: string;
    readonly criteria: string;
    /** What wallets show: a public URL or a data URI of the badge's picture. */
    readonly image?: string;
  };
  readonly validFrom: Date;
  readonly validUntil: Date | null;
  /** Where anyone reads whether it was revoked. */
  readonly status?: StatusListSlotRef;
}

/** A credential's place in its issuer's revocation list: the list's public URL and the bit's index. */
export interface StatusListSlotRef {
  readonly statusListCredential: string;
  readonly index: number;
}

/** The BitstringStatusListEntry of the VC Data Model 2.0 (its terms are in the VC 2.0 context) for a revocation bit. */
export function revocationStatusEntry(slot: StatusListSlotRef): Record<string, string> {
  return {
    id: `${slot.statusListCredential}#${slot.index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(slot.index),
    statusListCredential: slot.statusListCredential,
  };
}

export const OPEN_BADGES_CONTEXT = [
  'https://www.w3.org/ns/credentials/v2',
  'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
] as const;

/** Seconds precision, as VC dateTimeStamp values are usually written. */
export function credentialTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** An OpenBadgeCredential (VC Data Model 2.0) as plain JSON, ready to be signed. */
export function openBadgeCredential(input: OpenBadgeInput): Record<string, unknown> {
  return {
    '@context': [...OPEN_BADGES_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name, ...(input.issuer.url ? { url: input.issuer.url } : {}) },
    validFrom: credentialTimestamp(input.validFrom),
    ...(input.validUntil ? { validUntil: credentialTimestamp(input.validUntil) } : {}),
    ...(input.status ? { credentialStatus: revocationStatusEntry(input.status) } : {}),
    name: input.achievement.name,
    credentialSubject: {
      id: input.recipient.id,
      type: ['AchievementSubject'],
      identifier: [
        { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: input.recipient.name },
        {
          type: 'IdentityObject',
          identityType: 'emailAddress',
          hashed: true,
          identityHash: `sha256$${input.recipient.emailHash.hash}`,
          salt: input.recipient.emailHash.salt,
        },
      ],
      achievement: {
        id: input.achievement.id,
        type: ['Achievement'],
        achievementType: input.achievement.type,
        name: input.achievement.name,
        description: input.achievement.description,
        criteria: { narrative: input.achievement.criteria },
        ...(input.achievement.image ? { image: { id: input.achievement.image, type: 'Image' } } : {}),
      },
    },
  };
}

/** Deep equality of JSON values, with object keys in any order: a signed payload against its stored copy. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameJson(item, b[index]));
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => Object.hasOwn(right, key) && sameJson(left[key], right[key]));
}
