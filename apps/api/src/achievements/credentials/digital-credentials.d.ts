// The Digital Credentials Consortium's libraries ship JavaScript without types: what this API uses of them.

type JsonObject = Record<string, unknown>;

interface LoadedDocument {
  readonly contextUrl: string | null;
  readonly documentUrl: string;
  readonly document: JsonObject;
}

type DocumentLoader = (url: string) => Promise<LoadedDocument>;

declare module '@digitalcredentials/security-document-loader' {
  /** A loader of the JSON-LD contexts it bundles and of did:key (and did:web) DIDs; other URLs only with fetchRemoteContexts. */
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): { build(): DocumentLoader };
}

declare module '@digitalcredentials/ed25519-multikey' {
  export interface Ed25519KeyPair {
    readonly id?: string;
    readonly controller?: string;
    readonly publicKeyMultibase: string;
    signer(): { id?: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
  }
  export function fromJwk(options: { jwk: JsonWebKey; secretKey?: boolean; id?: string; controller?: string }): Promise<Ed25519KeyPair>;
}

declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date });
  }
}

declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}

declare module '@digitalcredentials/vc' {
  export interface VerificationLogEntry {
    readonly id: string;
    readonly valid: boolean;
  }
  export interface CredentialVerification {
    readonly verified: boolean;
    readonly log?: VerificationLogEntry[];
    readonly error?: { readonly log?: VerificationLogEntry[]; readonly message?: string };
  }
  export function issue(options: { credential: JsonObject; suite: unknown; documentLoader: DocumentLoader }): Promise<JsonObject>;
  export function verifyCredential(options: {
    credential: JsonObject;
    suite: unknown;
    documentLoader: DocumentLoader;
    checkStatus?: (options: JsonObject) => Promise<unknown>;
    now?: Date;
  }): Promise<CredentialVerification>;
}

declare module '@digitalcredentials/vc-bitstring-status-list' {
  export interface BitstringStatusList {
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: { id: string; list: BitstringStatusList; statusPurpose: string }): Promise<JsonObject>;
  export function checkStatus(options: JsonObject): Promise<unknown>;
}
