import type { ServerResponse } from "node:http";

/** Answers `body` as JSON, as Express's `res.json` would, for handlers served outside Express. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.statusCode = status;
  res.setHeader("Content-Type", "application/json; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

/** Answers `status` with no body. */
export function sendEmpty(res: ServerResponse, status: number): void {
  res.statusCode = status;
  res.setHeader("Content-Length", 0);
  res.end();
}
