import { describe, expect, it } from "vitest";
import { isPageRoute, pageRoutes } from "./routes.ts";

describe("the SPA's page routes", () => {
  it("knows every page the router shows", () => {
    for (const path of ["/", "/error", "/signed-out", "/account", "/people", "/audit", "/invite"]) {
      expect(isPageRoute(path)).toBe(true);
    }
    expect(isPageRoute("/interaction/int_0123456789abcdef")).toBe(true);
    expect(isPageRoute("/developer-tools/oauth/a585c162-9587-4e5c-8796-d675ff2dbd6c/edit")).toBe(true);
    for (const pattern of Object.values(pageRoutes)) {
      expect(isPageRoute(pattern.replace(/:[a-zA-Z]+/g, "x1"))).toBe(true);
    }
  });

  it("matches as the router does: any case, a trailing slash ignored", () => {
    expect(isPageRoute("/Account/")).toBe(true);
    expect(isPageRoute("/developer-tools/oauth/new/")).toBe(true);
  });

  it("knows no other path", () => {
    for (const path of [
      "/nope",
      "/account/extra",
      "/interaction",
      "/interaction/a/b",
      "/developer-tools",
      "/developer-tools/oauth/x/delete",
      "/index.htm",
    ]) {
      expect(isPageRoute(path)).toBe(false);
    }
  });
});
