import { describe, expect, it } from "vitest";
import { z } from "zod";
import { refusal } from "../../test/refusal.ts";
import {
  collectParameters,
  PARAMETER_LIMIT,
  type ParameterSource,
  parseParameters,
  singleParameters,
  VALUE_LIMIT,
} from "./params.ts";

/** The OAuthError `singleParameters` refuses `source` with. */
const refusalOf = (source: ParameterSource) => refusal(() => singleParameters(source));

describe("the parameter parser", () => {
  it("reads raw URLSearchParams and querystring records alike", () => {
    expect({ ...singleParameters(new URLSearchParams("a=1&b=2")) }).toEqual({ a: "1", b: "2" });
    expect({ ...singleParameters({ a: "1", b: "2" }) }).toEqual({ a: "1", b: "2" });
  });

  it("L refuses a parameter sent twice, in either form, as invalid_request (RFC 6749 §3.1)", () => {
    for (const source of [new URLSearchParams("a=1&a=1"), { a: ["1", "1"] }]) {
      const error = refusalOf(source);
      expect(error.code).toBe("invalid_request");
      expect(error.description).toBe("a must be sent once, as a single value");
    }
  });

  it("L60 never repeats a long or unprintable name in the description", () => {
    const long = "n".repeat(65);
    expect(refusalOf({ [long]: ["1", "2"] }).description).toBe(
      "a parameter must be sent once, as a single value",
    );
    expect(refusalOf(new URLSearchParams("a%0Db=1&a%0Db=2")).description).toBe(
      "a parameter must be sent once, as a single value",
    );
  });

  it("L59 refuses a value that is not a string (a nested object)", () => {
    expect(refusalOf({ scope: { openid: "" } }).code).toBe("invalid_request");
  });

  it("L60 refuses a value longer than the bound, and more parameters than the limit", () => {
    expect(refusalOf({ a: "x".repeat(VALUE_LIMIT + 1) }).description).toMatch(/^a is longer/);
    const many = Array.from({ length: PARAMETER_LIMIT + 1 }, (_, index) => `p${index}=1`).join("&");
    expect(refusalOf(new URLSearchParams(many)).description).toBe(
      `at most ${PARAMETER_LIMIT} parameters are accepted`,
    );
  });

  it("ignores parameters with an empty name and never reads a name from the prototype", () => {
    const values = singleParameters(new URLSearchParams("=x&a=1"));
    expect({ ...values }).toEqual({ a: "1" });
    expect(values.toString).toBeUndefined();
  });

  it("collects without throwing: the refused names apart, and why the first was refused", () => {
    const { values, refused, refusal: why } = collectParameters(new URLSearchParams("a=1&b=2&b=3&c=4"));
    expect({ ...values }).toEqual({ a: "1", c: "4" });
    expect([...refused]).toEqual(["b"]);
    expect(why).toBe("b must be sent once, as a single value");
    expect(collectParameters({ a: "1" }).refusal).toBeNull();
  });

  it("then parses with a schema, naming the field of the first issue", () => {
    const schema = z.object({ n: z.string().max(2) });
    expect(parseParameters(schema, { n: "ab" })).toEqual({ n: "ab" });
    expect(refusal(() => parseParameters(schema, { n: "abc" })).description).toMatch(/^n: /);
  });
});
