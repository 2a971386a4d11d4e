import { request } from "node:http";
import { errorBodySchema } from "@gatehouse/shared";
import { expect } from "vitest";

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One HTTP request from a chosen loopback address (`localAddress`: 127.0.0.2, 127.0.0.3 …), so the
 * server sees distinct callers; `headers` may forge `X-Forwarded-For`.
 */
export function requestFrom(
  url: string,
  {
    method = "POST",
    headers = {},
    body = "",
    localAddress = "127.0.0.1",
  }: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string },
): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      url,
      {
        method,
        localAddress,
        agent: false,
        headers: { ...headers, "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** `POST /oauth2/token` with a form body. */
export const postTokenFrom = (
  issuer: string,
  form: Record<string, string>,
  options: { localAddress?: string; headers?: Record<string, string> } = {},
) =>
  requestFrom(new URL("/oauth2/token", issuer).href, {
    headers: { "content-type": "application/x-www-form-urlencoded", ...options.headers },
    body: new URLSearchParams(form).toString(),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });

/** `POST /api/session` as the SPA sends it (same origin, JSON). */
export const signInFrom = (
  issuer: string,
  credentials: { email: string; password: string },
  options: { localAddress?: string; headers?: Record<string, string> } = {},
) =>
  requestFrom(new URL("/api/session", issuer).href, {
    headers: { "content-type": "application/json", origin: issuer, ...options.headers },
    body: JSON.stringify(credentials),
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
  });

/** The `error` code of an answer's JSON body. */
export const errorOf = (answer: Answer) => errorBodySchema.parse(JSON.parse(answer.body)).error;

/** A throttled answer: 429 with a Retry-After to wait for. */
export function expectThrottled(answer: Answer) {
  expect(answer.status).toBe(429);
  expect(errorOf(answer)).toBe("too_many_requests");
  expect(Number(answer.headers["retry-after"])).toBeGreaterThan(0);
}
