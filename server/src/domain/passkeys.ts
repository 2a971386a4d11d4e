import { AUTHENTICATOR_TRANSPORTS, type Passkey as PasskeyView } from "@gatehouse/shared/schemas/passkeys";
import { invalidCredentials, notFound } from "../errors.ts";
import type { PasskeyRecord, Store, UserRecord } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";
import type { Clock } from "./clock.ts";
import { verifyPassword } from "./secrets.ts";
import { SIGN_IN_PER_ACCOUNT, type ThrottleDeps, throttleAttempt } from "./throttle.ts";

export type PasskeyAccountDeps = ThrottleDeps & {
  store: Pick<Store, "passkeys" | "throttle">;
  clock: Clock;
  audit: AuditLog;
};

type Transport = (typeof AUTHENTICATOR_TRANSPORTS)[number];

/** The transports WebAuthn names, of those stored or reported; a hint to the browser, nothing more. */
export const knownTransports = (transports: readonly string[]): Transport[] =>
  AUTHENTICATOR_TRANSPORTS.filter((known) => transports.includes(known));

/** How the browser is told of a stored passkey (to allow or to exclude it): its ID and transports. */
export const credentialDescriptor = (passkey: PasskeyRecord) => ({
  id: passkey.credential_id,
  transports: knownTransports(passkey.transports),
});

const iso = (seconds: number | null) => (seconds === null ? null : new Date(seconds * 1000).toISOString());

/** A passkey as its owner sees it: never its key or credential ID. */
export const passkeyView = (passkey: PasskeyRecord): PasskeyView => ({
  id: passkey.id,
  name: passkey.name,
  created_at: new Date(passkey.created_at * 1000).toISOString(),
  last_used_at: iso(passkey.last_used_at),
});

/** Whether the person has a passkey: the second-factor step offers "Use a passkey" then. */
export async function hasPasskeys(
  deps: { store: Pick<Store, "passkeys"> },
  user: UserRecord,
): Promise<boolean> {
  return (await deps.store.passkeys.listByUser(user.id)).length > 0;
}

/** `GET /api/account/passkeys`: the person's own, oldest first (docs/api.md#passkeys). */
export async function listPasskeys(
  deps: { store: Pick<Store, "passkeys"> },
  user: UserRecord,
): Promise<PasskeyView[]> {
  return (await deps.store.passkeys.listByUser(user.id)).map(passkeyView);
}

/** One of the person's passkeys; anyone else's is unknown to them (404, never 403). */
async function ownPasskey(deps: { store: Pick<Store, "passkeys"> }, user: UserRecord, id: string) {
  const found = await deps.store.passkeys.get(id);
  if (!found || found.user_id !== user.id) throw notFound("no such passkey");
  return found;
}

/** `PATCH /api/account/passkeys/:id`. */
export async function renamePasskey(
  deps: { store: Pick<Store, "passkeys"> },
  user: UserRecord,
  id: string,
  name: string,
): Promise<PasskeyView> {
  const found = await ownPasskey(deps, user, id);
  await deps.store.passkeys.rename(found.id, name);
  return passkeyView({ ...found, name });
}

/**
 * `DELETE /api/account/passkeys/:id`: asks for the password again (throttled as a sign-in of the
 * email is), so a session left open is not enough to remove a factor. @see docs/security.md#passkeys
 */
export async function removePasskey(
  deps: PasskeyAccountDeps,
  user: UserRecord,
  id: string,
  currentPassword: string,
  source: AuditSource,
): Promise<void> {
  const found = await ownPasskey(deps, user, id);
  await throttleAttempt(deps, [{ key: `sign-in:${user.email}`, policy: SIGN_IN_PER_ACCOUNT }], async () => {
    if (!(await verifyPassword(currentPassword, user.password_hash))) throw invalidCredentials();
  });
  await deps.store.passkeys.delete(found.id);
  recordAudit(deps, {
    event: "second_factor.removed",
    portal_ids: portalsOf(user),
    person: auditPerson(user),
    source,
    details: { method: "passkey", passkey_id: found.id, name: found.name },
  });
}
