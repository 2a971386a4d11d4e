import { expect } from "vitest";
import { DEMO } from "../src/seed.ts";

export { DEMO };

/** Demo Notes, the confidential app, as it presents itself at the token endpoint. */
export const NOTES = {
  client_id: DEMO.notes.client_id,
  client_secret: DEMO.notes.client_secret,
  redirect_uri: DEMO.notes.redirect_uris[0],
};
export const NOTES_CALLBACK = NOTES.redirect_uri;

/** Demo Notes as the consent step and the consent list show it, its logo served by `issuer`. */
export function notesCard(issuer: string) {
  return {
    client_id: DEMO.notes.client_id,
    name: "Demo Notes",
    description: "Take notes beside your documents.",
    website_url: "https://notes.example.com",
    logo_uri: expect.stringMatching(new RegExp(`^${issuer}/logos/${DEMO.notes.client_id}`)),
    policy_url: "https://notes.example.com/privacy",
    terms_url: "https://notes.example.com/terms",
  };
}

/** Demo Mobile, the public app: no secret, so PKCE (RFC 7636) is its only proof. */
export const MOBILE = { client_id: DEMO.mobile.client_id, redirect_uri: DEMO.mobile.redirect_uris[0] };

/** The demo people: what they sign in with, and the `sub` their tokens carry. */
export const ALICE = { email: DEMO.users[0].email, password: DEMO.users[0].password, id: DEMO.users[0].id };
export const BOB = { email: DEMO.users[1].email, password: DEMO.users[1].password, id: DEMO.users[1].id };
export const BOB_ID = BOB.id;
export const CAROL = { email: DEMO.users[2].email, password: DEMO.users[2].password, id: DEMO.users[2].id };

/** @see RFC 7636 Appendix B, the worked S256 example */
export const PKCE_VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
export const PKCE_CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
