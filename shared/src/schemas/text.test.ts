import { describe, expect, it } from "vitest";
import { clientIdSchema } from "./oauth.ts";
import { isPlainText } from "./text.ts";

describe("plain text", () => {
  it.each([
    ["a NUL", "a\u0000b"],
    ["a line feed", "a\nb"],
    ["DEL", "a\u007fb"],
    ["a C1 control", "a\u0085b"],
    ["a lone high surrogate", "a\ud800b"],
    ["a lone low surrogate", "\udc00"],
  ])("N71 refuses %s", (_what, value) => {
    expect(isPlainText(value)).toBe(false);
    expect(clientIdSchema.safeParse(value).success).toBe(false);
  });

  it("N71 takes any other text, astral characters and U+FFFD included", () => {
    for (const value of ["a585c162-9587-4e5c-8796-d675ff2dbd6c", "app 😀", "\ufffd", "café"]) {
      expect(isPlainText(value)).toBe(true);
      expect(clientIdSchema.safeParse(value).success).toBe(true);
    }
  });

  it("N71 a client_id is one to 256 characters", () => {
    expect(clientIdSchema.safeParse("").success).toBe(false);
    expect(clientIdSchema.safeParse("x".repeat(257)).success).toBe(false);
  });
});
