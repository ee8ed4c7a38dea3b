// node:http in front of the Yoga fetch handler, with a graceful stop: stop accepting, let requests
// in flight finish (for a bounded time), then return. A request counts as in flight until the
// service is done with it, even when its client has already hung up.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { DEFAULTS } from "../config.js";
import type { Service } from "./yoga.js";

export interface RunningServer {
  server: Server;
  /** http://host:port of the listening socket. */
  origin: string;
  stop(graceMs?: number): Promise<void>;
}

export async function listen(service: Service, host: string, port: number): Promise<RunningServer> {
  // The handler answers through `res`; the promise it returns carries nothing more.
  const server = createServer((request, response) => void service(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  return {
    server,
    origin: `http://${shownHost}:${address.port}`,
    async stop(graceMs = DEFAULTS.PROXBOX_SHUTDOWN_GRACE_MS) {
      const started = Date.now();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Idle keep-alive sockets would hold close() open; busy ones get the grace period.
      server.closeIdleConnections();
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      deadline.unref();
      await closed;
      clearTimeout(deadline);
      await service.drain(Math.max(0, graceMs - (Date.now() - started)));
    },
  };
}
