/**
 * A browser without a page, for the server-side apps: it keeps each origin's cookies, follows
 * redirects itself (303 and, for 301/302, a POST becomes a GET, as browsers do) and remembers
 * where it ended. Cookie paths and expiry dates are ignored: a test's journey is short.
 */
export class HttpBrowser {
  private readonly jars = new Map<string, Map<string, string>>();
  /** Where the last `navigate` ended. */
  url = new URL("about:blank");
  /** Every URL requested, in order: a test reads the authorization request a library built from it. */
  readonly history: URL[] = [];

  /** One request, no redirect followed, with this origin's cookies. */
  async request(url: URL, init: RequestInit = {}): Promise<Response> {
    const jar = this.jar(url.origin);
    this.history.push(url);
    const headers = new Headers(init.headers);
    if (jar.size > 0) headers.set("cookie", [...jar].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      const expired = attributes.some((attribute) =>
        /^\s*(max-age=0|expires=thu, 01 jan 1970.*)\s*$/i.test(attribute),
      );
      if (expired || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    return response;
  }

  /** Loads `target` as a page would, following redirects across origins; answers the last response. */
  async navigate(target: string | URL, init: RequestInit = {}): Promise<Response> {
    let url = new URL(target, this.url.protocol === "about:" ? undefined : this.url);
    let request = init;
    for (let hop = 0; hop < 20; hop += 1) {
      const response = await this.request(url, request);
      this.url = url;
      const location = response.headers.get("location");
      if (response.status < 300 || response.status > 399 || location === null) return response;
      await response.body?.cancel();
      url = new URL(location, url);
      if (response.status !== 307 && response.status !== 308) request = {};
    }
    throw new Error(`more than 20 redirects from ${String(target)}`);
  }

  /** Submits a form as a page would (`application/x-www-form-urlencoded`, the page's Origin). */
  submit(target: string | URL, fields: Record<string, string>): Promise<Response> {
    const url = new URL(target, this.url.protocol === "about:" ? undefined : this.url);
    return this.navigate(url, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: url.origin },
      body: new URLSearchParams(fields).toString(),
    });
  }

  /** A JSON call of a page's script on `origin` to its own server, as the Gatehouse SPA makes them. */
  json(origin: string, pathname: string, method: string, body?: unknown): Promise<Response> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (method !== "GET") headers.origin = origin;
    if (body !== undefined) headers["content-type"] = "application/json";
    return this.request(new URL(pathname, origin), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  private jar(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) {
      jar = new Map();
      this.jars.set(origin, jar);
    }
    return jar;
  }
}
