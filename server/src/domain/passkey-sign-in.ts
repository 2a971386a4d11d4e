import type { AuthenticationResponse } from "@gatehouse/shared/schemas/passkeys";
import { invalidCredentials, OAuthError } from "../errors.ts";
import type { Store } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import {
  type PasskeyAuthenticationDeps,
  passkeyAuthenticationOptions,
  verifyPasskeyAssertion,
} from "./passkey-authentication.ts";
import { randomToken, sha256 } from "./secrets.ts";
import type { SessionDeps, SignedIn } from "./sessions.ts";
import { startSignedIn } from "./sign-in.ts";
import { SIGN_IN_PER_ADDRESS, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

export type PasskeySignInDeps = PasskeyAuthenticationDeps &
  ThrottleDeps &
  SessionDeps & {
    store: Pick<Store, "webauthnChallenges" | "passkeys" | "users" | "throttle" | "sessions" | "portals">;
    audit: AuditLog;
  };

/**
 * `POST /api/session/passkey/options`: a sign-in by passkey alone begins. Its challenge is bound to
 * a new secret the browser keeps in a short-lived cookie (`attempt`), so only this browser can
 * answer it. @see docs/api.md#passkeys
 */
export async function beginPasskeySignIn(deps: PasskeyAuthenticationDeps) {
  const attempt = randomToken();
  const options = await passkeyAuthenticationOptions(deps, {
    userId: null,
    bindingHash: sha256(attempt),
    allowed: [],
  });
  return { attempt, options };
}

interface PasskeySignInAttempt {
  response: AuthenticationResponse;
  /** The attempt cookie `beginPasskeySignIn` set; undefined when the browser brought none. */
  attempt: string | undefined;
  address: string;
  source: AuditSource;
  /** The session cookie the browser brought, joined on success, never adopted (docs/api.md#several-accounts). */
  replacing: string | undefined;
  userAgent: string | null;
}

/**
 * `POST /api/session/passkey`: a verified assertion signs its person in as a password does (a new
 * session joining the browser's others, the last sign-in recorded), with the passkey's `amr`. Any failure is
 * `invalid_credentials`, counted against the address as a wrong password is.
 * @see docs/api.md#passkeys, docs/security.md#throttling
 */
export async function signInWithPasskey(
  deps: PasskeySignInDeps,
  { response, attempt, address, source, replacing, userAgent }: PasskeySignInAttempt,
): Promise<{ cookieValue: string; signedIn: SignedIn }> {
  try {
    const assertion = await throttleAttempt(
      deps,
      [{ key: `sign-in-from:${address}`, policy: SIGN_IN_PER_ADDRESS, judging: "after-check" }],
      async () => {
        const verified = attempt ? await verifyPasskeyAssertion(deps, response, null, sha256(attempt)) : null;
        if (!verified) throw invalidCredentials();
        return verified;
      },
    );
    const signedIn = await startSignedIn(
      deps,
      assertion.user,
      { userAgent, address, joining: replacing },
      assertion.amr,
    );
    recordAudit(deps, {
      event: "sign_in.succeeded",
      portal_ids: portalsOf(assertion.user),
      person: auditPerson(assertion.user),
      source,
      details: { method: "passkey", passkey_id: assertion.passkey.id },
    });
    return signedIn;
  } catch (error) {
    if (error instanceof OAuthError) {
      const reason = error.status === 429 ? "throttled" : "invalid_credentials";
      recordAudit(deps, {
        event: "sign_in.failed",
        portal_ids: [],
        person: null,
        source,
        details: { method: "passkey", reason },
      });
    }
    throw error;
  }
}
