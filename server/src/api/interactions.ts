import {
  consentDecisionSchema,
  type Interaction,
  interactionIdSchema,
  scopeGroupLines,
} from "@gatehouse/shared";
import { type Request, Router } from "express";
import type { Deps } from "../deps.ts";
import { clientSummary } from "../domain/clients.ts";
import { epochSeconds } from "../domain/clock.ts";
import { decideConsent, openResult } from "../domain/consent.ts";
import { interactionStep } from "../domain/interactions.ts";
import { sha256 } from "../domain/secrets.ts";
import { findSignedIn, publicUser, type SignedIn } from "../domain/sessions.ts";
import { forbidden, invalidRequest, notFound, OAuthError, unauthenticated } from "../errors.ts";
import { parseWith } from "../http/parse.ts";
import type { ClientRecord, InteractionRecord } from "../store/types.ts";

interface LoadedInteraction {
  interaction: InteractionRecord;
  client: ClientRecord;
  signedIn: SignedIn | null;
  /** The browser cookie that started the interaction: the key to its sealed result. */
  browser: string;
}

/** `/api/interactions`: the SPA's view of one authorization request, and its consent decision (contract §6). */
export function interactionRoutes(deps: Deps): Router {
  const { config, cookies, store, clock } = deps;
  const router = Router();

  /** The interaction, only for the browser that started it and only while it lives. */
  async function loadInteraction(req: Request): Promise<LoadedInteraction> {
    const id = interactionIdSchema.safeParse(req.params.id);
    const interaction = id.success ? await store.interactions.get(id.data) : null;
    if (!interaction || interaction.expires_at <= epochSeconds(clock)) {
      throw notFound("this sign-in request is unknown or has expired; start again from the application");
    }
    const browser = cookies.read(req, "browser");
    if (!browser || sha256(browser) !== interaction.browser_hash) {
      throw forbidden("this sign-in request was started in another browser");
    }
    const client = await store.clients.get(interaction.request.client_id);
    if (!client?.enabled) {
      throw new OAuthError("invalid_client", { description: "the application is unknown or disabled" });
    }
    const signedIn = await findSignedIn(deps, cookies.read(req, "session"));
    return { interaction, client, signedIn, browser };
  }

  router.get("/:id", async function showInteraction(req, res) {
    const loaded = await loadInteraction(req);
    const { interaction, client, signedIn } = loaded;
    const portalId = signedIn?.portalId ?? null;
    const grant =
      signedIn && portalId ? await store.grants.find(signedIn.user.id, portalId, client.client_id) : null;
    let step = interactionStep({
      interaction,
      session: signedIn?.session ?? null,
      user: signedIn?.user ?? null,
      portalId,
      grant,
    });
    let redirectTo = openResult(interaction, loaded.browser);
    if (step === "implied" && signedIn && portalId) {
      // Remembered consent covers the request: Allow is implied, no page (contract §5).
      const { browser } = loaded;
      redirectTo = await decideConsent(deps, { interaction, browser, signedIn, portalId, decision: "allow" });
      step = "done";
    }
    const answer: Interaction = {
      id: interaction.id,
      step: step === "implied" ? "consent" : step,
      ...(redirectTo ? { redirect_to: redirectTo } : {}),
      client: clientSummary(config.issuer, client),
      scopes: scopeGroupLines(interaction.request.scopes, grant?.scopes ?? null),
      ...(signedIn ? { user: publicUser(signedIn), portals: signedIn.portals } : {}),
      ...(interaction.request.login_hint ? { login_hint: interaction.request.login_hint } : {}),
    };
    res.set("Cache-Control", "no-store").json(answer);
  });

  router.post("/:id/consent", async function submitConsent(req, res) {
    const { decision } = parseWith(consentDecisionSchema, req.body);
    const loaded = await loadInteraction(req);
    const { interaction, signedIn } = loaded;
    if (interaction.result) throw invalidRequest("this sign-in request is already complete");
    if (!signedIn) throw unauthenticated();
    if (!signedIn.portalId) throw invalidRequest("choose a portal first");
    const step = interactionStep({
      interaction,
      session: signedIn.session,
      user: signedIn.user,
      portalId: signedIn.portalId,
      grant: null,
    });
    if (step !== "consent") throw invalidRequest(`this sign-in request is at step ${step}, not consent`);
    const redirectTo = await decideConsent(deps, {
      interaction,
      browser: loaded.browser,
      signedIn,
      portalId: signedIn.portalId,
      decision,
    });
    res.set("Cache-Control", "no-store").json({ redirect_to: redirectTo });
  });

  return router;
}
