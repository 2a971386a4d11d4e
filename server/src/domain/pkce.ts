import { createHash } from "node:crypto";
import { codeVerifierSchema } from "@gatehouse/shared";
import { constantTimeEqual } from "./secrets.ts";

/** BASE64URL(SHA256(ASCII(code_verifier))) @see RFC 7636 §4.2 */
export function s256Challenge(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

/**
 * True when `verifier` is well-formed and matches the S256 `challenge` stored with the code.
 * @see RFC 7636 §4.6
 */
export function verifyCodeVerifier(verifier: string, challenge: string): boolean {
  if (!codeVerifierSchema.safeParse(verifier).success) return false;
  return constantTimeEqual(s256Challenge(verifier), challenge);
}
