import * as crypto from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { constantTimeEqual, sha256, verifyClientSecret } from "./secrets.ts";

vi.mock("node:crypto", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:crypto")>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const timingSafeEqual = vi.mocked(crypto.timingSafeEqual);

afterEach(() => {
  timingSafeEqual.mockClear();
});

/** J53: a guessed client_secret learns nothing from how long the comparison takes. */
describe("J53 constantTimeEqual compares through crypto.timingSafeEqual", () => {
  it("J53 answers true for equal strings, through one timingSafeEqual of two 32-byte digests", () => {
    expect(constantTimeEqual("2e336694-e4b4-45c0", "2e336694-e4b4-45c0")).toBe(true);
    expect(timingSafeEqual).toHaveBeenCalledTimes(1);
    const [left, right] = timingSafeEqual.mock.calls[0] ?? [];
    expect(left).toHaveLength(32);
    expect(right).toHaveLength(32);
  });

  it("J53 answers false for unequal strings of one length, through timingSafeEqual", () => {
    expect(constantTimeEqual("secret-aaaa", "secret-aaab")).toBe(false);
    expect(constantTimeEqual("xecret-aaaa", "secret-aaaa")).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
  });

  it("J53 answers false for strings of different lengths without throwing, comparing equal-length digests", () => {
    expect(constantTimeEqual("short", "a much longer candidate secret")).toBe(false);
    expect(constantTimeEqual("", "x")).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
    for (const [left, right] of timingSafeEqual.mock.calls) {
      expect(left).toHaveLength(32);
      expect(right).toHaveLength(32);
    }
  });

  it("J53 verifies a client secret through the same constant-time comparison", () => {
    const stored = sha256("2e336694-e4b4-45c0-bff6-48bb5704235b");
    expect(verifyClientSecret("2e336694-e4b4-45c0-bff6-48bb5704235b", stored)).toBe(true);
    expect(verifyClientSecret("2e336694-e4b4-45c0-bff6-48bb5704235c", stored)).toBe(false);
    expect(timingSafeEqual).toHaveBeenCalledTimes(2);
  });
});
