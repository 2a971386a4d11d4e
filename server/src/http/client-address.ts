import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";

/** Whether the hop at `address`, `hop` steps from us, is a proxy whose `X-Forwarded-For` to believe. */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * `TRUST_PROXY` as Express and `proxy-addr` take it: unset trusts nobody (the socket's address
 * counts), a number trusts that many nearest hops, a list trusts the proxies at those addresses.
 * @see docs/configuration.md#variables, RFC 7239 §5.2 (X-Forwarded-For as the de-facto `for`)
 */
export function compileTrustProxy(setting: number | readonly string[] | undefined): TrustProxy {
  if (setting === undefined) return () => false;
  if (typeof setting === "number") return (_address, hop) => hop < setting;
  return proxyAddr.compile([...setting]);
}

/** The client address of a `node:http` request, read the way Express reads `req.ip`. */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | undefined {
  return req.socket.remoteAddress === undefined ? undefined : proxyAddr(req, trust);
}
