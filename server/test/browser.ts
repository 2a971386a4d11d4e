import { expect } from "vitest";
import { BOB } from "./fixtures.ts";
import { type AuthorizeParams, authorizeUrl } from "./oauth-app.ts";

/**
 * A browser without a page: it keeps cookies, never follows redirects by itself, and sends the
 * issuer's Origin on writes as a same-origin page would.
 */
export class TestBrowser {
  readonly cookies = new Map<string, string>();

  /**
   * @param via where requests for `origin` really go, as a load balancer would send them: one of
   *   several instances serving one issuer. Change it between requests to switch instance.
   */
  constructor(
    readonly origin: string,
    public via?: string,
  ) {}

  async fetch(pathOrUrl: string, init: RequestInit = {}): Promise<Response> {
    const url = new URL(pathOrUrl, this.origin);
    const headers = new Headers(init.headers);
    if (url.origin === this.origin && this.cookies.size > 0) {
      headers.set("cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    }
    const target =
      this.via && url.origin === this.origin ? new URL(url.pathname + url.search, this.via) : url;
    const response = await fetch(target, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (expired || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** A JSON call of the SPA's API, with the issuer's Origin on writes. */
  json(pathname: string, method: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (method !== "GET") headers.origin = this.origin;
    if (body !== undefined) headers["content-type"] = "application/json";
    return this.fetch(pathname, {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }
}

/** The consent decision without the SPA: `POST /oauth2/authorize` of `authorizeHref`'s parameters and `decision`, same-origin. */
export function postDecision(
  browser: TestBrowser,
  authorizeHref: string,
  decision: string,
): Promise<Response> {
  const form = new URLSearchParams(new URL(authorizeHref).searchParams);
  form.set("decision", decision);
  return browser.fetch("/oauth2/authorize", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: browser.origin },
    body: form.toString(),
  });
}

/** Starts an interaction in `browser` and returns its id. */
export async function startInteraction(browser: TestBrowser, url: string): Promise<string> {
  const response = await browser.fetch(url);
  const location = response.headers.get("location") ?? "";
  const match = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(location);
  if (response.status !== 302 || !match?.[1]) {
    throw new Error(`expected a 302 to /interaction/{id}, got ${response.status} ${location}`);
  }
  return match[1];
}

export async function signIn(browser: TestBrowser, email: string, password: string): Promise<Response> {
  return browser.json("/api/session", "POST", { email, password });
}

export interface Credentials {
  email: string;
  password: string;
}

/** A new browser signed in as `person` through the SPA's API, on `portalId` when given. */
export async function signedInBrowser(
  server: { url: string },
  person: Credentials,
  portalId?: string,
): Promise<TestBrowser> {
  const browser = new TestBrowser(server.url);
  expect((await signIn(browser, person.email, person.password)).status).toBe(200);
  if (portalId) {
    expect((await browser.json("/api/session/portal", "POST", { portal_id: portalId })).status).toBe(200);
  }
  return browser;
}

/**
 * The whole journey as the SPA walks it: authorize, sign in, choose a portal when asked, allow.
 * Returns the URL the browser is sent back to.
 */
export async function authorizeThroughSpa(
  server: { url: string },
  options: {
    browser?: TestBrowser;
    params?: AuthorizeParams;
    email?: string;
    password?: string;
    portalId?: string;
    decision?: "allow" | "deny";
  } = {},
): Promise<URL> {
  const browser = options.browser ?? new TestBrowser(server.url);
  const id = await startInteraction(browser, authorizeUrl(server.url, options.params));
  for (let round = 0; round < 4; round += 1) {
    const response = await browser.json(`/api/interactions/${id}`, "GET");
    const interaction = (await response.json()) as { step: string; redirect_to?: string };
    if (response.status !== 200) throw new Error(`interaction answered ${response.status}`);
    if (interaction.step === "done" && interaction.redirect_to) return new URL(interaction.redirect_to);
    if (interaction.step === "login") {
      const answer = await signIn(browser, options.email ?? BOB.email, options.password ?? BOB.password);
      if (answer.status !== 200) throw new Error(`sign-in answered ${answer.status}`);
    } else if (interaction.step === "portal") {
      const answer = await browser.json("/api/session/portal", "POST", {
        portal_id: options.portalId ?? "acme",
      });
      if (answer.status !== 200) throw new Error(`portal choice answered ${answer.status}`);
    } else if (interaction.step === "consent") {
      const answer = await browser.json(`/api/interactions/${id}/consent`, "POST", {
        decision: options.decision ?? "allow",
      });
      const body = (await answer.json()) as { redirect_to: string };
      return new URL(body.redirect_to);
    }
  }
  throw new Error("the interaction did not finish");
}
