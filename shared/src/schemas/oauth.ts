import { z } from "zod";
import { isScopeName, type ScopeName } from "../scopes.ts";
import { identifier, printable } from "./text.ts";

/** scope-token = 1*( %x21 / %x23-5B / %x5D-7E ) @see RFC 6749 §3.3 */
const SCOPE_TOKEN = /^[\x21\x23-\x5B\x5D-\x7E]+$/;

/** unreserved characters, 43–128 of them @see RFC 7636 §4.1 and §4.2 */
const PKCE_VALUE = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * The algorithms ID tokens may be signed with: RS256, the OpenID default every library expects, or
 * ES256; access tokens are always ES256 (docs/api.md#id-tokens).
 * @see OpenID Connect Core §15.1, OpenID Connect Dynamic Client Registration §2 (id_token_signed_response_alg)
 */
export const ID_TOKEN_SIGNING_ALGS = ["RS256", "ES256"] as const;
export const idTokenSigningAlgSchema = z.enum(ID_TOKEN_SIGNING_ALGS);
export type SigningAlg = z.infer<typeof idTokenSigningAlgSchema>;

export const PROMPT_VALUES = ["none", "login", "consent", "select_account"] as const;
export type Prompt = (typeof PROMPT_VALUES)[number];

/**
 * A space-delimited scope parameter: its scope tokens, known or not, without duplicates. The
 * authorization endpoint decides what an unknown one means (docs/api.md#authorization-endpoint).
 * @see RFC 6749 §3.3
 */
export const scopeTokensSchema = z
  .string()
  .max(1024)
  .transform((value, ctx): string[] => {
    const tokens: string[] = [];
    for (const token of value.split(" ")) {
      if (!SCOPE_TOKEN.test(token)) {
        ctx.addIssue({ code: "custom", message: "scope is not a space-delimited list of scope tokens" });
        return z.NEVER;
      }
      if (!tokens.includes(token)) tokens.push(token);
    }
    return tokens;
  });

/**
 * A space-delimited scope parameter of known scopes, without duplicates.
 * @see RFC 6749 §3.3
 */
export const scopeParameterSchema = scopeTokensSchema.transform((tokens, ctx): ScopeName[] => {
  const unknown = tokens.find((token) => !isScopeName(token));
  if (unknown !== undefined) {
    ctx.addIssue({ code: "custom", message: `unknown scope ${unknown}` });
    return z.NEVER;
  }
  return tokens.filter(isScopeName);
});

export const codeChallengeSchema = z
  .string()
  .regex(PKCE_VALUE, "code_challenge must be 43–128 unreserved characters");

export const codeVerifierSchema = z
  .string()
  .regex(PKCE_VALUE, "code_verifier must be 43–128 unreserved characters");

/**
 * A client_id: looked up as it is sent, so nothing a store cannot hold. Codes and tokens are hashed
 * before any lookup, and a malformed one is just not ours (`invalid_grant`, or `active: false`).
 * @see RFC 6749 §2.2
 */
export const clientIdSchema = identifier("client_id", 256);

/**
 * The authorization request once client and redirect URI are known to be good; the handler maps
 * an issue with `response_type` to `unsupported_response_type`, with `scope` to `invalid_scope`,
 * anything else to `invalid_request`.
 * @see RFC 6749 §4.1.1, RFC 7636 §4.3, OpenID Connect Core §3.1.2.1
 */
export const authorizeParametersSchema = z.object({
  response_type: z.literal("code", {
    error: "response_type must be code",
  }),
  client_id: clientIdSchema,
  redirect_uri: z.string(),
  scope: scopeTokensSchema.optional(),
  /** Bounded so an interaction cannot carry an unbounded payload (docs/api.md#authorization-endpoint). */
  state: printable(1024).optional(),
  code_challenge: codeChallengeSchema.optional(),
  code_challenge_method: z.literal("S256", { error: "code_challenge_method must be S256" }).optional(),
  nonce: printable(1024).optional(),
  prompt: z.enum(PROMPT_VALUES).optional(),
  /** Seconds since the last sign-in beyond which the person signs in again. @see OpenID Connect Core §3.1.2.1 */
  max_age: z
    .string()
    .regex(/^\d{1,9}$/, "max_age must be a whole number of seconds")
    .transform(Number)
    .optional(),
  /** An email address is at most 254 characters. @see RFC 5321 §4.5.3.1.3 */
  login_hint: printable(254).optional(),
  /** Space-separated BCP 47 tags, most wanted first. @see OpenID Connect Core §3.1.2.1 */
  ui_locales: printable(256).optional(),
});
export type AuthorizeParameters = z.infer<typeof authorizeParametersSchema>;

/** The form of `POST /oauth2/authorize`: the authorization request plus the person's decision (docs/api.md#authorization-endpoint). */
export const authorizeDecisionSchema = z.object({
  decision: z.enum(["allow", "deny"]),
});

const clientCredentialFields = {
  client_id: clientIdSchema.optional(),
  client_secret: z.string().min(1).max(512).optional(),
};

/** @see RFC 6749 §4.1.3, RFC 7636 §4.5 */
export const authorizationCodeFormSchema = z.object({
  grant_type: z.literal("authorization_code"),
  code: z.string().min(1, "code is required").max(512),
  redirect_uri: z.string().min(1, "redirect_uri is required").max(2048),
  code_verifier: z.string().max(512).optional(),
  ...clientCredentialFields,
});

/** @see RFC 6749 §6 */
export const refreshTokenFormSchema = z.object({
  grant_type: z.literal("refresh_token"),
  refresh_token: z.string().min(1, "refresh_token is required").max(512),
  scope: scopeParameterSchema.optional(),
  ...clientCredentialFields,
});

/** @see RFC 6749 §5.1 */
export const tokenResponseSchema = z.object({
  access_token: z.string(),
  token_type: z.literal("Bearer"),
  expires_in: z.number().int().positive(),
  refresh_token: z.string(),
  scope: z.string(),
  id_token: z.string().optional(),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** @see RFC 7009 §2.1 */
export const revocationFormSchema = z.object({
  token: z.string().min(1, "token is required").max(4096),
  token_type_hint: z.string().max(64).optional(),
  ...clientCredentialFields,
});
export type RevocationForm = z.infer<typeof revocationFormSchema>;

/** @see RFC 7662 §2.1 */
export const introspectionFormSchema = revocationFormSchema;
export type IntrospectionForm = z.infer<typeof introspectionFormSchema>;

/** @see RFC 7662 §2.2 */
export const introspectionResponseSchema = z.union([
  z.object({ active: z.literal(false) }),
  z.object({
    active: z.literal(true),
    scope: z.string(),
    client_id: z.string(),
    sub: z.string(),
    exp: z.number(),
    iat: z.number(),
    iss: z.string(),
    token_type: z.enum(["Bearer", "refresh_token"]),
    aud: z.string().optional(),
    jti: z.string().optional(),
    portal_id: z.string(),
  }),
]);
export type IntrospectionResponse = z.infer<typeof introspectionResponseSchema>;

/** @see OpenID Connect RP-Initiated Logout 1.0 §2 */
export const logoutQuerySchema = z.object({
  id_token_hint: z.string().max(8192).optional(),
  post_logout_redirect_uri: z.string().max(2048).optional(),
  state: z.string().max(2048).optional(),
  client_id: clientIdSchema.optional(),
});
