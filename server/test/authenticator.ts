import { createHash, generateKeyPairSync, type KeyObject, randomBytes, sign } from "node:crypto";
import type {
  AuthenticationOptions,
  AuthenticationResponse,
  RegistrationOptions,
  RegistrationResponse,
} from "@gatehouse/shared/schemas/passkeys";
import { isoCBOR } from "@simplewebauthn/server/helpers";

/** Authenticator data flags. @see W3C WebAuthn Level 2 §6.1 */
const FLAGS = { userPresent: 0x01, userVerified: 0x04, backupEligible: 0x08, backedUp: 0x10, attested: 0x40 };

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest();
const b64url = (data: Uint8Array) => Buffer.from(data).toString("base64url");

/** What a ceremony is made from, each overridable to build a forged or misdirected one. */
export interface CeremonyOverrides {
  origin?: string;
  rpID?: string;
  challenge?: string;
  /** The signature counter to report; by default one more than the last. */
  counter?: number;
  userVerified?: boolean;
  type?: string;
}

/**
 * A software authenticator for tests: one P-256 (ES256) discoverable credential, answering
 * registration and authentication options as a browser and its authenticator would, as JSON.
 * `synced`: a backed-up (multi-device) credential, as a password manager's passkey is.
 * @see W3C WebAuthn Level 2 §6.5.1 (attested credential data), §8.7 (none attestation)
 */
export class SoftwareAuthenticator {
  readonly credentialId = randomBytes(16);
  private readonly privateKey: KeyObject;
  private readonly publicJwk: { x: string; y: string };
  counter = 0;
  userHandle: string | undefined;

  constructor(
    readonly origin: string,
    readonly options: { synced?: boolean; keepsCounter?: boolean } = {},
  ) {
    const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
    this.privateKey = privateKey;
    const jwk = publicKey.export({ format: "jwk" });
    this.publicJwk = { x: jwk.x ?? "", y: jwk.y ?? "" };
  }

  get id(): string {
    return b64url(this.credentialId);
  }

  private flags(userVerified: boolean, extra = 0): number {
    const backup = this.options.synced ? FLAGS.backupEligible | FLAGS.backedUp : 0;
    return FLAGS.userPresent | (userVerified ? FLAGS.userVerified : 0) | backup | extra;
  }

  /** The client data of a ceremony of `type` answering `challenge` from our origin, unless overridden. */
  private clientData(type: string, challenge: string, overrides: CeremonyOverrides): Buffer {
    return Buffer.from(
      JSON.stringify({
        type: overrides.type ?? type,
        challenge: overrides.challenge ?? challenge,
        origin: overrides.origin ?? this.origin,
        crossOrigin: false,
      }),
    );
  }

  /** This credential as a PublicKeyCredential's JSON, around one ceremony's `response`. */
  private credential<CeremonyResponse>(response: CeremonyResponse) {
    return {
      id: this.id,
      rawId: this.id,
      type: "public-key" as const,
      authenticatorAttachment: "platform" as const,
      clientExtensionResults: {},
      response,
    };
  }

  private authenticatorData(rpID: string, flags: number, counter: number, attested?: Uint8Array): Buffer {
    const count = Buffer.alloc(4);
    count.writeUInt32BE(counter);
    return Buffer.concat([sha256(rpID), Buffer.from([flags]), count, ...(attested ? [attested] : [])]);
  }

  private nextCounter(override: number | undefined): number {
    if (override !== undefined) return override;
    if (this.options.keepsCounter === false) return 0;
    this.counter += 1;
    return this.counter;
  }

  /** `navigator.credentials.create()` for `options`, as RegistrationResponseJSON. */
  register(options: RegistrationOptions, overrides: CeremonyOverrides = {}): RegistrationResponse {
    const rpID = overrides.rpID ?? options.rp.id ?? new URL(this.origin).hostname;
    this.userHandle = options.user.id;
    const coseKey = new Map<number, number | Uint8Array>([
      [1, 2], // kty: EC2
      [3, -7], // alg: ES256
      [-1, 1], // crv: P-256
      [-2, Buffer.from(this.publicJwk.x, "base64url")],
      [-3, Buffer.from(this.publicJwk.y, "base64url")],
    ]);
    const idLength = Buffer.alloc(2);
    idLength.writeUInt16BE(this.credentialId.length);
    const attested = Buffer.concat([
      Buffer.alloc(16), // AAGUID: none
      idLength,
      this.credentialId,
      isoCBOR.encode(coseKey),
    ]);
    const counter = this.nextCounter(overrides.counter);
    const authData = this.authenticatorData(
      rpID,
      this.flags(overrides.userVerified ?? true, FLAGS.attested),
      counter,
      attested,
    );
    const attestationObject = isoCBOR.encode(
      new Map<string, string | Map<string, string> | Uint8Array>([
        ["fmt", "none"],
        ["attStmt", new Map<string, string>()],
        ["authData", new Uint8Array(authData)],
      ]),
    );
    const clientData = this.clientData("webauthn.create", options.challenge, overrides);
    return this.credential({
      clientDataJSON: b64url(clientData),
      attestationObject: b64url(attestationObject),
      transports: ["internal", "hybrid"],
    });
  }

  /** `navigator.credentials.get()` for `options`, as AuthenticationResponseJSON. */
  assert(options: AuthenticationOptions, overrides: CeremonyOverrides = {}): AuthenticationResponse {
    const rpID = overrides.rpID ?? options.rpId ?? new URL(this.origin).hostname;
    const counter = this.nextCounter(overrides.counter);
    const authData = this.authenticatorData(rpID, this.flags(overrides.userVerified ?? true), counter);
    const clientData = this.clientData("webauthn.get", options.challenge, overrides);
    const signature = sign("sha256", Buffer.concat([authData, sha256(clientData)]), this.privateKey);
    return this.credential({
      clientDataJSON: b64url(clientData),
      authenticatorData: b64url(authData),
      signature: b64url(signature),
      ...(this.userHandle === undefined ? {} : { userHandle: this.userHandle }),
    });
  }
}
