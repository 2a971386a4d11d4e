/** True for an absolute http(s) URL: anything else (javascript:, data:) must never become a link or a redirect. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "https:" || url.protocol === "http:";
  } catch {
    return false;
  }
}

/**
 * Leaves the SPA for the app's `redirect_uri`. Only ever called with a `redirect_to` the server answered;
 * the client never builds a destination from user input (house style §9).
 */
export function followRedirect(redirectTo: string): boolean {
  if (!isWebUrl(redirectTo)) return false;
  window.location.assign(redirectTo);
  return true;
}
