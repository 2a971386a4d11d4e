import { describe, expect, it } from "vitest";
import { clonePlain } from "./clone.ts";

describe("clonePlain", () => {
  it("copies nested objects and arrays, so changing the copy leaves the original alone", () => {
    const original = {
      id: "a",
      scopes: ["openid"],
      successor: { until: 5, sealed_response: "x" },
      none: null,
    };
    const copy = clonePlain(original);
    expect(copy).toEqual(original);
    copy.scopes.push("files:read");
    copy.successor.until = 9;
    expect(original.scopes).toEqual(["openid"]);
    expect(original.successor.until).toBe(5);
  });

  it("keeps a `__proto__` key as an own property, never as the prototype", () => {
    const original = JSON.parse('{"__proto__": {"polluted": true}, "name": "x"}') as Record<string, unknown>;
    const copy = clonePlain(original);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.hasOwn(copy, "__proto__")).toBe(true);
    expect((copy as { polluted?: boolean }).polluted).toBeUndefined();
    expect(JSON.stringify(copy)).toBe(JSON.stringify(original));
  });

  it("returns primitives as they are", () => {
    for (const value of ["s", 1, true, null]) expect(clonePlain(value)).toBe(value);
  });
});
