// @vitest-environment node
import { sessionAnswerSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { ApiError, http, parseRetryAfter, send, sendWithoutAnswer } from "./http.ts";

interface SeenRequest {
  method: string;
  url: string;
  credentials: RequestCredentials;
  contentType: string | null;
  body: string;
}

/** The real client, pointed at an absolute origin because Node's fetch cannot resolve relative URLs. */
function clientAnswering(...answers: Response[]) {
  const seen: SeenRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    // Read the body as a real fetch would: ky waits for it before it answers.
    seen.push({
      method: request.method,
      url: request.url,
      credentials: request.credentials,
      contentType: request.headers.get("Content-Type"),
      body: await request.text(),
    });
    const answer = answers.shift();
    if (!answer) throw new Error("no more answers");
    return answer;
  };
  return { seen, client: http.extend({ prefixUrl: "http://gatehouse.test/", fetch }) };
}

function json(body: unknown, init: ResponseInit = {}) {
  return new Response(JSON.stringify(body), {
    ...init,
    headers: { "Content-Type": "application/json", ...init.headers },
  });
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => null,
    (cause: unknown) => cause,
  );
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${error}`);
  return error;
}

const answer = {
  user: { email: "alice@example.com", display_name: "Alice", portal: null, role: null },
  portals: [],
};

describe("http", () => {
  it("sends JSON bodies with Content-Type application/json and parses the answer with the shared schema", async () => {
    const { seen, client } = clientAnswering(json(answer));

    const result = await send(sessionAnswerSchema, () =>
      client.post("api/session", { json: { email: "alice@example.com", password: "p" } }),
    );

    expect(result).toEqual(answer);
    expect(seen).toEqual([
      {
        method: "POST",
        url: "http://gatehouse.test/api/session",
        credentials: "same-origin",
        contentType: "application/json",
        body: JSON.stringify({ email: "alice@example.com", password: "p" }),
      },
    ]);
  });

  it("turns the server's error body into an ApiError", async () => {
    const { client } = clientAnswering(json({ error: "invalid_credentials" }, { status: 401 }));

    const error = await failure(send(sessionAnswerSchema, () => client.post("api/session", { json: {} })));

    expect(error.status).toBe(401);
    expect(error.code).toBe("invalid_credentials");
  });

  it("reads Retry-After when throttled", async () => {
    const { seen, client } = clientAnswering(
      json(
        { error: "too_many_requests", error_description: "slow down" },
        { status: 429, headers: { "Retry-After": "90" } },
      ),
    );

    const error = await failure(send(sessionAnswerSchema, () => client.post("api/session", { json: {} })));

    expect(error).toMatchObject({
      status: 429,
      code: "too_many_requests",
      description: "slow down",
      retryAfter: 90,
    });
    expect(seen).toHaveLength(1);
  });

  it("never replays a POST, even on an answer a GET would retry", async () => {
    const { seen, client } = clientAnswering(
      json({ error: "temporarily_unavailable" }, { status: 503, headers: { "Retry-After": "0" } }),
      json(answer),
    );

    const error = await failure(send(sessionAnswerSchema, () => client.post("api/session", { json: {} })));

    expect(error.code).toBe("temporarily_unavailable");
    expect(seen).toHaveLength(1);
  });

  it("retries a GET once the server is back", async () => {
    const { seen, client } = clientAnswering(
      json({ error: "temporarily_unavailable" }, { status: 503, headers: { "Retry-After": "0" } }),
      json(answer),
    );

    expect(await send(sessionAnswerSchema, () => client.get("api/session"))).toEqual(answer);
    expect(seen).toHaveLength(2);
  });

  it("reports an answer that is not an error body as server_error with its status", async () => {
    const { client } = clientAnswering(new Response("<html>Bad gateway</html>", { status: 502 }));

    const error = await failure(sendWithoutAnswer(() => client.post("api/session", { json: {} })));

    expect(error).toMatchObject({ status: 502, code: "server_error" });
  });

  it("rejects an answer the shared schema does not accept", async () => {
    const { client } = clientAnswering(json({ user: "alice" }));

    const error = await failure(send(sessionAnswerSchema, () => client.post("api/session", { json: {} })));

    expect(error.code).toBe("server_error");
  });
});

describe("parseRetryAfter", () => {
  it("reads delay-seconds and HTTP dates", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120);
    expect(parseRetryAfter("Wed, 01 Jan 2025 00:01:30 GMT", now)).toBe(90);
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});
