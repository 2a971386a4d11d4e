import type { AccountSession } from "@gatehouse/shared/schemas/account";
import Bowser from "bowser";
import { notFound } from "../errors.ts";
import type { SessionRecord, Store } from "../store/types.ts";
import { type Clock, epochSeconds } from "./clock.ts";
import { sha256 } from "./secrets.ts";
import { SESSION_IDLE_TIMEOUT, type SignedIn } from "./sessions.ts";

interface AccountSessionDeps {
  store: Pick<Store, "sessions">;
  clock: Clock;
}

/**
 * A session's name in the API: derived from its stored hash, so it is stable, says nothing of the
 * cookie, and cannot be turned back into the stored key.
 */
export const publicSessionId = (session: Pick<SessionRecord, "id_hash">): string =>
  sha256(`session-id:${session.id_hash}`).slice(0, 22);

/** "Firefox 133" and "Windows 11" from a user agent, or null where it names none. */
function describeAgent(userAgent: string | null): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const parsed = Bowser.parse(userAgent);
  const name = (
    part: { name?: string; version?: string; versionName?: string },
    version: string | undefined,
  ) => (part.name ? [part.name, version].filter(Boolean).join(" ") : null);
  return {
    browser: name(parsed.browser, parsed.browser.version?.split(".")[0]),
    os: name(parsed.os, parsed.os.versionName ?? parsed.os.version),
  };
}

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The person's live sessions, newest first (docs/api.md#your-account). */
export async function listAccountSessions(
  { store, clock }: AccountSessionDeps,
  signedIn: SignedIn,
): Promise<AccountSession[]> {
  const now = epochSeconds(clock);
  const live = (await store.sessions.listByUser(signedIn.user.id)).filter(
    (session) => session.expires_at > now && now - session.last_seen_at < SESSION_IDLE_TIMEOUT,
  );
  return live.reverse().map((session) => ({
    id: publicSessionId(session),
    ...describeAgent(session.user_agent),
    address: session.address,
    signed_in_at: iso(session.auth_time),
    last_seen_at: iso(session.last_seen_at),
    current: session.id_hash === signedIn.session.id_hash,
  }));
}

/** `DELETE /api/account/sessions/:id`: signs one of the person's own sessions out; another's is `404`. */
export async function endAccountSession(
  { store }: AccountSessionDeps,
  signedIn: SignedIn,
  id: string,
): Promise<void> {
  const found = (await store.sessions.listByUser(signedIn.user.id)).find(
    (session) => publicSessionId(session) === id,
  );
  if (!found) throw notFound("no such session");
  await store.sessions.delete(found.id_hash);
}

/** `DELETE /api/account/sessions`: signs every session of the person out but the one asking. */
export async function endOtherSessions({ store }: AccountSessionDeps, signedIn: SignedIn): Promise<void> {
  await store.sessions.deleteByUser(signedIn.user.id, signedIn.session.id_hash);
}
