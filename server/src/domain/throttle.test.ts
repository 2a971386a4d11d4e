import { describe, expect, it } from "vitest";
import { createTestClock } from "../../test/harness.ts";
import { invalidRequest, OAuthError } from "../errors.ts";
import type { ThrottleRepository } from "../store/types.ts";
import { SIGN_IN_PER_ACCOUNT, type ThrottleCounter, throttleAttempt, waitFor } from "./throttle.ts";

/** The repository's contract in a few lines; the engines' own suites test the real ones. */
function memoryRepository(): ThrottleRepository {
  const attempts = new Map<string, number[]>();
  return {
    hit: async (key, at, since) => {
      const times = [...(attempts.get(key) ?? []).filter((time) => time >= since), at];
      attempts.set(key, times);
      return times;
    },
    window: async (key, since) => (attempts.get(key) ?? []).filter((time) => time >= since),
    windows: async (queries) =>
      queries.map(({ key, since }) => (attempts.get(key) ?? []).filter((time) => time >= since)),
    forget: async (key, at) => {
      const times = attempts.get(key) ?? [];
      const index = times.indexOf(at);
      if (index >= 0) attempts.set(key, times.toSpliced(index, 1));
    },
    reset: async (key) => {
      attempts.delete(key);
    },
    prune: async (since) => {
      const stale = [...attempts].filter(([, times]) => times.every((time) => time < since));
      for (const [key] of stale) attempts.delete(key);
      return stale.length;
    },
  };
}

const WINDOW = 15 * 60;
const T = 1_767_225_600;
const times = (count: number, at = T) => Array.from({ length: count }, () => at);

function throttleWith() {
  const clock = createTestClock(T * 1000);
  const deps = { store: { throttle: memoryRepository() }, clock };
  const counter = (key: string, resetOnSuccess = false): ThrottleCounter => ({
    key,
    policy: SIGN_IN_PER_ACCOUNT,
    resetOnSuccess,
  });
  const fail = () => Promise.reject(invalidRequest("wrong"));
  /** One attempt under `keys`: its status, as the endpoint would answer it. */
  async function attempt(keys: ThrottleCounter[], check: () => Promise<string> = fail) {
    try {
      return { status: 200, retryAfter: 0, value: await throttleAttempt(deps, keys, check) };
    } catch (error) {
      if (!(error instanceof OAuthError)) throw error;
      return { status: error.status, retryAfter: Number(error.headers?.["Retry-After"] ?? 0), value: null };
    }
  }
  return { clock, counter, attempt };
}

describe("waitFor", () => {
  it("lets a key fail its free attempts without any wait", () => {
    expect(waitFor(times(4), T, SIGN_IN_PER_ACCOUNT)).toBe(0);
  });

  it("doubles the wait with each failure past the free ones", () => {
    expect(waitFor(times(5), T, SIGN_IN_PER_ACCOUNT)).toBe(1);
    expect(waitFor(times(6), T, SIGN_IN_PER_ACCOUNT)).toBe(2);
    expect(waitFor(times(7), T, SIGN_IN_PER_ACCOUNT)).toBe(4);
    expect(waitFor(times(7), T + 3, SIGN_IN_PER_ACCOUNT)).toBe(1);
    expect(waitFor(times(7), T + 4, SIGN_IN_PER_ACCOUNT)).toBe(0);
  });

  it("locks a key for the rest of the window at 10 failures within 15 minutes (docs/security.md#throttling)", () => {
    expect(waitFor(times(10), T, SIGN_IN_PER_ACCOUNT)).toBe(WINDOW);
  });

  it("counts the lock down and frees the key when the oldest failure leaves the window", () => {
    expect(waitFor(times(10), T + 600, SIGN_IN_PER_ACCOUNT)).toBe(WINDOW - 600);
    expect(waitFor(times(10), T + WINDOW - 1, SIGN_IN_PER_ACCOUNT)).toBe(1);
  });
});

describe("throttleAttempt", () => {
  it("counts failures, and refuses with 429 and Retry-After once they pass the free ones", async () => {
    const { counter, attempt } = throttleWith();
    for (let i = 0; i < 5; i += 1) expect((await attempt([counter("k")])).status).toBe(400);
    expect(await attempt([counter("k")], async () => "right")).toMatchObject({ status: 429, retryAfter: 1 });
  });

  it("forgets a refused attempt: it does not lengthen the wait", async () => {
    const { clock, counter, attempt } = throttleWith();
    for (let i = 0; i < 5; i += 1) await attempt([counter("k")]);
    for (let i = 0; i < 3; i += 1) expect((await attempt([counter("k")])).status).toBe(429);
    clock.advance(1);
    expect((await attempt([counter("k")])).status).toBe(400);
    expect(await attempt([counter("k")])).toMatchObject({ status: 429, retryAfter: 2 });
  });

  it("N65 judges concurrent attempts by the attempts counted before each, not by the count before all", async () => {
    const { counter, attempt } = throttleWith();
    const answers = await Promise.all(Array.from({ length: 60 }, () => attempt([counter("k")])));
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(55);
  });

  it("waits for the strictest of its counters", async () => {
    const { counter, attempt } = throttleWith();
    for (let i = 0; i < 5; i += 1) await attempt([counter("email")]);
    expect((await attempt([counter("address")], async () => "right")).status).toBe(200);
    expect((await attempt([counter("email"), counter("address")], async () => "right")).status).toBe(429);
  });

  it("forgets earlier failures on success for a counter that resets, and only the attempt otherwise", async () => {
    const { counter, attempt } = throttleWith();
    for (let i = 0; i < 4; i += 1) await attempt([counter("email", true), counter("address")]);
    expect((await attempt([counter("email", true), counter("address")], async () => "right")).value).toBe(
      "right",
    );
    await attempt([counter("email", true)]);
    expect((await attempt([counter("email", true)], async () => "right")).status).toBe(200);
    await attempt([counter("address")]);
    expect((await attempt([counter("address")], async () => "right")).status).toBe(429);
  });

  it("forgets failures older than the window, and keeps keys apart", async () => {
    const { clock, counter, attempt } = throttleWith();
    for (let i = 0; i < 9; i += 1) await attempt([counter("k")]);
    expect((await attempt([counter("other")], async () => "right")).status).toBe(200);
    clock.advance(WINDOW);
    expect((await attempt([counter("k")], async () => "right")).status).toBe(200);
  });

  it("does not count an unexpected error as a failure", async () => {
    const { counter, attempt } = throttleWith();
    for (let i = 0; i < 5; i += 1) {
      await expect(attempt([counter("k")], () => Promise.reject(new Error("store down")))).rejects.toThrow();
    }
    expect((await attempt([counter("k")], async () => "right")).status).toBe(200);
  });
});

describe("throttleAttempt judging after the check (client authentication)", () => {
  const right = async () => "right";
  function afterCheck() {
    const clock = createTestClock(T * 1000);
    const deps = { store: { throttle: memoryRepository() }, clock };
    const counter: ThrottleCounter = { key: "k", policy: SIGN_IN_PER_ACCOUNT, judging: "after-check" };
    async function attempt(check: () => Promise<string> = () => Promise.reject(invalidRequest("wrong"))) {
      try {
        return { status: 200, value: await throttleAttempt(deps, [counter], check) };
      } catch (error) {
        if (!(error instanceof OAuthError)) throw error;
        return { status: error.status, value: null };
      }
    }
    return { clock, attempt };
  }

  it("N65 answers at most the free failures of 60 concurrent wrong attempts; the rest get 429", async () => {
    const { attempt } = afterCheck();
    const answers = await Promise.all(Array.from({ length: 60 }, () => attempt()));
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(55);
  });

  it("never throttles a burst of correct attempts by its own size", async () => {
    const { attempt } = afterCheck();
    const answers = await Promise.all(Array.from({ length: 60 }, () => attempt(right)));
    expect(answers.every((answer) => answer.status === 200)).toBe(true);
  });

  it("refuses even a correct attempt once the failures lock the key", async () => {
    const { clock, attempt } = afterCheck();
    for (let i = 0; i < 5; i += 1) expect((await attempt()).status).toBe(400);
    expect((await attempt(right)).status).toBe(429);
    clock.advance(1);
    expect((await attempt(right)).status).toBe(200);
  });
});
