// What the durability tests of every engine share: a burst of token requests cut by SIGKILL.
import { errorBodySchema, type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { redeem, refresh } from "./flows.ts";
import type { ServerProcess } from "./process.ts";

export async function errorOf(answer: Promise<Response>): Promise<{ status: number; error: string }> {
  const response = await answer;
  return { status: response.status, error: errorBodySchema.parse(await response.json()).error };
}

export async function peopleSelf(server: ServerProcess, accessToken: string): Promise<number> {
  const response = await fetch(`${server.url}/api/2.0/people/@self`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  await response.body?.cancel();
  return response.status;
}

/** Runs `work` over `items`, `width` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  width: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += width) {
    results.push(...(await Promise.all(items.slice(start, start + width).map(work))));
  }
  return results;
}

export interface Burst {
  /** Tokens of every code redemption whose 200 answer arrived whole. */
  redeemed: TokenResponse[];
  /** Every rotation whose 200 answer arrived whole: the token presented and the pair answered. */
  rotated: { old: string; fresh: TokenResponse }[];
  /** Answers other than 200: none expected, killed or not. */
  unexpected: string[];
  /** Requests the kill cut before their answer arrived whole. */
  cut: number;
}

/**
 * Sends every redemption of `codes` and every rotation of `refreshTokens` at once, interleaved, and
 * SIGKILLs the server once `killAfter` answers have arrived. Answers that arrive after the kill
 * were sent before it, so they count as handed out too.
 */
export async function burstAndKill(
  server: ServerProcess,
  codes: readonly string[],
  refreshTokens: readonly string[],
  killAfter: number,
): Promise<Burst> {
  const burst: Burst = { redeemed: [], rotated: [], unexpected: [], cut: 0 };
  let answered = 0;
  async function send(request: Promise<Response>, record: (tokens: TokenResponse) => void) {
    let status: number;
    let body: unknown;
    try {
      const response = await request;
      status = response.status;
      body = await response.json();
    } catch {
      burst.cut += 1;
      return;
    }
    if (status === 200) record(tokenResponseSchema.parse(body));
    else burst.unexpected.push(`${status} ${JSON.stringify(body)}`);
    answered += 1;
    if (answered === killAfter) server.kill("SIGKILL");
  }
  const requests: Promise<void>[] = [];
  for (let index = 0; index < Math.max(codes.length, refreshTokens.length); index += 1) {
    const code = codes[index];
    if (code) requests.push(send(redeem(server.url, code), (tokens) => burst.redeemed.push(tokens)));
    const old = refreshTokens[index];
    if (old) requests.push(send(refresh(server.url, old), (fresh) => burst.rotated.push({ old, fresh })));
  }
  await Promise.all(requests);
  return burst;
}
