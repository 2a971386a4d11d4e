import { describe, expect, it } from "vitest";
import { s256Challenge, verifyCodeVerifier } from "./pkce.ts";

/** @see RFC 7636 Appendix B */
const VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
const CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

describe("s256Challenge", () => {
  it("computes the challenge of RFC 7636 Appendix B", () => {
    expect(s256Challenge(VERIFIER)).toBe(CHALLENGE);
  });

  it("answers base64url without padding", () => {
    expect(s256Challenge("a".repeat(128))).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("verifyCodeVerifier", () => {
  it("accepts the verifier of RFC 7636 Appendix B against its challenge", () => {
    expect(verifyCodeVerifier(VERIFIER, CHALLENGE)).toBe(true);
  });

  it("refuses another verifier", () => {
    expect(verifyCodeVerifier(`${VERIFIER.slice(0, -1)}Y`, CHALLENGE)).toBe(false);
  });

  it("refuses the challenge itself sent as the verifier (the plain method)", () => {
    expect(verifyCodeVerifier(CHALLENGE, CHALLENGE)).toBe(false);
  });

  it("refuses a malformed verifier even when its S256 matches the challenge", () => {
    for (const malformed of ["a".repeat(42), "a".repeat(129), `${"a".repeat(42)}+`, `${"a".repeat(42)}=`]) {
      expect(verifyCodeVerifier(malformed, s256Challenge(malformed))).toBe(false);
    }
  });

  it("accepts well-formed verifiers of 43 and 128 characters", () => {
    for (const verifier of ["a".repeat(43), `${"-._~".repeat(32)}`]) {
      expect(verifyCodeVerifier(verifier, s256Challenge(verifier))).toBe(true);
    }
  });
});
