import {
  clearAccountChoiceSchema,
  consentDecisionSchema,
  type Interaction,
  scopeGroupLines,
} from "@gatehouse/shared";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { auditPerson, recordAudit } from "../domain/audit.ts";
import { clientSummary } from "../domain/clients.ts";
import { decideConsent, openResult, refuseInteraction } from "../domain/consent.ts";
import { chooserAccounts, clearInteractionChoice } from "../domain/interaction-accounts.ts";
import { interactionPortals, interactionStep } from "../domain/interactions.ts";
import { findPendingSignIn } from "../domain/pending-sign-ins.ts";
import { publicUser } from "../domain/sessions.ts";
import { invalidRequest, unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";
import { loadInteraction } from "./interaction-access.ts";
import { requestSource } from "./request-origin.ts";

/** `/api/interactions`: the SPA's view of one authorization request, and its consent decision (docs/api.md#interactions). */
export function interactionRoutes(deps: Deps): Router {
  const { config, store } = deps;
  const router = Router();

  router.get("/:id", async function showInteraction(req, res) {
    const loaded = await loadInteraction(deps, req, req.params.id);
    const { interaction, client, signedIn, browser, accounts, mustChoose } = loaded;
    // Only portals where the app may be used count, the session's current one included (docs/api.md#portals-of-an-app).
    const { portals, portalId } = interactionPortals(client, signedIn);
    // The chooser's pairs: every account signed in here, only to this browser (docs/api.md#several-accounts).
    const chooser = chooserAccounts(client, accounts);
    const grant =
      signedIn && portalId ? await store.grants.find(signedIn.user.id, portalId, client.client_id) : null;
    let step = interactionStep({
      interaction,
      session: signedIn?.session ?? null,
      user: signedIn?.user ?? null,
      usablePortalIds: mustChoose
        ? chooser.flatMap((account) => account.portals.map((portal) => portal.id))
        : portals.map((portal) => portal.id),
      portalId,
      grant,
      mustChoose,
      pendingSecondFactor:
        (await findPendingSignIn(deps, deps.cookies.read(req, "pending_sign_in"))) !== null,
    });
    let redirectTo = openResult(interaction, browser);
    if (step === "implied" && signedIn && portalId) {
      // Remembered consent covers the request: Allow is implied, no page (docs/api.md#interactions).
      redirectTo = await decideConsent(deps, { interaction, browser, signedIn, portalId, decision: "allow" });
      step = "done";
    } else if (step === "denied") {
      // No account where the app may be used: access_denied back at the app (docs/api.md#portals-of-an-app).
      redirectTo = await refuseInteraction(deps, { interaction, browser });
      step = "done";
    }
    const answer: Interaction = {
      id: interaction.id,
      step: step === "implied" ? "consent" : step,
      ...(redirectTo ? { redirect_to: redirectTo } : {}),
      client: clientSummary(config.issuer, client),
      scopes: scopeGroupLines(interaction.request.scopes, grant?.scopes ?? null),
      ...(signedIn ? { user: publicUser(signedIn), portals } : {}),
      ...(interaction.request.login_hint ? { login_hint: interaction.request.login_hint } : {}),
      ...(interaction.request.ui_locales ? { ui_locales: interaction.request.ui_locales } : {}),
      ...(chooser.length > 0 ? { accounts: chooser } : {}),
    };
    res.set("Cache-Control", "no-store").json(answer);
  });

  router.post("/:id/consent", async function submitConsent(req, res) {
    const { decision } = parseWith(consentDecisionSchema, req.body);
    const loaded = await loadInteraction(deps, req, req.params.id);
    const { interaction, client, signedIn, browser } = loaded;
    if (interaction.result) throw invalidRequest("this sign-in request is already complete");
    if (loaded.mustChoose) throw invalidRequest("choose an account first");
    if (!signedIn) throw unauthenticated();
    const { portals, portalId } = interactionPortals(client, signedIn);
    if (!portalId) throw invalidRequest("choose a portal first");
    const step = interactionStep({
      interaction,
      session: signedIn.session,
      user: signedIn.user,
      usablePortalIds: portals.map((portal) => portal.id),
      portalId,
      grant: null,
    });
    if (step !== "consent") throw invalidRequest(`this sign-in request is at step ${step}, not consent`);
    const redirectTo = await decideConsent(deps, { interaction, browser, signedIn, portalId, decision });
    if (decision === "allow") {
      recordAudit(deps, {
        event: "consent.granted",
        portal_ids: [portalId],
        person: auditPerson(signedIn.user),
        source: requestSource(req),
        details: {
          client_id: client.client_id,
          client_name: client.name,
          scopes: interaction.request.scopes,
        },
      });
    }
    res.set("Cache-Control", "no-store").json({ redirect_to: redirectTo });
  });

  router.post("/:id/account", async function chooseAccountAgain(req, res) {
    parseWith(clearAccountChoiceSchema, req.body ?? {});
    const { interaction } = await loadInteraction(deps, req, req.params.id);
    // "Change profile" with other accounts signed in: back to the chooser (docs/api.md#several-accounts).
    await clearInteractionChoice(deps, interaction);
    res.status(204).end();
  });

  return router;
}
