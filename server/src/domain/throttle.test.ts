import { describe, expect, it } from "vitest";
import { createTestClock } from "../../test/harness.ts";
import type { ThrottleRepository } from "../store/types.ts";
import { createThrottle, SIGN_IN_PER_ACCOUNT, type ThrottlePolicy } from "./throttle.ts";

/** The repository's contract in a few lines; the engines' own suites test the real ones. */
function memoryRepository(): ThrottleRepository {
  const failures = new Map<string, number[]>();
  return {
    failures: async (key, since) => (failures.get(key) ?? []).filter((at) => at >= since),
    recordFailure: async (key, at, since) => {
      failures.set(key, [...(failures.get(key) ?? []).filter((time) => time >= since), at]);
    },
    reset: async (key) => {
      failures.delete(key);
    },
  };
}

const WINDOW = 15 * 60;

function throttleWith(policy: ThrottlePolicy = SIGN_IN_PER_ACCOUNT) {
  const clock = createTestClock(Date.UTC(2026, 0, 1));
  return { clock, throttle: createThrottle(memoryRepository(), clock, policy) };
}

async function failTimes(throttle: ReturnType<typeof throttleWith>["throttle"], key: string, times: number) {
  for (let i = 0; i < times; i += 1) await throttle.fail(key);
}

describe("createThrottle", () => {
  it("lets a key fail its free attempts without any wait", async () => {
    const { throttle } = throttleWith();
    await failTimes(throttle, "k", 4);
    expect(await throttle.retryAfter("k")).toBe(0);
  });

  it("doubles the wait with each failure past the free ones", async () => {
    const { clock, throttle } = throttleWith();
    await failTimes(throttle, "k", 5);
    expect(await throttle.retryAfter("k")).toBe(1);
    await throttle.fail("k");
    expect(await throttle.retryAfter("k")).toBe(2);
    await throttle.fail("k");
    expect(await throttle.retryAfter("k")).toBe(4);
    clock.advance(3);
    expect(await throttle.retryAfter("k")).toBe(1);
    clock.advance(1);
    expect(await throttle.retryAfter("k")).toBe(0);
  });

  it("locks a key for the rest of the window at 10 failures within 15 minutes (contract §6)", async () => {
    const { throttle } = throttleWith();
    await failTimes(throttle, "alice@example.com", 10);
    expect(await throttle.retryAfter("alice@example.com")).toBe(WINDOW);
  });

  it("counts the lock down and frees the key when the oldest failure leaves the window", async () => {
    const { clock, throttle } = throttleWith();
    await failTimes(throttle, "k", 10);
    clock.advance(600);
    expect(await throttle.retryAfter("k")).toBe(WINDOW - 600);
    clock.advance(WINDOW - 600 - 1);
    expect(await throttle.retryAfter("k")).toBe(1);
    clock.advance(1);
    expect(await throttle.retryAfter("k")).toBe(0);
  });

  it("forgets failures older than the window", async () => {
    const { clock, throttle } = throttleWith();
    await failTimes(throttle, "k", 9);
    clock.advance(WINDOW);
    expect(await throttle.retryAfter("k")).toBe(0);
  });

  it("keeps keys apart and starts over after a reset", async () => {
    const { throttle } = throttleWith();
    await failTimes(throttle, "alice@example.com", 10);
    expect(await throttle.retryAfter("bob@example.com")).toBe(0);
    await throttle.reset("alice@example.com");
    expect(await throttle.retryAfter("alice@example.com")).toBe(0);
  });
});
