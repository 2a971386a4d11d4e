import { describe, expect, it } from "vitest";
import {
  authorizationCodeFormSchema,
  authorizeParametersSchema,
  codeChallengeSchema,
  codeVerifierSchema,
  refreshTokenFormSchema,
  scopeParameterSchema,
} from "./oauth.ts";

const UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";

describe("scopeParameterSchema", () => {
  it("parses a space-delimited list of known scopes into scope names", () => {
    expect(scopeParameterSchema.parse("openid files:read rooms:read")).toEqual([
      "openid",
      "files:read",
      "rooms:read",
    ]);
  });

  it("keeps each scope once when one is repeated", () => {
    expect(scopeParameterSchema.parse("openid files:read openid")).toEqual(["openid", "files:read"]);
  });

  it("refuses an unknown scope, naming it", () => {
    const parsed = scopeParameterSchema.safeParse("openid files:delete");
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("unknown scope files:delete");
  });

  it.each([
    ["an empty value", ""],
    ["two spaces between scopes", "openid  files:read"],
    ["a leading space", " openid"],
    ["a trailing space", "openid "],
    ["a tab as separator", "openid\tfiles:read"],
    ["a double quote", 'openid "files:read"'],
    ["a backslash", "files\\:read"],
    ["a non-ASCII character", "openid fïles:read"],
    ["a line feed", "openid\nfiles:read"],
  ])("refuses a value outside the scope-token grammar of RFC 6749 §3.3: %s", (_case, value) => {
    const parsed = scopeParameterSchema.safeParse(value);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("scope is not a space-delimited list of scope tokens");
  });

  it("refuses a value over 1024 characters", () => {
    expect(scopeParameterSchema.safeParse(Array(200).fill("openid").join(" ")).success).toBe(false);
  });
});

describe.each([
  ["codeChallengeSchema", codeChallengeSchema],
  ["codeVerifierSchema", codeVerifierSchema],
])("%s (RFC 7636 §4.1–4.2: 43–128 unreserved characters)", (_name, schema) => {
  it("accepts 43 and 128 characters", () => {
    expect(schema.safeParse("a".repeat(43)).success).toBe(true);
    expect(schema.safeParse("Z".repeat(128)).success).toBe(true);
  });

  it("accepts every unreserved character", () => {
    expect(schema.safeParse(UNRESERVED).success).toBe(true);
  });

  it("refuses 42 and 129 characters", () => {
    expect(schema.safeParse("a".repeat(42)).success).toBe(false);
    expect(schema.safeParse("a".repeat(129)).success).toBe(false);
  });

  it.each([
    ["+", "plus"],
    ["/", "slash"],
    ["=", "padding"],
    [" ", "space"],
    ["%", "percent"],
    ["é", "non-ASCII letter"],
  ])("refuses a reserved or foreign character: %s (%s)", (character) => {
    expect(schema.safeParse(`${"a".repeat(42)}${character}`).success).toBe(false);
  });
});

describe("authorizeParametersSchema", () => {
  const minimal = {
    response_type: "code",
    client_id: "a585c162-9587-4e5c-8796-d675ff2dbd6c",
    redirect_uri: "http://localhost:5175/callback",
  };

  const firstIssuePath = (input: Record<string, unknown>) =>
    authorizeParametersSchema.safeParse(input).error?.issues[0]?.path[0];

  it("accepts the minimal request, leaving scope to the client's default", () => {
    expect(authorizeParametersSchema.parse(minimal)).toEqual(minimal);
  });

  it("accepts every parameter of docs/api.md#authorization-endpoint", () => {
    const full = {
      ...minimal,
      scope: "openid files:read",
      state: "s-1",
      code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
      code_challenge_method: "S256",
      nonce: "n-1",
      prompt: "consent",
      max_age: "300",
      login_hint: "alice@example.com",
    };
    expect(authorizeParametersSchema.parse(full)).toEqual({
      ...full,
      scope: ["openid", "files:read"],
      max_age: 300,
    });
  });

  it("B15 reads max_age as whole seconds, and refuses anything else on max_age", () => {
    expect(authorizeParametersSchema.parse({ ...minimal, max_age: "0" }).max_age).toBe(0);
    for (const max_age of ["", "-1", "1.5", "1e3", " 1", "0x10", "1".repeat(10)]) {
      expect(firstIssuePath({ ...minimal, max_age })).toBe("max_age");
    }
  });

  it("drops unknown parameters instead of refusing them", () => {
    expect(authorizeParametersSchema.parse({ ...minimal, display: "page", foo: "bar" })).toEqual(minimal);
  });

  it("refuses a response_type other than code, and a missing one, on response_type", () => {
    expect(firstIssuePath({ ...minimal, response_type: "token" })).toBe("response_type");
    expect(firstIssuePath({ ...minimal, response_type: "code id_token" })).toBe("response_type");
    const { response_type: _omitted, ...withoutResponseType } = minimal;
    expect(firstIssuePath(withoutResponseType)).toBe("response_type");
  });

  it("reads scope as its tokens, unknown ones too, for the endpoint to judge (docs/api.md#authorization-endpoint)", () => {
    expect(authorizeParametersSchema.parse({ ...minimal, scope: "openid address openid" }).scope).toEqual([
      "openid",
      "address",
    ]);
  });

  it("refuses a scope outside the scope-token grammar on scope", () => {
    for (const scope of ["openid  profile", "openid\u0001", 'open"id', ""]) {
      expect(firstIssuePath({ ...minimal, scope })).toBe("scope");
    }
  });

  it("refuses code_challenge_method plain or any method other than S256", () => {
    const challenge = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";
    expect(firstIssuePath({ ...minimal, code_challenge: challenge, code_challenge_method: "plain" })).toBe(
      "code_challenge_method",
    );
    expect(firstIssuePath({ ...minimal, code_challenge: challenge, code_challenge_method: "s256" })).toBe(
      "code_challenge_method",
    );
  });

  it("refuses a code_challenge that is too short", () => {
    expect(firstIssuePath({ ...minimal, code_challenge: "short", code_challenge_method: "S256" })).toBe(
      "code_challenge",
    );
  });

  it("refuses an unknown prompt", () => {
    expect(firstIssuePath({ ...minimal, prompt: "create" })).toBe("prompt");
  });

  it("refuses a state with a control character, and one over 1024 characters (docs/api.md#authorization-endpoint)", () => {
    expect(firstIssuePath({ ...minimal, state: "a\r\nLocation: https://evil.example" })).toBe("state");
    expect(firstIssuePath({ ...minimal, state: "\u0000" })).toBe("state");
    expect(firstIssuePath({ ...minimal, state: "s".repeat(1025) })).toBe("state");
    expect(authorizeParametersSchema.safeParse({ ...minimal, state: "s".repeat(1024) }).success).toBe(true);
  });

  it("refuses a nonce with a control character, and one over 1024 characters (docs/api.md#authorization-endpoint)", () => {
    expect(firstIssuePath({ ...minimal, nonce: "n\n1" })).toBe("nonce");
    expect(firstIssuePath({ ...minimal, nonce: "n".repeat(1025) })).toBe("nonce");
    expect(authorizeParametersSchema.safeParse({ ...minimal, nonce: "n".repeat(1024) }).success).toBe(true);
  });

  it("refuses a login_hint over 254 characters (docs/api.md#authorization-endpoint)", () => {
    const hint = (length: number) => `${"a".repeat(length - "@example.com".length)}@example.com`;
    expect(firstIssuePath({ ...minimal, login_hint: hint(255) })).toBe("login_hint");
    expect(authorizeParametersSchema.safeParse({ ...minimal, login_hint: hint(254) }).success).toBe(true);
  });
});

describe("the token endpoint's grant forms (one schema per grant_type)", () => {
  it("parses an authorization_code form", () => {
    const form = {
      grant_type: "authorization_code",
      code: "c",
      redirect_uri: "http://localhost:5175/callback",
      client_id: "id",
      client_secret: "secret",
      code_verifier: "v".repeat(43),
    };
    expect(authorizationCodeFormSchema.parse(form)).toEqual(form);
  });

  it("parses a refresh_token form, with its scope parsed into names", () => {
    expect(
      refreshTokenFormSchema.parse({
        grant_type: "refresh_token",
        refresh_token: "r",
        scope: "openid files:read",
      }),
    ).toEqual({ grant_type: "refresh_token", refresh_token: "r", scope: ["openid", "files:read"] });
  });

  it("refuses an authorization_code form without code or redirect_uri", () => {
    expect(
      authorizationCodeFormSchema.safeParse({ grant_type: "authorization_code", redirect_uri: "http://x/cb" })
        .success,
    ).toBe(false);
    expect(
      authorizationCodeFormSchema.safeParse({ grant_type: "authorization_code", code: "c" }).success,
    ).toBe(false);
    expect(
      authorizationCodeFormSchema.safeParse({
        grant_type: "authorization_code",
        code: "",
        redirect_uri: "http://x/cb",
      }).success,
    ).toBe(false);
  });

  it("refuses a refresh_token form without refresh_token, or with an unknown scope", () => {
    expect(refreshTokenFormSchema.safeParse({ grant_type: "refresh_token" }).success).toBe(false);
    expect(
      refreshTokenFormSchema.safeParse({ grant_type: "refresh_token", refresh_token: "r", scope: "address" })
        .success,
    ).toBe(false);
  });

  it.each([
    ["authorization_code", authorizationCodeFormSchema],
    ["refresh_token", refreshTokenFormSchema],
  ])("refuses a grant_type other than %s, and a missing one", (_grantType, schema) => {
    expect(schema.safeParse({ grant_type: "client_credentials" }).success).toBe(false);
    expect(schema.safeParse({ grant_type: "password", code: "c" }).success).toBe(false);
    expect(schema.safeParse({ code: "c", redirect_uri: "http://x/cb" }).success).toBe(false);
  });

  it("refuses an empty client_id or client_secret", () => {
    const base = { grant_type: "authorization_code", code: "c", redirect_uri: "http://x/cb" };
    expect(authorizationCodeFormSchema.safeParse({ ...base, client_id: "" }).success).toBe(false);
    expect(authorizationCodeFormSchema.safeParse({ ...base, client_secret: "" }).success).toBe(false);
  });
});
