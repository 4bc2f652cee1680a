/** What LinkedIn's "Add to profile" form is pre-filled with for a licence or certification. */
export interface LinkedInCertification {
  readonly name: string;
  readonly organizationName: string;
  readonly issuedAt: Date;
  readonly expiresAt: Date | null;
  /** The credential's public URL, where anyone can verify it. */
  readonly certUrl: string;
  /** The credential's id, shown as the licence number. */
  readonly certId: string;
}

/**
 * LinkedIn's add-to-profile link (startTask=CERTIFICATION_NAME with name, organizationName,
 * issueYear, issueMonth, expirationYear, expirationMonth, certUrl and certId). Months are 1–12 and,
 * like the years, taken in UTC so that the link is the same wherever it is built.
 */
export function linkedInAddToProfileUrl(certification: LinkedInCertification): string {
  const { issuedAt, expiresAt } = certification;
  const params: [string, string][] = [
    ['startTask', 'CERTIFICATION_NAME'],
    ['name', certification.name],
    ['organizationName', certification.organizationName],
    ['issueYear', String(issuedAt.getUTCFullYear())],
    ['issueMonth', String(issuedAt.getUTCMonth() + 1)],
    ...(expiresAt
      ? ([
          ['expirationYear', String(expiresAt.getUTCFullYear())],
          ['expirationMonth', String(expiresAt.getUTCMonth() + 1)],
        ] as [string, string][])
      : []),
    ['certUrl', certification.certUrl],
    ['certId', certification.certId],
  ];
  return `https://www.linkedin.com/profile/add?${params.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}
