import { describe, expect, it } from "vitest";
import { describeError } from "./error-text.ts";
import { errorCodeSchema } from "./errors.ts";
import { en } from "./i18n/en.ts";

describe("describeError", () => {
  it("has an English sentence for every error code Gatehouse answers with", () => {
    for (const code of errorCodeSchema.options) {
      expect(describeError(code)).toEqual({ code, message: en[`error.${code}`] });
      expect(en[`error.${code}`].length).toBeGreaterThan(0);
    }
  });

  it("N70 gives an unknown but well-formed code the generic sentence", () => {
    expect(describeError("use_dpop_nonce")).toEqual({ code: "use_dpop_nonce", message: en["error.unknown"] });
  });

  it.each([
    ["markup", '<a href="https://evil.example">Continue</a>'],
    ["words", "Your account is locked, call +1 555 0100"],
    ["unicode", "invalid_clіent"],
    ["an over-long token", "a".repeat(41)],
    ["an empty value", ""],
    ["no value", null],
  ])("N70 shows no code for %s, only the generic sentence", (_, code) => {
    expect(describeError(code)).toEqual({ code: null, message: en["error.unknown"] });
  });
});
