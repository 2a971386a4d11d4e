import { describe, expect, it } from "vitest";
import { createTestClock } from "../../test/harness.ts";
import { createThrottle } from "./throttle.ts";

const WINDOW = 15 * 60;

function throttleWithClock() {
  const clock = createTestClock(Date.UTC(2026, 0, 1));
  return { clock, throttle: createThrottle({ clock, limit: 10, windowSeconds: WINDOW }) };
}

describe("createThrottle", () => {
  it("lets a key try while it has fewer failures than the limit", () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 9; i += 1) throttle.fail("alice@example.com");
    expect(throttle.retryAfter("alice@example.com")).toBe(0);
  });

  it("makes a key wait the rest of the window once it reaches the limit", () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.fail("alice@example.com");
    expect(throttle.retryAfter("alice@example.com")).toBe(WINDOW);
  });

  it("counts down the wait as time passes, and frees the key when the oldest failure leaves the window", () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.fail("k");
    clock.advance(600);
    expect(throttle.retryAfter("k")).toBe(WINDOW - 600);
    clock.advance(WINDOW - 600 - 1);
    expect(throttle.retryAfter("k")).toBe(1);
    clock.advance(1);
    expect(throttle.retryAfter("k")).toBe(0);
  });

  it("slides the window: failures spread over time free one attempt at a time", () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) {
      throttle.fail("k");
      clock.advance(60);
    }
    // the first failure was 600 s ago: it leaves the window in 300 s
    expect(throttle.retryAfter("k")).toBe(300);
    clock.advance(300);
    expect(throttle.retryAfter("k")).toBe(0);
    throttle.fail("k");
    // the second failure (540 s before the first left) leaves next, 60 s later
    expect(throttle.retryAfter("k")).toBe(60);
  });

  it("never answers a wait under one second while locked", () => {
    const { clock, throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.fail("k");
    clock.advance(WINDOW - 0.5);
    expect(throttle.retryAfter("k")).toBe(1);
  });

  it("keeps keys apart", () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.fail("alice@example.com");
    expect(throttle.retryAfter("alice@example.com")).toBeGreaterThan(0);
    expect(throttle.retryAfter("bob@example.com")).toBe(0);
  });

  it("forgets a key's failures on reset", () => {
    const { throttle } = throttleWithClock();
    for (let i = 0; i < 10; i += 1) throttle.fail("k");
    throttle.reset("k");
    expect(throttle.retryAfter("k")).toBe(0);
    for (let i = 0; i < 9; i += 1) throttle.fail("k");
    expect(throttle.retryAfter("k")).toBe(0);
  });
});
