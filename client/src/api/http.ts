import { errorBodySchema } from "@gatehouse/shared";
import ky, { HTTPError, type ResponsePromise, TimeoutError } from "ky";
import { z } from "zod";

/** The one HTTP client of the SPA: same-origin JSON calls to the Gatehouse API (docs/api.md#spa-api). */
export const http = ky.create({
  prefixUrl: "/",
  credentials: "same-origin",
  timeout: 15_000,
  // Only reads are replayed: a repeated POST could sign in twice or decide consent twice.
  retry: { limit: 2, methods: ["get"], statusCodes: [408, 502, 503, 504] },
});

/** The address of one item of an API collection: its id is escaped, so it stays one path segment (RFC 3986 §3.3). */
export function itemPath(collection: string, id: string): string {
  return `${collection}/${encodeURIComponent(id)}`;
}

/** A failed call, as the pages show it: the server's `{ error, error_description }` plus HTTP context. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly status: number;
  /** The server's `error` code, or one of ours when the server never answered usefully. */
  readonly code: string;
  readonly description: string | undefined;
  /** Seconds to wait before trying again, from `Retry-After`. */
  readonly retryAfter: number | undefined;

  constructor(
    status: number,
    code: string,
    description?: string,
    retryAfter?: number,
    options?: ErrorOptions,
  ) {
    super(description ? `${code}: ${description}` : code, options);
    this.status = status;
    this.code = code;
    this.description = description;
    this.retryAfter = retryAfter;
  }
}

/**
 * `Retry-After` is either delay-seconds or an HTTP-date.
 * @see RFC 9110 §10.2.3
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10);
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

async function readErrorBody(response: Response): Promise<unknown> {
  const text = await response.clone().text();
  if (text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    // A proxy's HTML error page says nothing the person can use; the status alone is reported.
    return null;
  }
}

/** Every failure of a call becomes an ApiError, so a page has one shape to show. */
export async function toApiError(cause: unknown): Promise<ApiError> {
  if (cause instanceof ApiError) return cause;
  if (cause instanceof HTTPError) {
    const { response } = cause;
    const body = errorBodySchema.safeParse(await readErrorBody(response));
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    if (body.success) {
      return new ApiError(response.status, body.data.error, body.data.error_description, retryAfter, {
        cause,
      });
    }
    const code = response.status >= 500 ? "server_error" : "invalid_request";
    return new ApiError(response.status, code, undefined, retryAfter, { cause });
  }
  if (cause instanceof z.ZodError) {
    return new ApiError(
      0,
      "server_error",
      "Gatehouse answered in a way this page does not understand.",
      undefined,
      {
        cause,
      },
    );
  }
  if (cause instanceof TimeoutError || cause instanceof TypeError) {
    return new ApiError(
      0,
      "temporarily_unavailable",
      "Gatehouse could not be reached. Check your connection and try again.",
      undefined,
      { cause },
    );
  }
  return new ApiError(0, "server_error", undefined, undefined, { cause });
}

/** Sends a request and parses its JSON answer with the shared schema. */
export async function send<Schema extends z.ZodType>(
  schema: Schema,
  request: () => ResponsePromise,
): Promise<z.infer<Schema>> {
  try {
    return schema.parse(await request().json());
  } catch (cause) {
    throw await toApiError(cause);
  }
}

/** Sends a request whose answer has no body (`204`). */
export async function sendWithoutAnswer(request: () => ResponsePromise): Promise<void> {
  try {
    await request();
  } catch (cause) {
    throw await toApiError(cause);
  }
}
