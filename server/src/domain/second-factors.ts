import type { SecondFactorMethod, SecondFactors } from "@gatehouse/shared/schemas/second-factors";
import type { Store, UserRecord } from "../store/types.ts";
import { type AuditLog, type AuditSource, auditPerson, portalsOf, recordAudit } from "./audit.ts";

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

export type SecondFactorsDeps = { store: Pick<Store, "secondFactors" | "portals">; audit: AuditLog };

/**
 * The second factors `user` may sign in with, in the order the sign-in page offers them; empty for
 * none. The one list every sign-in answer comes from: a passkey counts as one (contract §12).
 * @see docs/api.md#second-factors
 */
export async function secondFactorMethods(
  { store }: { store: Pick<Store, "secondFactors" | "passkeys"> },
  user: Pick<UserRecord, "id">,
): Promise<SecondFactorMethod[]> {
  const totp = await store.secondFactors.getTotp(user.id);
  const methods: SecondFactorMethod[] = [];
  if (totp?.confirmed_at != null) {
    methods.push("totp");
    if (totp.recovery_code_hashes.length > 0) methods.push("recovery_code");
  }
  if ((await store.passkeys.listByUser(user.id)).length > 0) methods.push("passkey");
  return methods;
}

/** True when a portal of `user` requires a second factor (docs/api.md#second-factors, "Required by a portal"). */
export async function secondFactorRequired(
  { store }: { store: Pick<Store, "portals"> },
  user: Pick<UserRecord, "accounts">,
): Promise<boolean> {
  for (const { portal_id } of user.accounts) {
    if ((await store.portals.getPolicy(portal_id))?.require_second_factor) return true;
  }
  return false;
}

/** `GET /api/account/second-factors`: the confirmed app and the recovery codes left. */
export async function secondFactorsView(
  { store }: { store: Pick<Store, "secondFactors"> },
  user: Pick<UserRecord, "id">,
): Promise<SecondFactors> {
  const totp = await store.secondFactors.getTotp(user.id);
  if (totp?.confirmed_at == null) return { totp: null, recovery_codes_remaining: 0 };
  return {
    totp: { created_at: iso(totp.confirmed_at) },
    recovery_codes_remaining: totp.recovery_code_hashes.length,
  };
}

/** Records a second factor added, removed or used, in every portal of the person (docs/operations.md#audit-events). */
export function recordSecondFactor(
  deps: { audit: AuditLog },
  event: "second_factor.added" | "second_factor.removed" | "second_factor.used",
  user: UserRecord,
  source: AuditSource,
  details: { method: SecondFactorMethod } & Record<string, unknown>,
): void {
  recordAudit(deps, { event, portal_ids: portalsOf(user), person: auditPerson(user), source, details });
}

/**
 * Removes the authenticator app of `user` and its recovery codes (`DELETE /api/account/totp`, and
 * part of `reset-2fa`): `["totp"]` when one was confirmed, audited `second_factor.removed`. Passkeys
 * stay: each is removed on its own (docs/api.md#passkeys).
 */
export async function removeAuthenticatorApp(
  deps: { store: Pick<Store, "secondFactors">; audit: AuditLog },
  user: UserRecord,
  source: AuditSource,
  details: Record<string, unknown> = {},
): Promise<SecondFactorMethod[]> {
  const removed = await deps.store.secondFactors.deleteTotp(user.id);
  if (removed?.confirmed_at == null) return [];
  recordSecondFactor(deps, "second_factor.removed", user, source, {
    method: "totp",
    recovery_codes: removed.recovery_code_hashes.length,
    ...details,
  });
  return ["totp"];
}

/**
 * `gatehouse user reset-2fa`: every second factor of `user` goes, the app with its recovery codes
 * and every passkey, each audited `second_factor.removed`; the methods removed.
 * @see docs/operations.md#command-line
 */
export async function resetSecondFactors(
  deps: { store: Pick<Store, "secondFactors" | "passkeys">; audit: AuditLog },
  user: UserRecord,
  source: AuditSource,
  details: Record<string, unknown> = {},
): Promise<SecondFactorMethod[]> {
  const removed = await removeAuthenticatorApp(deps, user, source, details);
  const passkeys = await deps.store.passkeys.listByUser(user.id);
  if (passkeys.length === 0) return removed;
  await deps.store.passkeys.deleteByUser(user.id);
  for (const passkey of passkeys) {
    recordSecondFactor(deps, "second_factor.removed", user, source, {
      method: "passkey",
      passkey_id: passkey.id,
      name: passkey.name,
      ...details,
    });
  }
  return [...removed, "passkey"];
}
