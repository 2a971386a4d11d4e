import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { tokenResponseSchema } from "@gatehouse/shared";

export const DEMO_NOTES = {
  client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
  client_secret: "2e336694-e4b4-45c0-bff6-48bb5704235b",
  redirect_uri: "http://localhost:5175/callback",
};

export const DEMO_MOBILE = {
  client_id: "695d37b7-18aa-4033-91b4-09690178e99a",
  redirect_uri: "http://localhost:5175/pkce-callback",
};

export interface CallbackListener {
  /** Resolves with the full URL of the next request the browser makes to the app. */
  nextCallback(): Promise<URL>;
  close(): Promise<void>;
}

/**
 * The demo apps' side of the redirect: a listener on localhost:5175 (their registered redirect
 * URIs) that records each callback and shows a plain page.
 */
export async function listenForCallbacks(): Promise<CallbackListener> {
  const waiting: ((url: URL) => void)[] = [];
  const received: URL[] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? "/", "http://localhost:5175");
    if (url.pathname !== "/callback" && url.pathname !== "/pkce-callback") {
      res.writeHead(404).end(); // the browser's own asks, such as /favicon.ico
      return;
    }
    const resolve = waiting.shift();
    if (resolve) resolve(url);
    else received.push(url);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end("<!doctype html><title>Demo app</title><h1>Back in the app</h1>");
  };
  // "localhost" may resolve to either loopback address: listen on both where the machine has both.
  const servers: Server[] = [];
  for (const host of ["127.0.0.1", "::1"]) {
    const server = createServer(handle);
    try {
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(5175, host, resolve);
      });
      servers.push(server);
    } catch (error) {
      if (host === "127.0.0.1") throw error;
    }
  }
  return {
    nextCallback() {
      const early = received.shift();
      if (early) return Promise.resolve(early);
      return new Promise((resolve) => waiting.push(resolve));
    },
    async close() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
    },
  };
}

/** The app's back channel: redeems a code at the token endpoint. */
export async function redeemCode(
  issuer: string,
  form: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${issuer}/oauth2/token`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ grant_type: "authorization_code", ...form }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/**
 * Demo Notes redeems the code its callback received; the claims of the ID token it got (verified by the
 * server that minted it, only read here).
 */
export async function notesIdTokenClaims(issuer: string, callback: URL): Promise<Record<string, unknown>> {
  const { status, body } = await redeemCode(issuer, {
    code: callback.searchParams.get("code") ?? "",
    redirect_uri: DEMO_NOTES.redirect_uri,
    client_id: DEMO_NOTES.client_id,
    client_secret: DEMO_NOTES.client_secret,
  });
  if (status !== 200) throw new Error(`the token endpoint answered ${status}`);
  const idToken = tokenResponseSchema.parse(body).id_token ?? "";
  return JSON.parse(Buffer.from(idToken.split(".")[1] ?? "", "base64url").toString("utf8"));
}
