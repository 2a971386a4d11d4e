import { type ErrorBody, errorBodySchema } from "@gatehouse/shared";
import { expect } from "vitest";
import type { TestBrowser } from "./browser.ts";

/** `response` is an error answer with `status` and `error`, its description one line (RFC 6749 §5.2); its body. */
export async function expectError(response: Response, status: number, error: string): Promise<ErrorBody> {
  expect(response.status).toBe(status);
  const body = errorBodySchema.parse(await response.json());
  expect(body.error).toBe(error);
  expect(body.error_description ?? "").not.toMatch(/[\r\n]/);
  return body;
}

/** `expectError`, for an answer no cache may keep (RFC 6749 §5.1, RFC 6750 §3). */
export async function expectNoStoreError(
  response: Response,
  status: number,
  error: string,
): Promise<ErrorBody> {
  expect(response.headers.get("cache-control")).toBe("no-store");
  return expectError(response, status, error);
}

/** Each of `bodies`, sent by `browser` to `path` with `method`, is refused with `status` and `error`. */
export async function expectEachRefused(
  browser: TestBrowser,
  [method, path]: [string, string],
  bodies: unknown[],
  [status, error]: [number, string],
): Promise<void> {
  for (const body of bodies) await expectError(await browser.json(path, method, body), status, error);
}

/** Each of `requests` (method, path, body), sent by `browser`, is refused with `status` and `error`. */
export async function expectEachError(
  browser: TestBrowser,
  requests: [method: string, path: string, body?: unknown][],
  [status, error]: [number, string],
): Promise<void> {
  for (const [method, path, body] of requests) {
    await expectError(await browser.json(path, method, body), status, error);
  }
}

/** Each of `requests` (method, path, body), sent by `browser` without a session, is refused with 401 unauthenticated. */
export async function expectEachUnauthenticated(
  browser: TestBrowser,
  requests: [method: string, path: string, body?: unknown][],
): Promise<void> {
  await expectEachError(browser, requests, [401, "unauthenticated"]);
}

/** `GET path` as `browser` answers 200 with a body `schema` accepts (and, with `noStore`, no cache may keep it); that body. */
export async function getOk<T>(
  browser: TestBrowser,
  path: string,
  schema: { parse(value: unknown): T },
  { noStore = false }: { noStore?: boolean } = {},
): Promise<T> {
  const response = await browser.json(path, "GET");
  expect(response.status).toBe(200);
  if (noStore) expect(response.headers.get("cache-control")).toBe("no-store");
  return schema.parse(await response.json());
}
