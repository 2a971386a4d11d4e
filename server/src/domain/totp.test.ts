import { Secret } from "otpauth";
import { describe, expect, it } from "vitest";
import {
  matchTotpStep,
  newTotpSecret,
  otpauthUri,
  TOTP_SETTINGS,
  type TotpSettings,
  totpOf,
} from "./totp.ts";

/** RFC 6238 Appendix B: the seeds (ASCII) per algorithm, and the 8-digit codes at each time. */
const SEEDS = {
  SHA1: "12345678901234567890",
  SHA256: "12345678901234567890123456789012",
  SHA512: "1234567890123456789012345678901234567890123456789012345678901234",
} as const;
const VECTORS: [seconds: number, codes: Record<keyof typeof SEEDS, string>][] = [
  [59, { SHA1: "94287082", SHA256: "46119246", SHA512: "90693936" }],
  [1111111109, { SHA1: "07081804", SHA256: "68084774", SHA512: "25091201" }],
  [1111111111, { SHA1: "14050471", SHA256: "67062674", SHA512: "99943326" }],
  [1234567890, { SHA1: "89005924", SHA256: "91819424", SHA512: "93441116" }],
  [2000000000, { SHA1: "69279037", SHA256: "90698825", SHA512: "38618901" }],
  [20000000000, { SHA1: "65353130", SHA256: "77737706", SHA512: "47863826" }],
];

describe("TOTP (RFC 6238)", () => {
  for (const algorithm of ["SHA1", "SHA256", "SHA512"] as const) {
    it(`computes and accepts the Appendix B test vectors with ${algorithm}, 8 digits, 30 s`, () => {
      const settings: TotpSettings = { algorithm, digits: 8, period: 30 };
      const totp = totpOf(Secret.fromLatin1(SEEDS[algorithm]).base32, "", settings);
      for (const [seconds, codes] of VECTORS) {
        expect(totp.generate({ timestamp: seconds * 1000 })).toBe(codes[algorithm]);
        expect(matchTotpStep(totp, codes[algorithm], seconds * 1000)).toBe(Math.floor(seconds / 30));
      }
    });
  }

  it("makes 20-byte secrets, base32 without padding, never the same twice", () => {
    const secrets = new Set(Array.from({ length: 50 }, newTotpSecret));
    expect(secrets.size).toBe(50);
    for (const secret of secrets) {
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect(Secret.fromBase32(secret).bytes).toHaveLength(20);
    }
  });

  it("answers the step a code belongs to within one step either side, null beyond", () => {
    const secret = newTotpSecret();
    const totp = totpOf(secret);
    const now = 1_700_000_015_000;
    const step = Math.floor(now / 30_000);
    const at = (offset: number) => totp.generate({ timestamp: now + offset * 30_000 });
    expect(matchTotpStep(totp, at(0), now)).toBe(step);
    expect(matchTotpStep(totp, at(-1), now)).toBe(step - 1);
    expect(matchTotpStep(totp, at(1), now)).toBe(step + 1);
    expect(matchTotpStep(totp, at(2), now)).toBeNull();
    expect(matchTotpStep(totp, at(-2), now)).toBeNull();
  });

  it("writes the Key URI apps read: SHA1, 6 digits, 30 s, issuer Gatehouse", () => {
    const uri = new URL(otpauthUri("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "ann@example.com"));
    expect(`${uri.protocol}//${uri.host}`).toBe("otpauth://totp");
    expect(decodeURIComponent(uri.pathname)).toBe("/Gatehouse:ann@example.com");
    expect(Object.fromEntries(uri.searchParams)).toMatchObject({
      secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP",
      issuer: "Gatehouse",
      algorithm: "SHA1",
      digits: "6",
      period: "30",
    });
    expect(TOTP_SETTINGS).toEqual({ algorithm: "SHA1", digits: 6, period: 30 });
  });
});
