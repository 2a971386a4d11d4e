import { existsSync } from "node:fs";
import path from "node:path";
import { isPageRoute } from "@gatehouse/shared/routes";
import express, { Router } from "express";

/**
 * Serves the built SPA: hashed assets for a year, and `index.html` (never cached) for every other page
 * address: `200` for the routes the client router owns (shared/src/routes.ts), `404` for the rest, where the
 * SPA shows its not-found page (docs/pages.md#not-found).
 */
export function spaRoutes(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, "index.html");
  router.use(
    express.static(distDir, {
      index: false,
      setHeaders(res, file) {
        res.set(
          "Cache-Control",
          file.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    }),
  );
  router.get(/^\/(?!api\/|oauth2\/|\.well-known\/|logos\/).*/, function servePage(req, res) {
    if (!existsSync(index)) {
      res.status(503).type("text/plain").send("The SPA is not built: run `pnpm build` (or `pnpm start`).");
      return;
    }
    res
      .status(isPageRoute(req.path) ? 200 : 404)
      .set("Cache-Control", "no-cache")
      .sendFile(index);
  });
  return router;
}
