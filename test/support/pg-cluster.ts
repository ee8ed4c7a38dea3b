// A PostgreSQL server of the test's own (Debian's pg_createcluster), so that a test can stop and
// start it without disturbing the shared server other tests use.
import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { createServer } from "node:net";
import { promisify } from "node:util";

const run = promisify(execFile);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface PrivateCluster {
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  drop(): Promise<void>;
}

export async function createPrivateCluster(): Promise<PrivateCluster> {
  const version = readdirSync("/etc/postgresql").sort().at(-1)!;
  const name = `proxbox_${process.pid}_${Date.now().toString(36)}`;
  const port = await freePort();
  await run("pg_createcluster", [version, name, "-p", String(port), "--start", "--", "--auth=trust"]);
  const ctl = (action: string, ...extra: string[]) => run("pg_ctlcluster", [version, name, action, ...extra]).then(() => undefined);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: () => ctl("stop", "-m", "fast"),
    start: () => ctl("start"),
    drop: () => run("pg_dropcluster", [version, name, "--stop"]).then(() => undefined),
  };
}
