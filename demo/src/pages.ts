/** The demo app's pages: plain HTML, every value escaped, no script at all. */

const escapeHtml = (value: string): string =>
  value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #fffbeb; color: #1c1917; }
  main { max-width: 32rem; margin: 4rem auto; padding: 2rem; background: #fff; border-radius: 12px;
         box-shadow: 0 1px 3px rgb(0 0 0 / 0.12); }
  h1 { margin-top: 0; font-size: 1.6rem; }
  button { font: inherit; font-weight: 600; min-height: 44px; padding: 0 1.2rem; border-radius: 8px;
           border: 1px solid #b45309; background: #b45309; color: #fff; cursor: pointer; }
  button.secondary { background: #fff; color: #78350f; }
  button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  form { display: inline-block; margin: 0.5rem 0.5rem 0 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .notice { background: #fef3c7; padding: 0.75rem 1rem; border-radius: 8px; }
  .error { background: #fee2e2; color: #7f1d1d; }
`;

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>
<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export interface Notice {
  text: string;
  error?: boolean;
}

function noticeHtml(notice: Notice | undefined): string {
  if (!notice) return "";
  const role = notice.error ? "alert" : "status";
  return `<p class="notice${notice.error ? " error" : ""}" role="${role}">${escapeHtml(notice.text)}</p>`;
}

export function signedOutPage(notice?: Notice): string {
  const message = noticeHtml(notice);
  return page(
    "Demo Notes",
    `<h1>Demo Notes</h1>${message}
<p>Notes beside your DocSpace documents. Sign in with your Gatehouse account to see your profile.</p>
<form method="post" action="/login"><button type="submit">Sign in with Gatehouse</button></form>`,
  );
}

export interface Profile {
  displayName: string;
  email: string;
}

export function profilePage(
  profile: Profile,
  details: {
    scope: string;
    expiresAt: Date;
    refreshed: number;
    /** What the verified RS256 ID token says (the `profile` and `email` claims). */
    identity?: { name: string; email: string } | undefined;
  },
  notice?: Notice,
): string {
  return page(
    "Demo Notes — signed in",
    `<h1>Hello, ${escapeHtml(profile.displayName)}</h1>${noticeHtml(notice)}
<p>Demo Notes read your profile from <code>/api/2.0/people/@self</code> with its access token.</p>
<dl>
  <dt>Name</dt><dd>${escapeHtml(profile.displayName)}</dd>
  <dt>Email</dt><dd>${escapeHtml(profile.email)}</dd>
  <dt>ID token (RS256, verified)</dt><dd>${escapeHtml(details.identity?.name ?? "")} &lt;${escapeHtml(details.identity?.email ?? "")}&gt;</dd>
  <dt>Scope</dt><dd>${escapeHtml(details.scope)}</dd>
  <dt>Token expires</dt><dd>${escapeHtml(details.expiresAt.toISOString())}</dd>
  <dt>Refreshed</dt><dd>${details.refreshed} ${details.refreshed === 1 ? "time" : "times"}</dd>
</dl>
<form method="post" action="/refresh"><button type="submit" class="secondary">Refresh token</button></form>
<form method="post" action="/logout"><button type="submit" class="secondary">Sign out</button></form>`,
  );
}
