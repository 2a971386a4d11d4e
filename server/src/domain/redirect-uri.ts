/**
 * Redirect URIs are compared as exact strings: no normalisation of case, port, path or encoding.
 * @see RFC 9700 §4.1.3, RFC 6749 §3.1.2.3
 */
export function isRegisteredRedirectUri(registered: readonly string[], candidate: string): boolean {
  return registered.includes(candidate);
}
