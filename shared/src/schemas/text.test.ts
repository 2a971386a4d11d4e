import { describe, expect, it } from "vitest";
import { clientIdSchema } from "./oauth.ts";
import { isPlainText } from "./text.ts";

describe("plain text", () => {
  // Both the check and a schema built on it (a client_id) decide alike.
  it.each([
    ["a NUL", "a\u0000b", false],
    ["a line feed", "a\nb", false],
    ["DEL", "a\u007fb", false],
    ["a C1 control", "a\u0085b", false],
    ["a lone high surrogate", "a\ud800b", false],
    ["a lone low surrogate", "\udc00", false],
    ["a UUID", "a585c162-9587-4e5c-8796-d675ff2dbd6c", true],
    ["an astral character", "app 😀", true],
    ["U+FFFD", "\ufffd", true],
    ["an accented letter", "café", true],
  ])("N71 text with %s is plain: %s", (_what, value, plain) => {
    expect(isPlainText(value)).toBe(plain);
    expect(clientIdSchema.safeParse(value).success).toBe(plain);
  });

  it("N71 a client_id is one to 256 characters", () => {
    expect(clientIdSchema.safeParse("").success).toBe(false);
    expect(clientIdSchema.safeParse("x".repeat(257)).success).toBe(false);
  });
});
