import { authorizeDecisionSchema, authorizeParametersSchema, clientIdSchema } from "@gatehouse/shared";
import express, { type Request, type Response, Router } from "express";
import type { Deps } from "../deps.ts";
import {
  accessDeniedUrl,
  errorResponseUrl,
  issueAuthorizationCode,
  refuseRequestObjects,
  UnverifiedRedirectError,
  validateAuthorizationRequest,
  verifyClientAndRedirectUri,
} from "../domain/authorization.ts";
import { findAccounts } from "../domain/browser-accounts.ts";
import { secondsOf } from "../domain/clock.ts";
import { readIdTokenHint } from "../domain/id-token-hint.ts";
import { knownToApp, pickSilentAccount } from "../domain/interaction-accounts.ts";
import { type Arrival, INTERACTION_TTL, interactionPortals, signInSuffices } from "../domain/interactions.ts";
import { randomToken, sha256 } from "../domain/secrets.ts";
import { type SignedIn, sessionIds } from "../domain/sessions.ts";
import { authorizeSilently } from "../domain/silent-authorization.ts";
import { invalidRequest, OAuthError } from "../errors.ts";
import { requireContentType, requireSameOrigin } from "../http/guards.ts";
import { collectParameters, type ParameterSource } from "../http/params.ts";
import type { AuthorizationRequest } from "../store/types.ts";

/** How long the browser-binding cookie lives: a day, well beyond any one interaction. */
const BROWSER_COOKIE_TTL = 24 * 60 * 60;

/** A POSTed form with `decision` is the consent submission; without, an authorization request. */
const carriesDecision = (body: unknown): boolean =>
  typeof body === "object" && body !== null && "decision" in body;

/**
 * `GET /oauth2/authorize`, and `POST` without `decision` from any origin, start an interaction in
 * the SPA; `POST` with `decision` is the consent decision without the SPA, same-origin only
 * (docs/api.md#authorization-endpoint).
 * @see RFC 6749 §4.1.1, OpenID Connect Core §3.1.2.1 (GET and POST), RFC 9700 §2.1
 */
export function authorizeRoutes(deps: Deps): Router {
  const { config, cookies, store, clock } = deps;
  const router = Router();

  /** Errors before the client and redirect URI are verified go to our error page, never to the app. */
  function showErrorPage(res: Response, error: OAuthError) {
    const page = new URL("/error", config.issuer);
    page.searchParams.set("error", error.code);
    if (error.description) page.searchParams.set("error_description", error.description);
    res.redirect(303, page.href);
  }

  /** Client and redirect URI first: a refusal before they are verified goes to our error page. */
  async function verifiedClient(source: ParameterSource) {
    const parameters = collectParameters(source);
    const { values, refused } = parameters;
    const unreadable = ["client_id", "redirect_uri"].find((name) => refused.has(name));
    if (unreadable !== undefined) {
      throw new UnverifiedRedirectError(
        unreadable === "client_id" ? "invalid_client" : "invalid_redirect_uri",
        {
          description: "client_id and redirect_uri must each be sent once",
        },
      );
    }
    // A client_id no client can have (a control character) is as unknown as a missing one.
    const clientId = clientIdSchema.safeParse(values.client_id);
    const client = await verifyClientAndRedirectUri(
      store,
      clientId.success ? clientId.data : undefined,
      values.redirect_uri,
    );
    return { client, parameters };
  }

  /** Both stages of validation; answers the response itself when the request is refused. */
  async function validate(req: Request, res: Response, source: ParameterSource) {
    const redirectStatus = req.method === "GET" ? 302 : 303;
    let verified: Awaited<ReturnType<typeof verifiedClient>>;
    try {
      verified = await verifiedClient(source);
    } catch (error) {
      if (!(error instanceof UnverifiedRedirectError)) throw error;
      showErrorPage(res, error);
      return null;
    }
    const { client, parameters } = verified;
    const { values, refused, refusal } = parameters;
    // Only a state the request may carry is echoed with an error. @see RFC 6749 §4.1.2.1
    const state = authorizeParametersSchema.shape.state.safeParse(values.state);
    const echo = {
      redirect_uri: values.redirect_uri ?? "",
      state: state.success ? (state.data ?? null) : null,
    };
    try {
      refuseRequestObjects((name) => values[name] !== undefined || refused.has(name));
      if (refusal !== null) throw invalidRequest(refusal);
      return { client, request: validateAuthorizationRequest(client, values), values, redirectStatus };
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      res.redirect(redirectStatus, errorResponseUrl(config.issuer, echo, error));
      return null;
    }
  }

  /** The instant this request arrived and the active account's session it brought (docs/api.md#authorization-endpoint). */
  function arrivalOf(req: Request): Arrival {
    const [active] = sessionIds(cookies.read(req, "session"));
    return { at_ms: clock(), session_hash: active ? sha256(active) : null };
  }

  /**
   * The account to answer for without a page (docs/api.md#several-accounts), unless `max_age` or
   * `prompt=login` asks for a sign-in after its session: without a page, no sign-in can happen, so
   * the answer is `login_required`. @see OpenID Connect Core §3.1.2.1
   */
  async function findRecentlySignedIn(
    req: Request,
    request: AuthorizationRequest,
    idTokenHint: string | undefined,
  ): Promise<SignedIn | "login_required" | "account_selection_required"> {
    const arrival = arrivalOf(req);
    const accounts = await findAccounts(deps, cookies.read(req, "session"));
    const picked = pickSilentAccount(accounts, request, await hintedUser(request, idTokenHint));
    if (typeof picked === "string") return picked;
    return signInSuffices(picked.session, request, arrival) ? picked : "login_required";
  }

  /**
   * Whom an `id_token_hint` names: undefined without one; null for one that is not a token we issued
   * to this app (it names nobody). @see OpenID Connect Core §3.1.2.1
   */
  async function hintedUser(
    request: Pick<AuthorizationRequest, "client_id">,
    idTokenHint: string | undefined,
  ): Promise<string | null | undefined> {
    if (idTokenHint === undefined) return undefined;
    const hint = await readIdTokenHint(deps, idTokenHint);
    return hint?.audience.includes(request.client_id) ? hint.subject : null;
  }

  /** An authorization request, by GET or by a POSTed form: an interaction, or at once for `prompt=none`. */
  async function startAuthorization(req: Request, res: Response, source: ParameterSource) {
    const validated = await validate(req, res, source);
    if (!validated) return;
    const { client, request, redirectStatus, values } = validated;
    if (request.prompt === "none") {
      let found = await findRecentlySignedIn(req, request, values.id_token_hint);
      // A login_hint must not let an app probe who is signed in here: only someone who granted it counts.
      const probing = values.id_token_hint === undefined && request.login_hint !== null;
      if (probing && typeof found !== "string" && !(await knownToApp(deps, found, request.client_id))) {
        found = "login_required";
      }
      const answer =
        typeof found === "string"
          ? errorResponseUrl(config.issuer, request, new OAuthError(found))
          : await authorizeSilently(deps, client, request, found);
      res.redirect(redirectStatus, answer);
      return;
    }
    let browser = cookies.read(req, "browser");
    if (!browser) browser = randomToken();
    cookies.write(res, "browser", browser, BROWSER_COOKIE_TTL);
    const arrival = arrivalOf(req);
    const now = secondsOf(arrival.at_ms);
    const id = randomToken(24);
    // The account a valid hint names is preselected; one that names nobody is no hint on a page.
    const hintedUserId = await hintedUser(request, values.id_token_hint);
    await store.interactions.insert({
      id,
      browser_hash: sha256(browser),
      request: hintedUserId ? { ...request, hinted_user_id: hintedUserId } : request,
      created_at: now,
      created_at_ms: arrival.at_ms,
      arrival_session_hash: arrival.session_hash,
      expires_at: now + INTERACTION_TTL,
      choice: null,
      result: null,
    });
    res.redirect(redirectStatus, `/interaction/${id}`);
  }

  /** The consent decision without the SPA, for the session's person (docs/api.md#authorization-endpoint). */
  async function submitDecision(req: Request, res: Response, source: ParameterSource) {
    const validated = await validate(req, res, source);
    if (!validated) return;
    const { client, request, values } = validated;
    const decision = authorizeDecisionSchema.safeParse({ decision: values.decision });
    const found = await findRecentlySignedIn(req, request, undefined);
    const { portals, portalId } = interactionPortals(client, typeof found === "string" ? null : found);
    let redirectTo: string;
    if (!decision.success) {
      redirectTo = errorResponseUrl(config.issuer, request, invalidRequest("decision must be allow or deny"));
    } else if (typeof found === "string") {
      // No session, one too old, or several accounts and none named (docs/api.md#several-accounts).
      redirectTo = errorResponseUrl(config.issuer, request, new OAuthError(found));
    } else if (portals.length === 0) {
      // No account where the app may be used (docs/api.md#portals-of-an-app).
      redirectTo = accessDeniedUrl(config.issuer, request);
    } else if (!portalId) {
      redirectTo = errorResponseUrl(config.issuer, request, new OAuthError("account_selection_required"));
    } else if (decision.data.decision === "deny") {
      redirectTo = accessDeniedUrl(config.issuer, request);
    } else {
      ({ redirectTo } = await issueAuthorizationCode(deps, {
        request,
        userId: found.user.id,
        portalId,
        session: found.session,
      }));
    }
    res.redirect(303, redirectTo);
  }

  router.get("/", async function authorizeByGet(req, res) {
    await startAuthorization(req, res, req.query);
  });

  const sameOrigin = requireSameOrigin(config.issuer);
  router.post(
    "/",
    requireContentType("application/x-www-form-urlencoded"),
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 50 }),
    // Only the consent submission changes state for the session: it alone is held to our origin.
    function sameOriginForDecisions(req, res, next) {
      if (carriesDecision(req.body)) sameOrigin(req, res, next);
      else next();
    },
    async function authorizeByPost(req, res) {
      const source: ParameterSource = typeof req.body === "object" && req.body !== null ? req.body : {};
      if (carriesDecision(source)) await submitDecision(req, res, source);
      else await startAuthorization(req, res, source);
    },
  );

  return router;
}
