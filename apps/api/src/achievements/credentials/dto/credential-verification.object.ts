import { Field, ObjectType } from '@nestjs/graphql';

export type CredentialProblem = 'UNKNOWN' | 'REVOKED' | 'EXPIRED' | 'BAD_SIGNATURE';

type Identifier = { identityType?: string; identityHash?: string };

@ObjectType('CredentialVerification', { description: 'Whether a credential is genuine and still valid, and what it says.' })
export class CredentialVerificationObject {
  @Field()
  valid!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is not valid: UNKNOWN, REVOKED, EXPIRED or BAD_SIGNATURE.' })
  problem!: CredentialProblem | null;

  @Field(() => String, { nullable: true })
  recipientName!: string | null;

  @Field(() => String, { nullable: true })
  achievementName!: string | null;

  @Field(() => String, { nullable: true })
  achievementType!: string | null;

  @Field(() => String, { nullable: true })
  issuerName!: string | null;

  @Field(() => String, { nullable: true, description: 'The issuer’s DID: did:web under an https PUBLIC_URL, else did:key.' })
  issuerDid!: string | null;

  @Field(() => String, { nullable: true, description: 'The issuer’s web site, from its profile.' })
  issuerUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Public URL of the signed status list the credential’s revocation is read from, by anyone.',
  })
  statusListUrl!: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Public URL of the credential JSON.' })
  credentialUrl!: string | null;

  /** What a verification found, with the facts read from the credential itself. */
  static from(
    verification: { valid: boolean; problem: CredentialProblem | null; document: Record<string, unknown> | null },
    credentialUrl: string | null,
  ): CredentialVerificationObject {
    const { document } = verification;
    const subject = document?.credentialSubject as { identifier?: Identifier[]; achievement?: { achievementType?: string } } | undefined;
    const issuer = document?.issuer as { id?: string; name?: string; url?: string } | undefined;
    const status = document?.credentialStatus as { statusListCredential?: string } | undefined;
    return Object.assign(new CredentialVerificationObject(), {
      valid: verification.valid,
      problem: verification.problem,
      recipientName: subject?.identifier?.find((entry) => entry.identityType === 'name')?.identityHash ?? null,
      achievementName: typeof document?.name === 'string' ? document.name : null,
      achievementType: subject?.achievement?.achievementType ?? null,
      issuerName: issuer?.name ?? null,
      issuerDid: issuer?.id?.startsWith('did:') ? issuer.id : null,
      issuerUrl: issuer?.url ?? null,
      statusListUrl: status?.statusListCredential ?? null,
      issuedAt: typeof document?.validFrom === 'string' ? new Date(document.validFrom) : null,
      expiresAt: typeof document?.validUntil === 'string' ? new Date(document.validUntil) : null,
      credentialUrl,
    });
  }
}
