import { describe, expect, it } from "vitest";
import { SIGN_IN_PER_ACCOUNT } from "../../src/domain/throttle.ts";
import { useTestServer } from "../harness.ts";

/**
 * J52: an unknown email and a known email with a wrong password get the same answer, at the same
 * cost (the unknown one is verified against a dummy argon2id hash). Measured, not assumed.
 * @see OWASP ASVS 6.3.8
 */

const SAMPLES = 200;
const WARM_UP = 10;
/** Wide enough for a noisy 2-core machine; an unknown email that skips argon2 costs ~1/20 of a wrong password. */
const MEDIAN_RATIO = { min: 0.7, max: 1.4 };

const server = useTestServer({ per: "file" });

interface Sample {
  status: number;
  body: string;
  headerNames: string;
  milliseconds: number;
}

async function attempt(email: string, password: string): Promise<Sample> {
  // Every failure is counted; moving past the window keeps the throttle out of the measurement.
  server.clock.advance(SIGN_IN_PER_ACCOUNT.windowSeconds + 1);
  const started = performance.now();
  const response = await fetch(new URL("/api/session", server.url), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const body = await response.text();
  const milliseconds = performance.now() - started;
  const headerNames = [...response.headers.keys()].filter((name) => name !== "date").join(",");
  return { status: response.status, body, headerNames, milliseconds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

describe("J52 no user enumeration through POST /api/session", () => {
  it(`J52 answers ${SAMPLES} unknown emails and ${SAMPLES} wrong passwords, interleaved, with one status, one body and medians within ${MEDIAN_RATIO.min}–${MEDIAN_RATIO.max}×`, async () => {
    const unknownEmail = (i: number) => `nobody-${i}@example.com`;
    const wrongPassword = (i: number) => `Wrong-Pa55-${i}!`;
    for (let i = 0; i < WARM_UP; i += 1) {
      await attempt(unknownEmail(-1 - i), "Alice-Pa55!");
      await attempt("alice@example.com", wrongPassword(-1 - i));
    }

    const unknown: Sample[] = [];
    const wrong: Sample[] = [];
    for (let i = 0; i < SAMPLES; i += 1) {
      // Alternate which goes first, so neither always runs on a warmer machine.
      if (i % 2 === 0) {
        unknown.push(await attempt(unknownEmail(i), "Alice-Pa55!"));
        wrong.push(await attempt("alice@example.com", wrongPassword(i)));
      } else {
        wrong.push(await attempt("alice@example.com", wrongPassword(i)));
        unknown.push(await attempt(unknownEmail(i), "Alice-Pa55!"));
      }
    }

    const expected = JSON.stringify({ error: "invalid_credentials" });
    for (const sample of [...unknown, ...wrong]) {
      expect(sample.status).toBe(401);
      expect(sample.body).toBe(expected);
    }
    expect(new Set([...unknown, ...wrong].map((sample) => sample.headerNames)).size).toBe(1);

    const unknownMedian = median(unknown.map((sample) => sample.milliseconds));
    const wrongMedian = median(wrong.map((sample) => sample.milliseconds));
    const ratio = unknownMedian / wrongMedian;
    expect(
      ratio,
      `median unknown email ${unknownMedian.toFixed(2)} ms, wrong password ${wrongMedian.toFixed(2)} ms`,
    ).toBeGreaterThanOrEqual(MEDIAN_RATIO.min);
    expect(
      ratio,
      `median unknown email ${unknownMedian.toFixed(2)} ms, wrong password ${wrongMedian.toFixed(2)} ms`,
    ).toBeLessThanOrEqual(MEDIAN_RATIO.max);
  }, 120_000);
});
