import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

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
