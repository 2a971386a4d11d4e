import { interactionSchema, redirectAnswerSchema } from "@gatehouse/shared/schemas/api";
import type { HttpBrowser } from "./http-browser.ts";

export interface Person {
  email: string;
  password: string;
}

/** Bob, the demo user with one account (acme): no chooser on his way, so each journey is sign-in + consent. */
export const BOB = {
  email: "bob@example.com",
  password: "Bob-Pa55!",
  sub: "8e2a6b1c-7d3f-4a5e-b9c8-1f2e3d4c5b6a",
  name: "Bob Example",
} as const;

/** Bob as userinfo names him with the `openid profile email` scopes (docs/api.md#userinfo). */
export const BOB_USERINFO = { sub: BOB.sub, email: BOB.email, email_verified: true, name: BOB.name } as const;

/**
 * Where an app's sign-in left the browser: Gatehouse's `/interaction/{id}` page. The person then
 * does what the SPA does there (sign in, choose a portal when asked, allow), and the browser follows
 * the `redirect_to` back to the app, which answers the last response.
 * @see docs/api.md#interactions
 */
export async function signInAtGatehouse(
  browser: HttpBrowser,
  issuer: string,
  person: Person = BOB,
): Promise<Response> {
  const id = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(browser.url.pathname)?.[1];
  if (browser.url.origin !== new URL(issuer).origin || !id) {
    throw new Error(`the app did not send the browser to Gatehouse's interaction page: ${browser.url.href}`);
  }
  for (let round = 0; round < 4; round += 1) {
    const interaction = interactionSchema.parse(
      await expectOk(browser.json(issuer, `/api/interactions/${id}`, "GET")),
    );
    if (interaction.step === "done" && interaction.redirect_to)
      return browser.navigate(interaction.redirect_to);
    if (interaction.step === "login") {
      await expectOk(browser.json(issuer, "/api/session", "POST", person));
    } else if (interaction.step === "portal") {
      await expectOk(browser.json(issuer, "/api/session/portal", "POST", { portal_id: "acme" }));
    } else if (interaction.step === "consent") {
      const answer = redirectAnswerSchema.parse(
        await expectOk(
          browser.json(issuer, `/api/interactions/${id}/consent`, "POST", { decision: "allow" }),
        ),
      );
      return browser.navigate(answer.redirect_to);
    }
  }
  throw new Error("the interaction did not finish");
}

/** The JSON body of a 2xx answer; anything else throws with the status and body, for the test's failure message. */
export async function expectOk(pending: Promise<Response>): Promise<unknown> {
  const response = await pending;
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${text.slice(0, 300)}`);
  return text === "" ? null : JSON.parse(text);
}
