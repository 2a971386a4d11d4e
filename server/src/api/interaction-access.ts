import { interactionIdSchema } from "@gatehouse/shared";
import type { Request } from "express";
import type { Deps } from "../deps.ts";
import { type BrowserAccount, findAccounts } from "../domain/browser-accounts.ts";
import { epochSeconds } from "../domain/clock.ts";
import { pickInteractionAccount } from "../domain/interaction-accounts.ts";
import { sha256 } from "../domain/secrets.ts";
import { forbidden, notFound, OAuthError } from "../errors.ts";
import type { ClientRecord, InteractionRecord } from "../store/types.ts";

export interface LoadedInteraction {
  interaction: InteractionRecord;
  client: ClientRecord;
  /** The account the interaction acts for, with the portal picked for it (docs/api.md#several-accounts). */
  signedIn: BrowserAccount | null;
  /** Every account signed in in this browser, the active one first. */
  accounts: BrowserAccount[];
  /** Accounts are signed in but none is picked for this interaction: the chooser. */
  mustChoose: boolean;
  /** The browser cookie that started the interaction: the key to its sealed result. */
  browser: string;
}

/** An interaction, only for the browser that started it and only while it lives (docs/api.md#spa-api). */
export async function loadInteraction(deps: Deps, req: Request, rawId: unknown): Promise<LoadedInteraction> {
  const { cookies, store, clock } = deps;
  const id = interactionIdSchema.safeParse(rawId);
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
  const accounts = await findAccounts(deps, cookies.read(req, "session"));
  const { account, mustChoose } = pickInteractionAccount(interaction, accounts);
  return { interaction, client, signedIn: account, accounts, mustChoose, browser };
}
