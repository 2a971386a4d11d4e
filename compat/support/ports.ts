import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A port nobody listens on now, for a process that must be told its port before it starts. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  const port = await listen(probe, "127.0.0.1");
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Listens on an ephemeral port of `host` and resolves to it. */
export async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, resolve);
  });
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("the server has no port");
  return (address satisfies AddressInfo).port;
}
