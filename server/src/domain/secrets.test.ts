import { verify } from "@node-rs/argon2";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  constantTimeEqual,
  hashPassword,
  randomToken,
  seal,
  sha256,
  unseal,
  verifyClientSecret,
  verifyPassword,
} from "./secrets.ts";

vi.mock("@node-rs/argon2", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@node-rs/argon2")>();
  return { ...actual, verify: vi.fn(actual.verify) };
});

beforeEach(() => {
  vi.mocked(verify).mockClear();
});

describe("hashPassword", () => {
  it("answers an argon2id PHC string at OWASP's parameters (m=19456, t=2, p=1)", async () => {
    const hash = await hashPassword("Alice-Pa55!");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]+\$[A-Za-z0-9+/]+$/);
    expect(hash).not.toContain("Alice-Pa55!");
  });

  it("salts every hash: the same password hashes differently twice", async () => {
    expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
  });
});

describe("verifyPassword", () => {
  it("accepts the password a hash was made from", async () => {
    expect(await verifyPassword("Alice-Pa55!", await hashPassword("Alice-Pa55!"))).toBe(true);
  });

  it("refuses another password, including a case variant", async () => {
    const hash = await hashPassword("Alice-Pa55!");
    expect(await verifyPassword("alice-pa55!", hash)).toBe(false);
    expect(await verifyPassword("", hash)).toBe(false);
  });

  it("refuses an unknown user, after verifying against a dummy argon2id hash so it costs what a wrong password costs", async () => {
    expect(await verifyPassword("Alice-Pa55!", null)).toBe(false);
    expect(verify).toHaveBeenCalledTimes(1);
    expect(vi.mocked(verify).mock.calls[0]?.[0]).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(vi.mocked(verify).mock.calls[0]?.[1]).toBe("Alice-Pa55!");
  });

  it("spends one verification on a known user too", async () => {
    const hash = await hashPassword("Bob-Pa55!");
    vi.mocked(verify).mockClear();
    await verifyPassword("wrong", hash);
    expect(verify).toHaveBeenCalledTimes(1);
  });
});

describe("client secrets", () => {
  const secret = "2e336694-e4b4-45c0-bff6-48bb5704235b";

  it("are stored as SHA-256, base64url, never as themselves", () => {
    expect(sha256(secret)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(sha256(secret)).not.toContain(secret);
    // SHA-256("abc") @see FIPS 180-2 Appendix B.1
    expect(Buffer.from(sha256("abc"), "base64url").toString("hex")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
    );
  });

  it("verify against their stored hash", () => {
    expect(verifyClientSecret(secret, sha256(secret))).toBe(true);
  });

  it("refuse another secret, a prefix, and the stored hash itself", () => {
    expect(verifyClientSecret(`${secret}x`, sha256(secret))).toBe(false);
    expect(verifyClientSecret(secret.slice(0, -1), sha256(secret))).toBe(false);
    expect(verifyClientSecret(sha256(secret), sha256(secret))).toBe(false);
  });
});

describe("constantTimeEqual", () => {
  it("is true for equal strings and false for different ones", () => {
    expect(constantTimeEqual("same value", "same value")).toBe(true);
    expect(constantTimeEqual("same value", "same valuE")).toBe(false);
  });

  it("compares strings of different lengths without throwing (it hashes before comparing)", () => {
    expect(constantTimeEqual("a", "a much longer value")).toBe(false);
    expect(constantTimeEqual("", "x")).toBe(false);
  });
});

describe("randomToken", () => {
  it("answers 256 random bits, base64url, by default", () => {
    expect(randomToken()).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("never answers the same value twice", () => {
    const values = new Set(Array.from({ length: 1000 }, () => randomToken()));
    expect(values.size).toBe(1000);
  });
});

describe("seal and unseal", () => {
  const browser = randomToken();
  const redirect = "http://localhost:5175/callback?code=abc123&state=s&iss=http%3A%2F%2Flocalhost";

  it("opens what was sealed with the same secret and context", () => {
    expect(unseal(browser, "interaction-1", seal(browser, "interaction-1", redirect))).toBe(redirect);
  });

  it("hides the plaintext, and seals it differently every time", () => {
    const sealed = seal(browser, "interaction-1", redirect);
    expect(sealed).not.toContain("abc123");
    expect(Buffer.from(sealed, "base64url").toString("latin1")).not.toContain("abc123");
    expect(seal(browser, "interaction-1", redirect)).not.toBe(sealed);
  });

  it("refuses another secret, another context, an altered seal and a truncated one", () => {
    const sealed = seal(browser, "interaction-1", redirect);
    expect(() => unseal(randomToken(), "interaction-1", sealed)).toThrow();
    expect(() => unseal(browser, "interaction-2", sealed)).toThrow();
    const bytes = Buffer.from(sealed, "base64url");
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => unseal(browser, "interaction-1", bytes.toString("base64url"))).toThrow();
    expect(() => unseal(browser, "interaction-1", sealed.slice(0, 24))).toThrow();
  });
});
