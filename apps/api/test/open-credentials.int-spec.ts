import { verifyCredential as dccVerify } from '@digitalcredentials/verifier-core';
import {
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  randomBytes,
  randomUUID,
  scryptSync,
  sign,
  verify,
  type JsonWebKey,
} from 'node:crypto';
import { DAY_MS, badgeIds, createCertification, earn, lessons } from './support/achievements.js';
import { expectError } from './support/errors.js';
import { addMember, createCourse, signUpOrganization, type Member, type Organization } from './support/fixtures.js';
import { startTestApi, type TestApi } from './support/test-app.js';
import { CredentialsService } from '../src/achievements/credentials/credentials.service.js';

// What the open credential ecosystem accepts: every credential checked by the Digital Credentials
// Consortium's verifier (the one behind Learner Credential Wallet and VerifierPlus), offline:
// the API under test is the only server it reaches. It also tries to fetch the Open Badges JSON
// schema from the internet and logs that it cannot; that step is not part of what is checked here.

const VERIFY = `query ($id: ID!) {
  verifyCredential(id: $id) { valid problem issuerName issuerDid issuerUrl statusListUrl }
}`;
const AWARD_BADGE = `mutation ($badgeId: ID!, $userId: ID!, $reason: String!) { awardBadge(badgeId: $badgeId, userId: $userId, reason: $reason) { id } }`;
const REVOKE_BADGE = `mutation ($awardId: ID!, $reason: String!) {
  revokeBadge(awardId: $awardId, reason: $reason) { id revokedAt revokedReason badge { name } }
}`;
const REVOKE_CERTIFICATION = `mutation ($awardId: ID!, $reason: String!) { revokeCertification(awardId: $awardId, reason: $reason) { id status } }`;

const CREDENTIALS_SECRET = randomBytes(32).toString('hex');

type Json = Record<string, any>;

interface DccResult {
  readonly errors?: { name: string; message: string }[];
  readonly log?: { id: string; valid: boolean }[];
}

/** verifier-core's answer, reduced to what a wallet shows: the fatal error's name, or each step's outcome. */
async function dcc(credential: Json): Promise<{ error: string } | Record<string, boolean>> {
  const result = (await dccVerify({
    credential: credential as Parameters<typeof dccVerify>[0]['credential'],
    knownDIDRegistries: [],
  })) as DccResult;
  if (result.errors?.length) return { error: result.errors[0]!.name };
  return Object.fromEntries((result.log ?? []).filter((step) => step.id !== 'registered_issuer').map((step) => [step.id, step.valid]));
}

const GENUINE = { valid_signature: true, revocation_status: true, expiration: true };

/** Signs a compact JWS with EdDSA, as the API signed VC-JWTs before credentials had embedded proofs. */
function vcJwt(payload: Json, kid: string, privateKey: ReturnType<typeof createPrivateKey>): string {
  const encode = (value: Json) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const signingInput = `${encode({ alg: 'EdDSA', typ: 'vc+jwt', cty: 'vc', kid })}.${encode(payload)}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

function verifiesWith(jwt: string, jwk: JsonWebKey): boolean {
  const [header, payload, signature] = jwt.split('.') as [string, string, string];
  return verify(
    null,
    Buffer.from(`${header}.${payload}`),
    createPublicKey({ key: jwk, format: 'jwk' }),
    Buffer.from(signature, 'base64url'),
  );
}

describe('credentials that wallets and verifiers accept', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startTestApi({ credentialsSecret: CREDENTIALS_SECRET }, { reachable: true })));
  afterAll(() => api.close());
  afterEach(() => api.clock.reset());

  interface Issued {
    readonly organization: Organization;
    readonly member: Member;
    readonly badgeId: string;
    readonly certificationId: string;
  }

  /** An employee given a MANUAL badge and a certification valid 90 days, `daysAgo` days ago. */
  async function issued(daysAgo = 0): Promise<Issued> {
    const organization = await signUpOrganization(api, `Harbour Care ${randomUUID().slice(0, 6)}`);
    const admin = organization.admin.token;
    const member = await addMember(api, organization, { name: 'Vera Verified' });
    const course = await createCourse(api, admin, { skills: ['communication'], modules: lessons(5), points: 0 });
    await createCertification(api, admin, { name: 'Complaint Handling', requiredCourseIds: [course.id], validityDays: 90 });
    api.clock.set(new Date(Date.now() - daysAgo * DAY_MS));
    const { awardBadge } = await api.ok(
      AWARD_BADGE,
      { badgeId: (await badgeIds(api, admin))['Customer Hero'], userId: member.id, reason: 'Turned a refund into a renewal' },
      admin,
    );
    const [certification] = (await earn(api, member.token, course.modules[0]!.id)).newCertifications;
    api.clock.reset();
    return { organization, member, badgeId: awardBadge.id, certificationId: certification!.id };
  }

  async function credentialJson(id: string, query = ''): Promise<Json> {
    const response = await fetch(`${api.url}/credentials/${id}${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as Json;
  }

  const verifyCredential = async (id: string) => (await api.ok(VERIFY, { id })).verifyCredential;

  it('has a fresh badge and certification verified by verifier-core: valid signature, not revoked, not expired', async () => {
    const { organization, badgeId, certificationId } = await issued();
    for (const id of [badgeId, certificationId]) {
      const credential = await credentialJson(id);
      expect(credential.issuer.id).toMatch(/^did:key:z6Mk/);
      expect(await dcc(credential)).toEqual(GENUINE);
      expect(await verifyCredential(id)).toEqual({
        valid: true,
        problem: null,
        issuerName: credential.issuer.name,
        issuerDid: credential.issuer.id,
        issuerUrl: api.url,
        statusListUrl: `${api.url}/issuers/${organization.id}/status/0`,
      });
    }
  });

  it('reports invalid_signature for any changed field', async () => {
    const { badgeId, certificationId } = await issued();
    const badge = await credentialJson(badgeId);
    const certification = await credentialJson(certificationId);
    const changed: Json[] = [
      { ...badge, name: 'Customer Herp' },
      { ...badge, validFrom: '2001-01-01T00:00:00Z' },
      { ...badge, credentialSubject: { ...badge.credentialSubject, id: `urn:uuid:${randomUUID()}` } },
      {
        ...badge,
        credentialStatus: { ...badge.credentialStatus, statusListIndex: String(Number(badge.credentialStatus.statusListIndex) + 1) },
      },
      { ...certification, validUntil: '2999-01-01T00:00:00Z' },
      {
        ...badge,
        credentialSubject: {
          ...badge.credentialSubject,
          achievement: { ...badge.credentialSubject.achievement, image: { id: 'https://attacker.example/badge.png', type: 'Image' } },
        },
      },
    ];
    for (const [index, credential] of changed.entries())
      expect({ index, result: await dcc(credential) }).toEqual({ index, result: { error: 'invalid_signature' } });
  });

  it('reports a revoked badge as revoked, to verifier-core and to verifyCredential, from the published list; the rest stays valid', async () => {
    const { organization, badgeId, certificationId } = await issued();
    const { revokeBadge } = await api.ok(REVOKE_BADGE, { awardId: badgeId, reason: 'Given to the wrong person' }, organization.admin.token);
    expect(revokeBadge).toEqual({
      id: badgeId,
      revokedAt: expect.any(String),
      revokedReason: 'Given to the wrong person',
      badge: { name: 'Customer Hero' },
    });
    expect(await dcc(await credentialJson(badgeId))).toEqual({ ...GENUINE, revocation_status: false });
    expect(await verifyCredential(badgeId)).toMatchObject({ valid: false, problem: 'REVOKED' });
    expect(await dcc(await credentialJson(certificationId))).toEqual(GENUINE);
    expect((await verifyCredential(certificationId)).valid).toBe(true);

    // The list itself is a credential signed by the same DID, which any verifier checks on its own.
    const list = await credentialJson(badgeId).then((credential) => fetch(credential.credentialStatus.statusListCredential));
    expect(list.headers.get('content-type')).toMatch(/^application\/vc\+ld\+json/);
    const statusList = (await list.json()) as Json;
    expect(statusList).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      issuer: (await credentialJson(badgeId)).issuer.id,
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation', encodedList: expect.stringMatching(/^u/) },
      proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
    });
    expect(await dcc(statusList)).toMatchObject({ valid_signature: true });
  });

  it('reports a revoked certification as revoked', async () => {
    const { organization, certificationId, badgeId } = await issued();
    await api.ok(REVOKE_CERTIFICATION, { awardId: certificationId, reason: 'Exam taken by someone else' }, organization.admin.token);
    expect(await dcc(await credentialJson(certificationId))).toEqual({ ...GENUINE, revocation_status: false });
    expect(await verifyCredential(certificationId)).toMatchObject({ valid: false, problem: 'REVOKED' });
    expect(await dcc(await credentialJson(badgeId))).toEqual(GENUINE);
  });

  it('reports an expired certification as expired, while the badge issued with it stays valid', async () => {
    const { certificationId, badgeId } = await issued(120);
    const certification = await credentialJson(certificationId);
    expect(Date.parse(certification.validUntil)).toBeLessThan(Date.now());
    expect(await dcc(certification)).toEqual({ valid_signature: true, revocation_status: true, expiration: false });
    expect(await verifyCredential(certificationId)).toMatchObject({ valid: false, problem: 'EXPIRED' });
    expect(await dcc(await credentialJson(badgeId))).toEqual(GENUINE);
  });

  describe('revokeBadge', () => {
    it('is refused a second time, for another organisation’s award, without a reason, and to anyone but an admin', async () => {
      const { organization, member, badgeId } = await issued();
      const admin = organization.admin.token;
      const manager = await addMember(api, organization, { role: 'MANAGER' });
      for (const token of [member.token, manager.token]) {
        expectError(await api.gql(REVOKE_BADGE, { awardId: badgeId, reason: 'Because' }, token), 'FORBIDDEN');
      }
      expectError(await api.gql(REVOKE_BADGE, { awardId: badgeId, reason: 'Because' }), 'UNAUTHENTICATED');
      for (const reason of ['', '   ', 'x'.repeat(501)]) {
        expectError(await api.gql(REVOKE_BADGE, { awardId: badgeId, reason }, admin), 'BAD_USER_INPUT', 'reason');
      }
      expectError(
        await api.gql(`mutation ($awardId: ID!) { revokeBadge(awardId: $awardId) { id } }`, { awardId: badgeId }, admin),
        'GRAPHQL_VALIDATION_FAILED',
      );
      expectError(await api.gql(REVOKE_BADGE, { awardId: 'not-an-id', reason: 'Because' }, admin), 'BAD_USER_INPUT', 'awardId');
      const elsewhere = await issued();
      expectError(await api.gql(REVOKE_BADGE, { awardId: badgeId, reason: 'Because' }, elsewhere.organization.admin.token), 'NOT_FOUND');
      expectError(await api.gql(REVOKE_BADGE, { awardId: randomUUID(), reason: 'Because' }, admin), 'NOT_FOUND');
      // A certification award's id is no badge award.
      expectError(
        await api.gql(REVOKE_BADGE, { awardId: elsewhere.certificationId, reason: 'Because' }, elsewhere.organization.admin.token),
        'NOT_FOUND',
      );
      expect((await verifyCredential(badgeId)).valid).toBe(true);

      await api.ok(REVOKE_BADGE, { awardId: badgeId, reason: 'Given by mistake' }, admin);
      expectError(await api.gql(REVOKE_BADGE, { awardId: badgeId, reason: 'Again' }, admin), 'BAD_USER_INPUT', 'awardId');
      const [award] = await api.sql('SELECT revoked_reason, revoked_by_id FROM badge_awards WHERE id = $1', [badgeId]);
      expect(award).toEqual({ revoked_reason: 'Given by mistake', revoked_by_id: organization.admin.id });
    });

    it('revokes once when asked many times at once, and the list’s bit and the award agree', async () => {
      const { organization, badgeId, certificationId } = await issued();
      const responses = await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          api.gql(REVOKE_BADGE, { awardId: badgeId, reason: `Reason ${index}` }, organization.admin.token),
        ),
      );
      expect(responses.filter((response) => !response.errors).length).toBe(1);
      for (const response of responses.filter((response) => response.errors)) expectError(response, 'BAD_USER_INPUT', 'awardId');
      expect(await dcc(await credentialJson(badgeId))).toEqual({ ...GENUINE, revocation_status: false });
      expect(await dcc(await credentialJson(certificationId))).toEqual(GENUINE);
    });

    it('is refused for a certification already revoked too', async () => {
      const { organization, certificationId } = await issued();
      await api.ok(REVOKE_CERTIFICATION, { awardId: certificationId, reason: 'Exam taken by someone else' }, organization.admin.token);
      expectError(
        await api.gql(REVOKE_CERTIFICATION, { awardId: certificationId, reason: 'Again' }, organization.admin.token),
        'BAD_USER_INPUT',
        'awardId',
      );
    });
  });

  describe('credentials issued before embedded proofs', () => {
    /** The organisation's private key, opened as the at-rest scheme says. */
    async function privateKeyOf(organizationId: string) {
      const [row] = await api.sql<{ signing_private_key: string }>('SELECT signing_private_key FROM organizations WHERE id = $1', [
        organizationId,
      ]);
      const [, iv, tag, sealed] = row!.signing_private_key.split('.') as [string, string, string, string];
      const decipher = createDecipheriv(
        'aes-256-gcm',
        scryptSync(CREDENTIALS_SECRET, 'laurels:credential-signing-keys', 32),
        Buffer.from(iv, 'base64'),
      );
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      const der = Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]);
      return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
    }

    /** Puts the award's credential back as the API stored it before: issued by the profile URL, no status, no picture, no proof; signed as a VC-JWT only. */
    async function asIssuedBefore(organizationId: string, id: string): Promise<{ document: Json; jwt: string }> {
      const { proof: _proof, credentialStatus: _status, ...current } = await credentialJson(id);
      const { image: _image, ...achievement } = current.credentialSubject.achievement;
      const issuer = `${api.url}/issuers/${organizationId}`;
      const document = {
        ...current,
        issuer: { ...current.issuer, id: issuer },
        credentialSubject: { ...current.credentialSubject, achievement },
      };
      const jwt = vcJwt(document, `${issuer}#key-1`, await privateKeyOf(organizationId));
      await api.sql('UPDATE credentials SET document = $2::json, jwt = $3 WHERE id = $1', [id, JSON.stringify(document), jwt]);
      return { document, jwt };
    }

    it('get their proof, their DID issuer, status and picture the next time they are served, same id; their old VC-JWT still verifies', async () => {
      const { organization, badgeId, certificationId } = await issued();
      for (const id of [badgeId, certificationId]) {
        const before = await asIssuedBefore(organization.id, id);
        expect(await dcc(before.document)).toEqual({ error: 'no_proof' });

        const served = await credentialJson(id);
        expect(served).toMatchObject({
          id: before.document.id,
          issuer: { id: expect.stringMatching(/^did:key:z6Mk/), name: before.document.issuer.name },
          validFrom: before.document.validFrom,
          credentialStatus: { type: 'BitstringStatusListEntry' },
          credentialSubject: { identifier: before.document.credentialSubject.identifier, achievement: { image: { type: 'Image' } } },
          proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' },
        });
        expect(await dcc(served)).toEqual(GENUINE);
        expect(await credentialJson(id)).toEqual(served);
        expect((await verifyCredential(id)).valid).toBe(true);

        // Whoever kept the old VC-JWT can still verify it with the key the issuer's profile publishes.
        const profile = (await (await fetch(`${api.url}/issuers/${organization.id}`)).json()) as Json;
        const jwk = profile.verificationMethod.find(
          (method: Json) => method.id === `${api.url}/issuers/${organization.id}#key-1`,
        ).publicKeyJwk;
        expect(verifiesWith(before.jwt, jwk)).toBe(true);
        expect(verifiesWith(await (await fetch(`${api.url}/credentials/${id}?format=jwt`)).text(), jwk)).toBe(true);
      }
    });

    it('are brought up to date, and revocable, through verifyCredential too', async () => {
      const { organization, badgeId } = await issued();
      await asIssuedBefore(organization.id, badgeId);
      expect(await verifyCredential(badgeId)).toMatchObject({ valid: true, issuerDid: expect.stringMatching(/^did:key:/) });
      await api.ok(REVOKE_BADGE, { awardId: badgeId, reason: 'Given by mistake' }, organization.admin.token);
      expect(await dcc(await credentialJson(badgeId))).toEqual({ ...GENUINE, revocation_status: false });
    });

    it('are all brought up to date by the upgrade command, once, except those whose VC-JWT no longer holds', async () => {
      const { organization, badgeId, certificationId } = await issued();
      await asIssuedBefore(organization.id, badgeId);
      const { document } = await asIssuedBefore(organization.id, certificationId);
      await api.sql('UPDATE credentials SET document = $2::json WHERE id = $1', [
        certificationId,
        JSON.stringify({ ...document, name: 'Forged' }),
      ]);
      const command = api.app.get(CredentialsService);
      const first = await command.upgradeAll();
      expect(first.left).toBeGreaterThanOrEqual(1);
      const [badge] = await api.sql<{ document: Json }>('SELECT document FROM credentials WHERE id = $1', [badgeId]);
      expect(await dcc(badge!.document)).toEqual(GENUINE);
      const [forged] = await api.sql<{ document: Json }>('SELECT document FROM credentials WHERE id = $1', [certificationId]);
      expect(forged!.document).not.toHaveProperty('proof');
      expect(await command.upgradeAll()).toEqual({ upgraded: 0, left: first.left });
    });

    it('are not signed again when what is stored no longer matches their VC-JWT', async () => {
      const { organization, badgeId } = await issued();
      const { document } = await asIssuedBefore(organization.id, badgeId);
      const forged = { ...document, name: 'Customer Legend' };
      await api.sql('UPDATE credentials SET document = $2::json WHERE id = $1', [badgeId, JSON.stringify(forged)]);
      expect(await credentialJson(badgeId)).toEqual(forged);
      expect(await verifyCredential(badgeId)).toMatchObject({ valid: false, problem: 'BAD_SIGNATURE' });
      expect(await dcc(await credentialJson(badgeId))).toEqual({ error: 'no_proof' });
    });
  });

  it('answers BAD_SIGNATURE when another genuine credential is stored under an award’s id', async () => {
    const { badgeId, certificationId } = await issued();
    await credentialJson(certificationId);
    await api.sql(
      'UPDATE credentials SET document = other.document, jwt = other.jwt FROM credentials other WHERE credentials.id = $1 AND other.id = $2',
      [badgeId, certificationId],
    );
    expect(await dcc(await credentialJson(badgeId))).toEqual(GENUINE);
    expect(await verifyCredential(badgeId)).toMatchObject({ valid: false, problem: 'BAD_SIGNATURE' });
    expect((await verifyCredential(certificationId)).valid).toBe(true);
  });

  it('offers the credential with its proof as a file for a wallet', async () => {
    const { badgeId } = await issued();
    const response = await fetch(`${api.url}/credentials/${badgeId}?download`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="customer-hero.json"');
    const credential = (await response.json()) as Json;
    expect(credential).toEqual(await credentialJson(badgeId));
    expect(await dcc(credential)).toEqual(GENUINE);
  });

  it('carries the achievement’s picture as an OB 3.0 Image, downloadable as the same SVG to share', async () => {
    const { badgeId, certificationId } = await issued();
    for (const [id, name, file] of [
      [badgeId, 'Customer Hero', 'customer-hero.svg'],
      [certificationId, 'Complaint Handling', 'complaint-handling.svg'],
    ] as const) {
      const credential = await credentialJson(id);
      const image = credential.credentialSubject.achievement.image;
      expect(image).toEqual({ id: expect.stringMatching(/^data:image\/svg\+xml;charset=utf-8,%3Csvg/), type: 'Image' });
      expect(await dcc(credential)).toEqual(GENUINE);

      const response = await fetch(`${api.url}/credentials/${id}/image.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${file}"`);
      const svg = await response.text();
      expect(svg).toBe(decodeURIComponent(image.id.slice(image.id.indexOf(',') + 1)));
      expect(svg).toContain(`<title>${name}</title>`);
    }
    for (const id of [randomUUID(), 'not-an-id']) expect((await fetch(`${api.url}/credentials/${id}/image.svg`)).status).toBe(404);
  });

  it('publishes only the status lists an organisation’s credentials use, and no did:web document for a did:key issuer', async () => {
    const { organization } = await issued();
    for (const path of [
      `/issuers/${organization.id}/status/5`,
      `/issuers/${randomUUID()}/status/0`,
      `/issuers/${organization.id}/status/-1`,
      `/issuers/${organization.id}/status/9999999`,
      `/issuers/not-an-id/status/0`,
      `/issuers/${organization.id}/did.json`,
    ]) {
      const response = await fetch(`${api.url}${path}`, { headers: { accept: 'application/json' } });
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect(await api.sql('SELECT count(*)::int AS lists FROM status_lists WHERE organization_id = $1', [organization.id])).toEqual([
      { lists: 0 },
    ]);
  });
});

describe('an issuer named by did:web, under an https PUBLIC_URL', () => {
  let api: TestApi;
  const realFetch = globalThis.fetch;
  const PUBLIC_URL = 'https://laurels.example';
  beforeAll(async () => {
    api = await startTestApi({ publicUrl: PUBLIC_URL });
    // What DNS and TLS do in production: the public host's requests reach this API. The verifier
    // resolves did:web and fetches status lists through fetch; the API is not involved in this.
    globalThis.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      return realFetch(url.startsWith(PUBLIC_URL) ? api.url + url.slice(PUBLIC_URL.length) : input, init);
    };
  });
  afterAll(async () => {
    globalThis.fetch = realFetch;
    await api.close();
  });

  it('signs with did:web:<host>:issuers:<id>, serves its DID document where did:web looks, and verifies', async () => {
    const organization = await signUpOrganization(api);
    const member = await addMember(api, organization, { name: 'Wes Web' });
    const { awardBadge } = await api.ok(
      AWARD_BADGE,
      { badgeId: (await badgeIds(api, organization.admin.token))['Customer Hero'], userId: member.id, reason: 'Calm under pressure' },
      organization.admin.token,
    );
    const did = `did:web:laurels.example:issuers:${organization.id}`;
    const credential = (await (await fetch(`${PUBLIC_URL}/credentials/${awardBadge.id}`)).json()) as Json;
    expect(credential).toMatchObject({
      id: `${PUBLIC_URL}/credentials/${awardBadge.id}`,
      issuer: { id: did, url: PUBLIC_URL },
      credentialStatus: { statusListCredential: `${PUBLIC_URL}/issuers/${organization.id}/status/0` },
      proof: { verificationMethod: `${did}#key-1` },
    });

    const didDocument = (await (await fetch(`${PUBLIC_URL}/issuers/${organization.id}/did.json`)).json()) as Json;
    const profile = (await (await fetch(`${PUBLIC_URL}/issuers/${organization.id}`)).json()) as Json;
    const multibase = profile.verificationMethod.find((method: Json) => method.type === 'Multikey').publicKeyMultibase;
    expect(didDocument).toEqual({
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: did,
      verificationMethod: [{ id: `${did}#key-1`, type: 'Multikey', controller: did, publicKeyMultibase: multibase }],
      authentication: [`${did}#key-1`],
      assertionMethod: [`${did}#key-1`],
    });
    expect(profile.otherIdentifier).toEqual([{ type: ['IdentifierEntry'], identifier: did, identifierType: 'identifier' }]);

    expect(await dcc(credential)).toEqual(GENUINE);
    expect(await api.ok(VERIFY, { id: awardBadge.id })).toMatchObject({ verifyCredential: { valid: true, issuerDid: did } });
    await api.ok(REVOKE_BADGE, { awardId: awardBadge.id, reason: 'Given by mistake' }, organization.admin.token);
    expect(await dcc(credential)).toEqual({ ...GENUINE, revocation_status: false });
  });
});
