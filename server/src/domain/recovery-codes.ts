import { randomInt } from "node:crypto";
import { RECOVERY_CODE_COUNT } from "@gatehouse/shared/schemas/second-factors";
import { sha256 } from "./secrets.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
const HALF = 5;

/** One code, `xxxxx-xxxxx`: 10 characters of 36 from crypto randomness (`randomInt` is unbiased), about 51 bits. */
function newRecoveryCode(): string {
  const characters = Array.from({ length: HALF * 2 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${characters.slice(0, HALF)}-${characters.slice(HALF)}`;
}

/** The stored form of a code as the shared schema normalises it (dashes dropped, lower case): its SHA-256. */
export const hashRecoveryCode = (normalised: string): string => sha256(normalised.replaceAll("-", ""));

/** A new set of recovery codes to show once, and their hashes to store (docs/security.md#second-factors). */
export function newRecoveryCodes(): { codes: string[]; hashes: string[] } {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  return { codes, hashes: codes.map(hashRecoveryCode) };
}
