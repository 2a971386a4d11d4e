import { type CaseResult, loadTokenEndpoint, type Plan, refreshForm, type Served } from "../cases.ts";
import { NOTES } from "../flows.ts";
import { type IdTokenAlg, mintPeerCodes, mintPeerRefreshTokens, PEER_NAME, startPeer } from "./peer.ts";

/** The peer's case names, beside ours in report.ts's comparisons. */
export const peerCaseName = {
  code: (alg: IdTokenAlg) => `${PEER_NAME}: authorization_code, ${alg} ID token`,
  refresh: `${PEER_NAME}: refresh_token rotation, RS256 ID token`,
};

/** Each peer case on a fresh peer process: it starts in about a second and holds nothing else. */
async function withPeer<T>(alg: IdTokenAlg, measure: (server: Served) => Promise<T>): Promise<T> {
  const peer = await startPeer(alg);
  try {
    return await measure(peer);
  } finally {
    await peer.stop();
  }
}

/** The peer's code redemption, codes minted through its own authorization path, same load as ours. */
export function peerTokenAuthorizationCode(plan: Plan, alg: IdTokenAlg): Promise<CaseResult> {
  return withPeer(alg, async (server) => {
    const codes = await mintPeerCodes(server.url, plan.credentials + plan.warmUp);
    const measured = await loadTokenEndpoint(server, plan, codes, (code) => ({
      grant_type: "authorization_code",
      code,
      ...NOTES,
    }));
    return { name: peerCaseName.code(alg), unit: "req", ...measured };
  });
}

/** The peer's refresh-token rotation, an RS256 client as ours. */
export function peerTokenRefresh(plan: Plan): Promise<CaseResult> {
  return withPeer("RS256", async (server) => {
    const tokens = await mintPeerRefreshTokens(server.url, plan.credentials + plan.warmUp);
    const measured = await loadTokenEndpoint(server, plan, tokens, refreshForm);
    return { name: peerCaseName.refresh, unit: "req", ...measured };
  });
}
