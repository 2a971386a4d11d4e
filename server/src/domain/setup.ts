import type { Setup } from "@gatehouse/shared/schemas/people";
import { expiredLink } from "../errors.ts";
import type { PortalRecord, Store, UserRecord } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { consumeLink, findLiveLink, issueLink } from "./one-time-links.ts";
import { hashNewPassword } from "./passwords.ts";
import { randomId } from "./secrets.ts";

interface SetupDeps {
  store: Store;
  clock: Clock;
}

/** The first portal and its owner, from `BOOTSTRAP_*` or the setup page. */
export interface FirstOwner {
  portal: PortalRecord;
  email: string;
  displayName: string;
  password: string;
}

/** Whether the store has no person yet: the only time the first owner may be made. */
const hasNobody = async (store: Pick<Store, "countRecords">) => (await store.countRecords()).users === 0;

async function createFirstOwner(
  { store, clock }: SetupDeps,
  owner: FirstOwner,
  passwordHash: string,
): Promise<UserRecord> {
  const user: UserRecord = {
    id: randomId(),
    email: owner.email,
    display_name: owner.displayName,
    password_hash: passwordHash,
    accounts: [{ portal_id: owner.portal.id, role: "owner" }],
    disabled: false,
    updated_at: epochSeconds(clock),
    locale: null,
    last_sign_in_at: null,
  };
  if (!(await store.portals.get(owner.portal.id))) await store.portals.insert(owner.portal);
  await store.users.insert(user);
  return user;
}

/**
 * `BOOTSTRAP_*`: makes the portal and its owner when the store has nobody, once however many
 * instances start at once; false when someone was there already. @see docs/configuration.md#first-run
 */
export async function bootstrapOwner(deps: SetupDeps, owner: FirstOwner): Promise<boolean> {
  const { store } = deps;
  const passwordHash = await hashNewPassword(owner.password, owner.email);
  return store.exclusively(async () => {
    if (!(await hasNobody(store))) return false;
    await createFirstOwner(deps, owner, passwordHash);
    return true;
  });
}

/** A setup link, valid one hour, when the store has nobody; null otherwise. @see docs/configuration.md#first-run */
export function issueSetupLink(deps: SetupDeps, issuer: string): Promise<string | null> {
  return deps.store.exclusively(async () =>
    (await hasNobody(deps.store)) ? (await issueLink(deps, issuer, "setup")).url : null,
  );
}

/** A portal id from a name: "Acme Corp." → "acme-corp". */
export function portalIdFrom(name: string): string {
  const id = name
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64)
    .replace(/-+$/, "");
  return id || "portal";
}

/**
 * `POST /api/setup`: uses the setup link once to make the first portal and its owner. Once anyone
 * exists, every setup link is dead (`410`). @see docs/api.md#setup
 */
export async function completeSetup(deps: SetupDeps, body: Setup): Promise<UserRecord> {
  const { store } = deps;
  const owner: FirstOwner = {
    portal: { id: body.portal_id ?? portalIdFrom(body.portal_name), name: body.portal_name },
    email: body.email,
    displayName: body.display_name,
    password: body.password,
  };
  // The rules first, so a weak password does not use the link up.
  const passwordHash = await hashNewPassword(body.password, body.email);
  return store.exclusively(async () => {
    if (!(await hasNobody(store))) throw expiredLink({ detail: "someone was set up already" });
    await consumeLink(deps, "setup", body.token);
    return createFirstOwner(deps, owner, passwordHash);
  });
}

/** `POST /api/setup/lookup`: a live setup link while nobody is set up; `410` otherwise. */
export async function lookUpSetup(deps: SetupDeps, token: string): Promise<void> {
  await findLiveLink(deps, "setup", token);
  if (!(await hasNobody(deps.store))) throw expiredLink({ detail: "someone was set up already" });
}
