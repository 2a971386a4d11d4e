import type { RequestListener } from "node:http";
import express, { type RequestHandler, Router } from "express";
import parseUrl from "parseurl";
import type { Logger } from "pino";
import { accountRoutes } from "./api/account.ts";
import { accountPasskeyRoutes } from "./api/account-passkeys.ts";
import { accountSecondFactorRoutes } from "./api/account-second-factors.ts";
import { auditRoutes } from "./api/audit.ts";
import { clientRoutes } from "./api/clients.ts";
import { consentRoutes } from "./api/consents.ts";
import { interactionRoutes } from "./api/interactions.ts";
import { invitationRoutes } from "./api/invitations.ts";
import { localeSettingsRoutes } from "./api/locale-settings.ts";
import { logoRoutes } from "./api/logos.ts";
import { passwordResetRoutes } from "./api/password-reset.ts";
import { peopleRoutes } from "./api/people.ts";
import { portalRoutes } from "./api/portal.ts";
import { sessionRoutes } from "./api/session.ts";
import { passkeySessionRoutes } from "./api/session-passkey.ts";
import { sessionSecondFactorRoutes } from "./api/session-second-factor.ts";
import { setupRoutes } from "./api/setup.ts";
import type { Config } from "./config.ts";
import type { Deps } from "./deps.ts";
import { docspaceRoutes } from "./docspace/routes.ts";
import { type AuditLog, createAuditLog } from "./domain/audit.ts";
import type { Clock } from "./domain/clock.ts";
import { type KeyRing, longestSignedLifetime, openKeyRing } from "./domain/keys.ts";
import type { Mailer } from "./domain/mailer.ts";
import { auditPeopleEvents } from "./domain/people-audit.ts";
import type { PeopleEvents } from "./domain/people-events.ts";
import { notFound } from "./errors.ts";
import { compileTrustProxy } from "./http/client-address.ts";
import { createCookieJar } from "./http/cookies.ts";
import { noStore, requireContentType, requireSameOrigin } from "./http/guards.ts";
import { createErrorHandler } from "./http/render-error.ts";
import { guardRequests, requireReadableTarget } from "./http/request-guard.ts";
import { requestLog } from "./http/request-log.ts";
import { measureRequest } from "./http/route-template.ts";
import { securityHeaders } from "./http/security-headers.ts";
import { spaRoutes } from "./http/spa.ts";
import { createMetrics, type Metrics, observeAuditEvents } from "./management/metrics.ts";
import { authorizeRoutes } from "./oauth/authorize.ts";
import { discoveryRoutes } from "./oauth/discovery.ts";
import { introspectEndpoint } from "./oauth/introspect.ts";
import { jwksRoutes } from "./oauth/jwks.ts";
import { logoutRoutes } from "./oauth/logout.ts";
import { revokeEndpoint } from "./oauth/revoke.ts";
import { tokenEndpoint } from "./oauth/token.ts";
import { userinfoRoutes } from "./oauth/userinfo.ts";
import type { Store } from "./store/types.ts";

export interface AppOptions {
  config: Config;
  store: Store;
  clock: Clock;
  logger: Logger;
  /** The built SPA to serve, if any (tests of the API need none). */
  spaDir?: string;
  /** Shared with the management port; made here when absent. */
  keys?: KeyRing;
  metrics?: Metrics;
  /** The audit log; made here (on `store`, counted into `metrics`) when absent. */
  audit?: AuditLog;
  /** What mails invitations and reset links; none: nothing is mailed (docs/configuration.md#mail). */
  mailer?: Mailer | null;
  /** Where people and password events go; the audit log when absent (docs/api.md#audit-log). */
  peopleEvents?: PeopleEvents;
}

/** The signing keys of `store`, as the app and the readiness probe share them. */
export function openAppKeys({
  config,
  store,
  clock,
}: Pick<AppOptions, "config" | "store" | "clock">): KeyRing {
  return openKeyRing({
    keys: store.keys,
    clock,
    rotation: config.keyRotation,
    longestTokenLifetime: longestSignedLifetime(config),
  });
}

/** Checks on every state-changing call of the SPA's API: same origin, JSON bodies (docs/security.md#csrf-and-origin). */
function apiWriteGuards(issuer: string): RequestHandler[] {
  const sameOrigin = requireSameOrigin(issuer);
  const json = requireContentType("application/json");
  const isWrite = (method: string) => !["GET", "HEAD", "OPTIONS"].includes(method);
  return [
    function guardOrigin(req, res, next) {
      if (isWrite(req.method)) sameOrigin(req, res, next);
      else next();
    },
    function guardContentType(req, res, next) {
      if (isWrite(req.method)) json(req, res, next);
      else next();
    },
  ];
}

/**
 * The route table, nothing else: the client-authenticated form endpoints straight on `node:http`
 * (see `http/form-endpoint.ts`), everything else through Express. Every answer gets the security
 * headers, and a log line when logging at `info`; `guardRequests` stands before every route.
 */
export function createApp(options: AppOptions): RequestListener {
  const { config, store, clock, logger, spaDir } = options;
  const metrics = options.metrics ?? createMetrics();
  const mailer = options.mailer ?? null;
  const audit =
    options.audit ?? createAuditLog({ store, clock, logger, observe: observeAuditEvents(metrics) });
  const deps: Deps = {
    config,
    store,
    clock,
    logger,
    keys: options.keys ?? openAppKeys(options),
    cookies: createCookieJar(config.issuer),
    metrics,
    audit,
    mailer,
    peopleEvents: options.peopleEvents ?? auditPeopleEvents({ store, audit, logger }),
  };

  const formEndpoints = new Map<string, RequestListener>([
    ["/oauth2/token", tokenEndpoint(deps)],
    ["/oauth2/revoke", revokeEndpoint(deps)],
    ["/oauth2/introspect", introspectEndpoint(deps)],
  ]);

  const app = express();
  app.disable("x-powered-by");
  app.set("etag", false);
  app.set("trust proxy", compileTrustProxy(config.trustProxy));

  app.use(discoveryRoutes(deps));
  app.use("/oauth2/jwks", jwksRoutes(deps));
  app.use("/oauth2/authorize", authorizeRoutes(deps));
  app.use("/oauth2/userinfo", userinfoRoutes(deps));
  app.use("/oauth2/logout", logoutRoutes(deps));
  // Before the SPA's API: apps call these cross-origin with bearer tokens, not cookies.
  app.use("/api/2.0", docspaceRoutes(deps));

  const api = Router();
  api.use(noStore, ...apiWriteGuards(config.issuer), express.json({ limit: "512kb" }));
  api.use("/session/passkey", passkeySessionRoutes(deps));
  api.use("/session/second-factor", sessionSecondFactorRoutes(deps));
  api.use("/session", sessionRoutes(deps));
  api.use("/interactions", interactionRoutes(deps));
  api.use("/clients", clientRoutes(deps));
  api.use("/consents", consentRoutes(deps));
  api.use("/audit", auditRoutes(deps));
  api.use("/people", peopleRoutes(deps));
  api.use("/invitations", invitationRoutes(deps));
  api.use("/account/passkeys", accountPasskeyRoutes(deps));
  api.use("/account", accountSecondFactorRoutes(deps), accountRoutes(deps));
  api.use("/portal", portalRoutes(deps));
  api.use("/password-reset", passwordResetRoutes(deps));
  api.use("/setup", setupRoutes(deps));
  api.use("/locale-settings", localeSettingsRoutes(deps));
  app.use("/api", api);
  app.use("/logos", logoRoutes(deps));

  // The management port's paths are never answered here (docs/operations.md#management-port).
  app.use(
    ["/api", "/oauth2", "/.well-known", "/logos", "/healthz", "/readyz", "/metrics"],
    function unknownRoute(req, _res, next) {
      next(notFound(`no route for ${req.method} ${req.baseUrl}${req.path}`));
    },
  );
  if (spaDir) app.use(spaRoutes(spaDir));
  app.use(createErrorHandler(logger));

  const log = requestLog(logger);
  const setSecurityHeaders = securityHeaders({ https: config.issuer.startsWith("https:") });
  const measure = measureRequest(function observeRequest(route, method, status, seconds) {
    metrics.requestDuration.observe({ route, method, status }, seconds);
    if (status === 429) metrics.throttled.inc({ route });
  });
  return guardRequests(function gatehouse(req, res) {
    // The log's serializers parse no URL, so a target nobody can read is still logged (security case N64).
    log?.(req, res);
    setSecurityHeaders(res);
    requireReadableTarget(req);
    const pathname = parseUrl(req)?.pathname ?? "";
    const endpoint = formEndpoints.get(pathname);
    measure(req, res, endpoint ? pathname : undefined);
    if (endpoint) endpoint(req, res);
    else app(req, res);
  }, logger);
}
