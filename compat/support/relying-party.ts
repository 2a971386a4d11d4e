import { createServer, type RequestListener } from "node:http";
import { listen } from "./ports.ts";

export interface RelyingParty {
  /** Its origin, e.g. http://127.0.0.1:40123: another host than Gatehouse's `localhost`, so no cookie is shared. */
  url: string;
  /** Starts answering with `app` (built once the app knows its own URL and its client registration). */
  serve(app: RequestListener): void;
  stop(): Promise<void>;
}

/** A real HTTP server on an ephemeral port for the app under test; it answers 503 until `serve`. */
export async function openRelyingParty(host = "127.0.0.1"): Promise<RelyingParty> {
  let handler: RequestListener = (_req, res) => {
    res.writeHead(503).end();
  };
  const server = createServer((req, res) => handler(req, res));
  const port = await listen(server, host);
  return {
    url: `http://${host}:${port}`,
    serve(app) {
      handler = app;
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
