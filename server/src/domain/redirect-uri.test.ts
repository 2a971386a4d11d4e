import { describe, expect, it } from "vitest";
import { isRegisteredRedirectUri } from "./redirect-uri.ts";

const REGISTERED = ["http://localhost:5175/callback", "https://app.example.com/cb?tenant=1"];

describe("isRegisteredRedirectUri (exact string match, RFC 9700 §4.1.3)", () => {
  it("accepts each registered URI exactly as registered", () => {
    for (const uri of REGISTERED) expect(isRegisteredRedirectUri(REGISTERED, uri)).toBe(true);
  });

  it.each([
    ["a trailing slash", "http://localhost:5175/callback/"],
    ["an upper-case host", "http://LOCALHOST:5175/callback"],
    ["an upper-case scheme", "HTTP://localhost:5175/callback"],
    ["an upper-case path", "http://localhost:5175/Callback"],
    ["another port", "http://localhost:5176/callback"],
    ["no port", "http://localhost/callback"],
    ["an added query", "http://localhost:5175/callback?x=1"],
    ["an empty query", "http://localhost:5175/callback?"],
    ["a changed query", "https://app.example.com/cb?tenant=2"],
    ["a dropped query", "https://app.example.com/cb"],
    ["a fragment", "http://localhost:5175/callback#x"],
    ["a percent-encoded path", "http://localhost:5175/%63allback"],
    ["a double-encoded dot segment", "http://localhost:5175/%252e/callback"],
    ["a dot segment", "http://localhost:5175/x/../callback"],
    ["a path parameter", "http://localhost:5175/callback..;/"],
    ["userinfo", "http://localhost:5175@evil.example/callback"],
    ["userinfo in front of the host", "http://localhost:80@evil.example:5175/callback"],
    ["another scheme", "https://localhost:5175/callback"],
    ["a javascript: URI", "javascript:alert(1)//http://localhost:5175/callback"],
    ["surrounding whitespace", " http://localhost:5175/callback"],
    ["a prefix of a registered URI", "http://localhost:5175/call"],
    ["an extension of a registered URI", "http://localhost:5175/callbackx"],
    ["the empty string", ""],
  ])("refuses %s", (_case, candidate) => {
    expect(isRegisteredRedirectUri(REGISTERED, candidate)).toBe(false);
  });

  it("refuses everything when nothing is registered", () => {
    expect(isRegisteredRedirectUri([], "http://localhost:5175/callback")).toBe(false);
  });
});
