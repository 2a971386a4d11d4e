import { readFile } from "node:fs/promises";
import type { RequestListener } from "node:http";
import { createRequire } from "node:module";
import path from "node:path";

export interface PageSettings {
  authority: string;
  client_id: string;
  redirect_uri: string;
}

/** The library's own browser build (an IIFE defining the global `oidc`), served as the page's only script. */
const bundlePath = path.join(
  path.dirname(createRequire(import.meta.url).resolve("oidc-client-ts/package.json")),
  "dist/browser/oidc-client-ts.min.js",
);

/**
 * A single-page app with no server of its own: oidc-client-ts's UserManager, configured with the
 * issuer, client id and redirect URI; `scope` is the one other setting (its default is `openid`
 * alone, which asks for no name or email). The test drives it through the globals it defines;
 * `/callback` finishes the sign-in and says so in `#status`.
 */
function html(settings: PageSettings): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>oidc-client-ts app</title></head>
<body>
<main><h1>oidc-client-ts app</h1><p id="status">signed out</p></main>
<script src="/oidc-client-ts.js"></script>
<script>
const manager = new oidc.UserManager(${JSON.stringify({ ...settings, scope: "openid profile email" })});
const status = document.getElementById("status");
function signIn() { return manager.signinRedirect(); }
async function tokens() {
  const user = await manager.getUser();
  return user && { profile: user.profile, access_token: user.access_token, refresh_token: user.refresh_token, id_token: user.id_token };
}
async function refresh() { await manager.signinSilent(); return tokens(); }
async function userinfo() {
  const user = await manager.getUser();
  const metadata = await manager.metadataService.getMetadata();
  const response = await fetch(metadata.userinfo_endpoint, { headers: { authorization: "Bearer " + user.access_token } });
  return { status: response.status, body: await response.json() };
}
if (location.pathname === "/callback") {
  manager.signinCallback().then(
    () => { status.textContent = "signed in"; },
    (error) => { status.textContent = "failed: " + error.message; },
  );
}
</script>
</body></html>`;
}

/** Serves the page at `/` and `/callback`, and the library's bundle. */
export async function publicClientPage(settings: PageSettings): Promise<RequestListener> {
  const bundle = await readFile(bundlePath);
  const page = html(settings);
  return (req, res) => {
    const { pathname } = new URL(req.url ?? "/", "http://page");
    if (pathname === "/oidc-client-ts.js") {
      res.writeHead(200, { "content-type": "text/javascript" }).end(bundle);
    } else if (pathname === "/" || pathname === "/callback") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    } else {
      res.writeHead(404).end();
    }
  };
}
