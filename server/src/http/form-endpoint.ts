import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { parse as parseContentType } from "content-type";
import type { Logger } from "pino";
import getRawBody from "raw-body";
import type { Config } from "../config.ts";
import { invalidRequest, OAuthError } from "../errors.ts";
import type { ClientRecord, Store } from "../store/types.ts";
import { clientAddress, compileTrustProxy } from "./client-address.ts";
import { corsForClients, restrictCorsToClient } from "./cors.ts";
import { singleParameters } from "./params.ts";
import { sendError } from "./render-error.ts";
import { sendEmpty, sendJson } from "./respond.ts";

/** What a client-authenticated form endpoint sees of its request. */
export interface FormExchange {
  /** The body's parameters, each sent once (a repeated one was refused). @see RFC 6749 §3.1 */
  readonly params: Readonly<Record<string, string>>;
  readonly authorization: string | undefined;
  /** The caller's address (the socket's, or the one `TRUST_PROXY` vouches for), for the throttle. */
  readonly address: string | undefined;
  /** The `User-Agent` header, for the audit log. */
  readonly userAgent: string | undefined;
  /** Narrows the CORS grant to `client`'s own origins, once the endpoint has authenticated it. */
  authenticated(client: ClientRecord): void;
}

/** Answers a JSON body, or `null` for `200` with no body. */
export type FormHandler = (exchange: FormExchange) => Promise<object | null>;

const FORM = "application/x-www-form-urlencoded";
const BODY_LIMIT = "16kb";

/** The one media type the endpoints take, in UTF-8, without a content coding. @see RFC 6749 Appendix B */
function checkFormHeaders(req: IncomingMessage): void {
  const { type, parameters } = parseContentType(req.headers["content-type"] ?? "");
  if (type !== FORM) throw invalidRequest(`the body must be ${FORM}`);
  const charset = parameters.charset?.toLowerCase();
  if (charset !== undefined && charset !== "utf-8") {
    throw new OAuthError("unsupported_media_type", { status: 415, description: "the body must be UTF-8" });
  }
  const coding = req.headers["content-encoding"]?.trim().toLowerCase();
  if (coding !== undefined && coding !== "" && coding !== "identity") {
    throw new OAuthError("unsupported_media_type", { status: 415, description: "unsupported body encoding" });
  }
}

/** Reads and parses the form body: bounded in bytes, then by the one parameter parser. */
async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  checkFormHeaders(req);
  const body = await getRawBody(req, { length: req.headers["content-length"], limit: BODY_LIMIT });
  return singleParameters(new URLSearchParams(body.toString("utf8")));
}

interface FormEndpointOptions {
  config: Pick<Config, "trustProxy">;
  store: Store;
  logger: Logger;
}

/**
 * A client-authenticated form endpoint (token, revocation, introspection), served straight on
 * `node:http`: CORS for the apps' registered origins (preflights included), `POST` only, no
 * caching, a bounded form body, then `handler`; anything thrown is answered as an RFC error.
 * These endpoints are what apps call most: Express's routing and body parsing cost about as much
 * as the work itself (see README "Performance").
 * @see RFC 6749 §3.2, RFC 7009 §2.1, RFC 7662 §2.1
 */
export function formEndpoint(
  { config, store, logger }: FormEndpointOptions,
  handler: FormHandler,
): RequestListener {
  const applyCors = corsForClients(store, ["POST"]);
  const trust = compileTrustProxy(config.trustProxy);

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (await applyCors(req, res)) return;
    if (req.method !== "POST") {
      res.setHeader("Allow", "POST");
      throw new OAuthError("method_not_allowed", { status: 405, description: "use POST" });
    }
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Pragma", "no-cache");
    const params = await readForm(req);
    const answer = await handler({
      params,
      authorization: req.headers.authorization,
      address: clientAddress(req, trust),
      userAgent: req.headers["user-agent"],
      authenticated: (client) => restrictCorsToClient(req, res, client),
    });
    if (answer === null) sendEmpty(res, 200);
    else sendJson(res, 200, answer);
  }

  return function endpoint(req, res) {
    serve(req, res).catch((error: unknown) => sendError(res, error, logger));
  };
}
