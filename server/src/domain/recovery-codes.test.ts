import { recoveryCodeSchema } from "@gatehouse/shared/schemas/second-factors";
import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes.ts";
import { sha256 } from "./secrets.ts";

describe("recovery codes", () => {
  it("makes 10 distinct codes xxxxx-xxxxx and stores only the SHA-256 of each, as typed in any form", () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const [index, code] of codes.entries()) {
      expect(code).toMatch(/^[a-z0-9]{5}-[a-z0-9]{5}$/);
      expect(hashes[index]).toBe(sha256(code.replace("-", "")));
      expect(hashRecoveryCode(recoveryCodeSchema.parse(` ${code.toUpperCase()} `))).toBe(hashes[index]);
    }
  });
});
