import {
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  randomUUID,
  scryptSync,
  verify,
  type JsonWebKey,
} from 'node:crypto';
import { DAY_MS, badgeIds, createCertification, earn, lessons, noonUtc } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { addMember, createCourse, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';

const VERIFY = `query ($id: ID!) {
  verifyCredential(id: $id) { valid problem recipientName achievementName issuerName issuedAt expiresAt }
}`;
const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!, $reason: String!) {
  awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) { id awardedAt credentialUrl }
}`;
const REVOKE = `mutation ($awardId: ID!, $reason: String!) { revokeCertification(awardId: $awardId, reason: $reason) { id status } }`;

const CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];
/** The secret the API encrypts signing keys with in this file, so the test can check what is at rest. */
const CREDENTIALS_SECRET = randomBytes(32).toString('hex');

/** A VC dateTimeStamp as credentials write it: seconds precision. */
const stamp = (iso: string) => `${iso.slice(0, 19)}Z`;

// ---------------------------------------------------------------------------
// An independent verifier: node:crypto only, nothing of the app's code or of jose.
// ---------------------------------------------------------------------------

const decodeSegment = (segment: string) => JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as Record<string, unknown>;

interface Verified {
  readonly header: Record<string, unknown>;
  readonly payload: Record<string, unknown>;
}

/** Verifies a compact JWS signed with EdDSA (Ed25519) against a public JWK; null when anything is off. */
function verifyVcJwt(jwt: string, jwk: JsonWebKey): Verified | null {
  const parts = jwt.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  let decoded: Verified;
  try {
    decoded = { header: decodeSegment(header), payload: decodeSegment(payload) };
  } catch {
    return null;
  }
  if (decoded.header.alg !== 'EdDSA') return null;
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  const holds = verify(null, Buffer.from(`${header}.${payload}`, 'ascii'), key, Buffer.from(signature, 'base64url'));
  return holds ? decoded : null;
}

/** Flips one bit of one byte of a base64url segment's bytes (not of its text, whose last character may carry padding bits only). */
function flipByte(segment: string, index: number): string {
  const bytes = Buffer.from(segment, 'base64url');
  bytes[index % bytes.length]! ^= 0x01;
  return bytes.toString('base64url');
}

function replacePart(jwt: string, part: 0 | 1 | 2, value: string): string {
  const parts = jwt.split('.');
  parts[part] = value;
  return parts.join('.');
}

describe('verifiable credentials', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ credentialsSecret: CREDENTIALS_SECRET })));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  interface Issued {
    readonly organization: Organization;
    readonly organizationName: string;
    readonly member: Member;
    readonly badge: { id: string; awardedAt: string; credentialUrl: string };
    readonly certification: { id: string; issuedAt: string; expiresAt: string; credentialUrl: string };
    readonly forever: { id: string };
  }

  /**
   * An organisation whose employee holds a MANUAL badge, a certification valid
   * 90 days and one that never expires, all issued at noon yesterday.
   */
  async function issued(): Promise<Issued> {
    const organizationName = `Harbour Care ${randomUUID().slice(0, 6)}`;
    const organization = await signUpOrganization(api, organizationName);
    const admin = organization.admin.token;
    const member = await addMember(api, organization, { name: 'Vera Verified' });
    const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5), points: 0 });
    const other = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5), points: 0 });
    await createCertification(api, admin, {
      name: 'Complaint Handling',
      description: 'Handles a complaint from first contact to resolution.',
      requiredCourseIds: [course.id],
      validityDays: 90,
    });
    await createCertification(api, admin, { name: 'Lifetime Listener', requiredCourseIds: [other.id], validityDays: null });
    api.clock.set(noonUtc(-1));
    const { awardBadge } = await api.ok(
      AWARD_BADGE,
      { badgeId: (await badgeIds(api, admin))['Customer Hero'], userId: member.id, reason: 'Turned a refund into a renewal' },
      admin,
    );
    const [certification] = (await earn(api, member.token, course.modules[0]!.id)).newCertifications;
    const [forever] = (await earn(api, member.token, other.modules[0]!.id)).newCertifications;
    api.clock.reset();
    return {
      organization,
      organizationName,
      member,
      badge: awardBadge,
      certification: {
        id: certification!.id,
        issuedAt: certification!.issuedAt,
        expiresAt: certification!.expiresAt!,
        credentialUrl: certification!.credentialUrl,
      },
      forever: { id: forever!.id },
    };
  }

  const fetchCredential = (id: string, init: RequestInit = {}) => fetch(`${api.url}/credentials/${id}`, { redirect: 'manual', ...init });

  async function credentialJson(id: string): Promise<Record<string, any>> {
    const response = await fetchCredential(id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
    return (await response.json()) as Record<string, any>;
  }

  async function credentialJwt(id: string): Promise<string> {
    const viaQuery = await fetch(`${api.url}/credentials/${id}?format=jwt`);
    expect(viaQuery.status).toBe(200);
    expect(viaQuery.headers.get('content-type')).toMatch(/^application\/vc\+jwt/);
    const jwt = await viaQuery.text();
    const viaAccept = await fetchCredential(id, { headers: { accept: 'application/vc+jwt' } });
    expect(await viaAccept.text()).toBe(jwt);
    return jwt;
  }

  async function issuerKey(organizationId: string): Promise<JsonWebKey> {
    const response = await fetch(`${api.url}/issuers/${organizationId}`);
    expect(response.status).toBe(200);
    const profile = (await response.json()) as { verificationMethod: { publicKeyJwk: JsonWebKey }[] };
    return profile.verificationMethod[0]!.publicKeyJwk;
  }

  const verifyCredential = async (id: string) => (await api.ok(VERIFY, { id })).verifyCredential;

  describe('GET /credentials/:id', () => {
    it('serves a badge award as an OpenBadgeCredential: issuer, achievement with its criteria, subject, validFrom and no validUntil', async () => {
      const { organization, organizationName, member, badge } = await issued();
      expect(badge.credentialUrl).toBe(`http://laurels.test/credentials/${badge.id}`);
      const document = await credentialJson(badge.id);
      const statusList = `http://laurels.test/issuers/${organization.id}/status/0`;
      const [customerHero] = await api.sql<{ id: string; description: string; criteria: string }>(
        `SELECT id, description, criteria FROM badge_definitions WHERE organization_id = $1 AND name = 'Customer Hero'`,
        [organization.id],
      );

      expect(document).toEqual({
        '@context': CONTEXT,
        id: badge.credentialUrl,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: {
          id: expect.stringMatching(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/),
          type: ['Profile'],
          name: organizationName,
          url: 'http://laurels.test',
        },
        validFrom: stamp(badge.awardedAt),
        credentialStatus: {
          id: `${statusList}#${document.credentialStatus.statusListIndex}`,
          type: 'BitstringStatusListEntry',
          statusPurpose: 'revocation',
          statusListIndex: expect.stringMatching(/^\d+$/),
          statusListCredential: statusList,
        },
        name: 'Customer Hero',
        credentialSubject: {
          id: `urn:uuid:${member.id}`,
          type: ['AchievementSubject'],
          identifier: [
            { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Vera Verified' },
            {
              type: 'IdentityObject',
              identityType: 'emailAddress',
              hashed: true,
              identityHash: expect.stringMatching(/^sha256\$[0-9a-f]{64}$/),
              salt: expect.any(String),
            },
          ],
          achievement: {
            id: `http://laurels.test/achievements/${customerHero!.id}`,
            type: ['Achievement'],
            achievementType: 'Badge',
            name: 'Customer Hero',
            description: customerHero!.description,
            criteria: { narrative: customerHero!.criteria },
            image: { id: expect.stringMatching(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/), type: 'Image' },
          },
        },
        proof: {
          type: 'DataIntegrityProof',
          cryptosuite: 'eddsa-rdfc-2022',
          proofPurpose: 'assertionMethod',
          verificationMethod: `${document.issuer.id}#${document.issuer.id.slice('did:key:'.length)}`,
          created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          proofValue: expect.stringMatching(/^z[1-9A-HJ-NP-Za-km-z]+$/),
        },
      });
      // The picture is the badge drawn in its tier's colours.
      expect(decodeURIComponent(document.credentialSubject.achievement.image.id)).toContain('<title>Customer Hero</title>');
      // The email is not published, but its holder can prove it: sha256 of the salt and the address.
      const email = document.credentialSubject.identifier[1];
      expect(email.identityHash).toBe(
        `sha256$${createHash('sha256')
          .update(email.salt + member.email.toLowerCase())
          .digest('hex')}`,
      );
      expect(JSON.stringify(document)).not.toContain(member.email);
    });

    it('serves a certification award with validUntil at its expiry, and none for a certification that never expires', async () => {
      const { organization, certification, forever } = await issued();
      const document = await credentialJson(certification.id);
      expect(document).toMatchObject({
        '@context': CONTEXT,
        id: certification.credentialUrl,
        type: ['VerifiableCredential', 'OpenBadgeCredential'],
        issuer: { id: expect.stringMatching(/^did:key:z6Mk/) },
        credentialStatus: { statusListCredential: `http://laurels.test/issuers/${organization.id}/status/0` },
        validFrom: stamp(certification.issuedAt),
        validUntil: stamp(certification.expiresAt),
        name: 'Complaint Handling',
        credentialSubject: {
          achievement: {
            achievementType: 'Certification',
            name: 'Complaint Handling',
            criteria: { narrative: 'Handles a complaint from first contact to resolution.' },
          },
        },
      });
      expect(Date.parse(document.validUntil) - Date.parse(document.validFrom)).toBe(90 * DAY_MS);
      const lifetime = await credentialJson(forever.id);
      expect(lifetime.name).toBe('Lifetime Listener');
      expect(lifetime).not.toHaveProperty('validUntil');
    });

    it('sends a browser that asks for HTML to the portal’s /verify page, and JSON to anyone else', async () => {
      const { badge } = await issued();
      const browser = await fetchCredential(badge.id, {
        headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
      });
      expect(browser.status).toBe(302);
      expect(browser.headers.get('location')).toBe(`/verify/${badge.id}`);
      expect(((await credentialJson(badge.id.toUpperCase())) as { id: string }).id).toBe(badge.credentialUrl);
      for (const accept of ['application/json', 'application/ld+json', '*/*']) {
        const response = await fetchCredential(badge.id, { headers: { accept } });
        expect(response.status).toBe(200);
        expect(((await response.json()) as { id: string }).id).toBe(badge.credentialUrl);
      }
    });

    it('answers unknown and malformed ids with a plain 404 JSON, no stack, no sign-in asked', async () => {
      for (const path of [
        `/credentials/${randomUUID()}`,
        '/credentials/not-an-id',
        "/credentials/1'%20OR%20'1'='1",
        '/credentials/%00',
        `/credentials/${randomUUID()}?format=jwt`,
        `/issuers/${randomUUID()}`,
        '/issuers/not-an-id',
        "/issuers/1'%20OR%20'1'='1",
        '/issuers/%00',
      ]) {
        const response = await fetch(`${api.url}${path}`, { headers: { accept: 'application/json' } });
        expect({ path, status: response.status }).toEqual({ path, status: 404 });
        expect(response.headers.get('content-type')).toMatch(/json/);
        const body = (await response.json()) as Record<string, unknown>;
        expect(body).toEqual({ statusCode: 404, message: expect.any(String) });
        expect(JSON.stringify(body)).not.toMatch(/\bat .*:\d+:\d+/);
      }
    });

    it('refuses an id far longer than any id with 414 before looking it up, as plain JSON', async () => {
      const response = await fetch(`${api.url}/credentials/${'9'.repeat(500)}`, { headers: { accept: 'application/json' } });
      expect(response.status).toBe(414);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ statusCode: 414, message: expect.any(String) });
      expect(JSON.stringify(body)).not.toMatch(/\bat .*:\d+:\d+/);
    });
  });

  describe('the signed VC-JWT, checked by an independent verifier', () => {
    it.each(['badge', 'certification'] as const)(
      'verifies a %s credential with the issuer’s published key; its payload is the JSON document less its embedded proof, its header alg EdDSA',
      async (kind) => {
        const credentials = await issued();
        const id = credentials[kind].id;
        const jwt = await credentialJwt(id);
        const jwk = await issuerKey(credentials.organization.id);

        const verified = verifyVcJwt(jwt, jwk);
        expect(verified).not.toBeNull();
        const { proof, ...unsecured } = await credentialJson(id);
        expect(verified!.header).toEqual({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid: proof.verificationMethod });
        expect(verified!.payload).toEqual(unsecured);
      },
    );

    it('fails independent verification when one byte of the payload or the signature changes, or with another issuer’s key', async () => {
      const { organization, badge, certification } = await issued();
      const jwk = await issuerKey(organization.id);
      for (const id of [badge.id, certification.id]) {
        const jwt = await credentialJwt(id);
        const [, payload, signature] = jwt.split('.') as [string, string, string];
        expect(verifyVcJwt(jwt, jwk)).not.toBeNull();
        for (const index of [0, 17, payload.length]) expect(verifyVcJwt(replacePart(jwt, 1, flipByte(payload, index)), jwk)).toBeNull();
        // A changed name, re-encoded as valid JSON: still one byte, still refused.
        const forged = Buffer.from(payload, 'base64url').toString('utf8').replace('"name":"', '"name":"X');
        expect(verifyVcJwt(replacePart(jwt, 1, Buffer.from(forged).toString('base64url')), jwk)).toBeNull();
        for (const index of [0, 31, 63]) expect(verifyVcJwt(replacePart(jwt, 2, flipByte(signature, index)), jwk)).toBeNull();
        // A header claiming another algorithm is not accepted either.
        expect(verifyVcJwt(replacePart(jwt, 0, Buffer.from(JSON.stringify({ alg: 'none' })).toString('base64url')), jwk)).toBeNull();
      }
      const stranger = await signUpOrganization(api);
      expect(verifyVcJwt(await credentialJwt(badge.id), await issuerKey(stranger.id))).toBeNull();
    });
  });

  describe('verifyCredential', () => {
    it('answers valid for fresh badge and certification credentials, with what they say, to anyone without a token', async () => {
      const { organizationName, badge, certification } = await issued();
      expect(await verifyCredential(badge.id)).toEqual({
        valid: true,
        problem: null,
        recipientName: 'Vera Verified',
        achievementName: 'Customer Hero',
        issuerName: organizationName,
        issuedAt: new Date(stamp(badge.awardedAt)).toISOString(),
        expiresAt: null,
      });
      expect(await verifyCredential(certification.id)).toEqual({
        valid: true,
        problem: null,
        recipientName: 'Vera Verified',
        achievementName: 'Complaint Handling',
        issuerName: organizationName,
        issuedAt: new Date(stamp(certification.issuedAt)).toISOString(),
        expiresAt: new Date(stamp(certification.expiresAt)).toISOString(),
      });
    });

    it('answers UNKNOWN for an id no credential has, and BAD_USER_INPUT for a malformed one', async () => {
      expect(await verifyCredential(randomUUID())).toEqual({
        valid: false,
        problem: 'UNKNOWN',
        recipientName: null,
        achievementName: null,
        issuerName: null,
        issuedAt: null,
        expiresAt: null,
      });
      expectError(await api.gql(VERIFY, { id: 'not-an-id' }), 'BAD_USER_INPUT', 'id');
    });

    it('answers BAD_SIGNATURE when the stored document or JWT is changed, by one byte or by swapping in another genuine credential', async () => {
      const { badge, certification, forever } = await issued();
      const problem = async (id: string) => (await verifyCredential(id)).problem;
      const [stored] = await api.sql<{ jwt: string; document: string }>(
        'SELECT jwt, document::text AS document FROM credentials WHERE id = $1',
        [badge.id],
      );
      const restore = () =>
        api.sql('UPDATE credentials SET jwt = $2, document = $3::json WHERE id = $1', [badge.id, stored!.jwt, stored!.document]);

      await api.sql(`UPDATE credentials SET document = replace(document::text, '"Customer Hero"', '"Customer Herp"')::json WHERE id = $1`, [
        badge.id,
      ]);
      expect(await problem(badge.id)).toBe('BAD_SIGNATURE');
      await restore();
      expect(await problem(badge.id)).toBeNull();

      await api.sql(
        `UPDATE credentials SET document = jsonb_set(document::jsonb, '{validFrom}', '"2001-01-01T00:00:00Z"')::json WHERE id = $1`,
        [badge.id],
      );
      expect(await problem(badge.id)).toBe('BAD_SIGNATURE');
      await restore();

      const [header, payload, signature] = stored!.jwt.split('.') as [string, string, string];
      for (const jwt of [
        `${header}.${flipByte(payload, 40)}.${signature}`,
        `${header}.${payload}.${flipByte(signature, 5)}`,
        `${header}.${payload}`,
        'garbage',
      ]) {
        await api.sql('UPDATE credentials SET jwt = $2 WHERE id = $1', [badge.id, jwt]);
        expect({ jwt, problem: await problem(badge.id) }).toEqual({ jwt, problem: 'BAD_SIGNATURE' });
      }
      // A genuine JWT of the same issuer, but of another credential.
      const [other] = await api.sql<{ jwt: string }>('SELECT jwt FROM credentials WHERE id = $1', [forever.id]);
      await api.sql('UPDATE credentials SET jwt = $2 WHERE id = $1', [badge.id, other!.jwt]);
      expect(await problem(badge.id)).toBe('BAD_SIGNATURE');
      await restore();
      expect(await verifyCredential(badge.id)).toMatchObject({ valid: true, problem: null });
      expect(await problem(certification.id)).toBeNull();
    });

    it('answers REVOKED once the certification is revoked', async () => {
      const { organization, certification, forever } = await issued();
      await api.ok(REVOKE, { awardId: certification.id, reason: 'Exam taken by someone else' }, organization.admin.token);
      expect(await verifyCredential(certification.id)).toMatchObject({
        valid: false,
        problem: 'REVOKED',
        achievementName: 'Complaint Handling',
        recipientName: 'Vera Verified',
      });
      expect(await verifyCredential(forever.id)).toMatchObject({ valid: true, problem: null });
    });

    it('answers EXPIRED from validUntil on, while badges and certifications that never expire stay valid', async () => {
      const { badge, certification, forever } = await issued();
      const validUntil = Date.parse(stamp(certification.expiresAt));

      api.clock.set(new Date(validUntil - 1000));
      expect((await verifyCredential(certification.id)).problem).toBeNull();
      api.clock.set(new Date(validUntil));
      expect(await verifyCredential(certification.id)).toMatchObject({
        valid: false,
        problem: 'EXPIRED',
        expiresAt: new Date(validUntil).toISOString(),
      });
      api.clock.set(new Date(validUntil + 3650 * DAY_MS));
      expect((await verifyCredential(certification.id)).problem).toBe('EXPIRED');
      expect((await verifyCredential(badge.id)).valid).toBe(true);
      expect((await verifyCredential(forever.id)).valid).toBe(true);
    });
  });

  describe('the issuer and its keys', () => {
    it('publishes the issuer profile with its DID and its Ed25519 public key (as a JWK and as the DID’s Multikey), nothing private', async () => {
      const { organization, organizationName, badge } = await issued();
      const organizationBadge = badge.id;
      const response = await fetch(`${api.url}/issuers/${organization.id}`);
      expect(response.headers.get('content-type')).toMatch(/^application\/ld\+json/);
      const profile = (await response.json()) as { verificationMethod: { publicKeyJwk: JsonWebKey }[] };
      const id = `http://laurels.test/issuers/${organization.id}`;
      const did = (await credentialJson(organizationBadge)).issuer.id as string;
      expect(profile).toEqual({
        '@context': CONTEXT,
        id,
        type: ['Profile'],
        name: organizationName,
        url: 'http://laurels.test',
        otherIdentifier: [{ type: ['IdentifierEntry'], identifier: did, identifierType: 'identifier' }],
        verificationMethod: [
          {
            id: `${id}#key-1`,
            type: 'JsonWebKey',
            controller: id,
            publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
          },
          {
            id: `${did}#${did.slice('did:key:'.length)}`,
            type: 'Multikey',
            controller: did,
            publicKeyMultibase: did.slice('did:key:'.length),
          },
        ],
      });
      const [row] = await api.sql<{ signing_public_jwk: JsonWebKey }>('SELECT signing_public_jwk FROM organizations WHERE id = $1', [
        organization.id,
      ]);
      expect(profile.verificationMethod[0].publicKeyJwk).toEqual(row!.signing_public_jwk);
      expect(row!.signing_public_jwk).not.toHaveProperty('d');
    });

    it('gives every organisation its own key', async () => {
      const [one, two] = [await signUpOrganization(api), await signUpOrganization(api)];
      const [keyOne, keyTwo] = [await issuerKey(one.id), await issuerKey(two.id)];
      expect(keyOne.x).not.toBe(keyTwo.x);
    });

    it('creates the key of an organisation that has none at its first award, once, even when many awards need it at once', async () => {
      const organization = await signUpOrganization(api);
      const members: Member[] = [];
      for (let index = 0; index < 6; index++) members.push(await addMember(api, organization));
      const course = await createCourse(api, organization.admin.token, { skills: ['communication'], modules: lessons(5), points: 0 });
      await api.sql('UPDATE organizations SET signing_public_jwk = NULL, signing_private_key = NULL WHERE id = $1', [organization.id]);
      expect(await (await fetch(`${api.url}/issuers/${organization.id}`)).json()).not.toHaveProperty('verificationMethod');

      const complete = `mutation ($id: ID!) { completeModule(input: { moduleId: $id }) { newBadges { id } } }`;
      const responses = await Promise.all(members.map((member) => api.gql(complete, { id: course.modules[0]!.id }, member.token)));
      expect(responses.map((response) => response.errors ?? null)).toEqual(members.map(() => null));

      const jwk = await issuerKey(organization.id);
      const credentials = await api.sql<{ id: string; jwt: string }>('SELECT id, jwt FROM credentials WHERE organization_id = $1', [
        organization.id,
      ]);
      expect(credentials).toHaveLength(2 * members.length);
      for (const credential of credentials)
        expect({ id: credential.id, verified: verifyVcJwt(credential.jwt, jwk) !== null }).toEqual({ id: credential.id, verified: true });
      for (const credential of credentials) expect((await verifyCredential(credential.id)).valid).toBe(true);
    });

    it('stores the private key encrypted with the server secret: no PEM, DER or JWK d in clear', async () => {
      const { organization } = await issued();
      const [row] = await api.sql<{ signing_private_key: string; signing_public_jwk: JsonWebKey; whole: string }>(
        'SELECT signing_private_key, signing_public_jwk, o::text AS whole FROM organizations o WHERE id = $1',
        [organization.id],
      );
      const stored = row!.signing_private_key;
      expect(stored).toMatch(/^v1\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+\.[A-Za-z0-9+/=]+$/);

      // Open it as the at-rest scheme says (AES-256-GCM under a key derived from the secret), to learn what must not be in clear.
      const [, iv, tag, sealed] = stored.split('.') as [string, string, string, string];
      const open = (secret: string) => {
        const decipher = createDecipheriv(
          'aes-256-gcm',
          scryptSync(secret, 'laurels:credential-signing-keys', 32),
          Buffer.from(iv, 'base64'),
        );
        decipher.setAuthTag(Buffer.from(tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]);
      };
      const der = open(CREDENTIALS_SECRET);
      const privateKey = createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
      const privateJwk = privateKey.export({ format: 'jwk' });
      // It is the private half of the published key...
      expect(createPublicKey(privateKey).export({ format: 'jwk' })).toEqual(row!.signing_public_jwk);
      // ...and nothing of it appears in clear anywhere in the organisation's row.
      const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
      const d = Buffer.from(privateJwk.d!, 'base64url');
      const secrets = [privateJwk.d!, d.toString('base64'), d.toString('hex'), der.toString('base64'), der.toString('hex'), pem];
      for (const secret of secrets) expect(row!.whole).not.toContain(secret);
      expect(row!.whole).not.toContain('PRIVATE KEY');
      // Another secret cannot open it.
      expect(() => open(randomBytes(32).toString('hex'))).toThrow();
    });
  });
});
