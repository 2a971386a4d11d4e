import type { ConsentDecision } from "@gatehouse/shared";
import { invalidRequest } from "../errors.ts";
import type { InteractionRecord, Store } from "../store/types.ts";
import { type AuthorizationDeps, accessDeniedUrl, issueAuthorizationCode } from "./authorization.ts";
import { epochSeconds } from "./clock.ts";
import { seal, unseal } from "./secrets.ts";
import type { SignedIn } from "./sessions.ts";

export type ConsentDeps = AuthorizationDeps & { store: Pick<Store, "interactions" | "grants" | "codes"> };

interface Decision {
  interaction: InteractionRecord;
  /** The browser cookie that started the interaction: the key to its sealed result. */
  browser: string;
  signedIn: SignedIn;
  portalId: string;
  /** `allow` also when remembered consent implies it (docs/api.md#remembered-and-incremental-consent). */
  decision: ConsentDecision["decision"];
}

/** Where a finished interaction sends the browser back to; only its own browser can open it. */
export const openResult = (interaction: InteractionRecord, browser: string): string | undefined =>
  interaction.result ? unseal(browser, interaction.id, interaction.result.sealed_redirect_to) : undefined;

/**
 * Decides an interaction: allow issues a code, deny answers `access_denied`. The first decision
 * wins: a later one (a double submit, a second tab) gets the first one's answer, and the code it
 * issued is withdrawn, so one interaction yields at most one code.
 * @see RFC 6749 §4.1.2 and §4.1.2.1, RFC 9700 §4.5 (one code per authorization)
 */
export async function decideConsent(
  deps: ConsentDeps,
  { interaction, browser, signedIn, portalId, decision }: Decision,
): Promise<string> {
  const issued =
    decision === "allow"
      ? await issueAuthorizationCode(deps, {
          request: interaction.request,
          userId: signedIn.user.id,
          portalId,
          session: signedIn.session,
        })
      : { redirectTo: accessDeniedUrl(deps.config.issuer, interaction.request), codeHash: null };
  return completeInteraction(deps, interaction, browser, issued);
}

/**
 * Ends an interaction with `access_denied` without asking: the person has no account on a portal
 * where the app may be used. @see RFC 6749 §4.1.2.1, docs/api.md#portals-of-an-app
 */
export function refuseInteraction(
  deps: ConsentDeps,
  { interaction, browser }: Pick<Decision, "interaction" | "browser">,
): Promise<string> {
  const redirectTo = accessDeniedUrl(deps.config.issuer, interaction.request);
  return completeInteraction(deps, interaction, browser, { redirectTo, codeHash: null });
}

/** Records the first answer; a later one withdraws its code and gets the first one's answer. */
async function completeInteraction(
  { store, clock }: ConsentDeps,
  interaction: InteractionRecord,
  browser: string,
  issued: { redirectTo: string; codeHash: string | null },
): Promise<string> {
  const won = await store.interactions.complete(interaction.id, {
    sealed_redirect_to: seal(browser, interaction.id, issued.redirectTo),
    completed_at: epochSeconds(clock),
  });
  if (won) return issued.redirectTo;
  if (issued.codeHash) await store.codes.delete(issued.codeHash);
  const finished = await store.interactions.get(interaction.id);
  const redirect = finished && openResult(finished, browser);
  if (!redirect) throw invalidRequest("this sign-in request could not be completed");
  return redirect;
}
