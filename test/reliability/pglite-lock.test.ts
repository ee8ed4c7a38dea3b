// The embedded database's lock across processes that cannot see each other's pids (two containers
// on one volume: here two PID namespaces, both pid 1), and many processes racing for a folder whose
// lock file a dead process left behind.
import { once } from "node:events";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runToExit, startLockHolder, startServiceProcess } from "../support/process.js";

/** A PID namespace of its own, where the process started is pid 1, and which dies with its launcher. */
const OWN_PID_NAMESPACE = ["unshare", "--pid", "--fork", "--kill-child", "--mount-proc"];
const ADMIN = "Lock_test_token_0123456789abcdefghijklmnopqrstuv";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "proxbox-lock-"));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("the PGlite data folder lock", () => {
  it("refuses a service in one PID namespace while a process in another holds the folder", async () => {
    const dir = join(root, "shared");
    // Both are pid 1, each in its own namespace, like the services of two containers on one volume.
    const holder = startLockHolder(dir, { launcher: OWN_PID_NAMESPACE });
    try {
      expect(await holder.outcome).toBe("locked");
      const second = await runToExit({ DATABASE_URL: `pglite:${dir}`, PROXBOX_ADMIN_TOKEN: ADMIN }, 60_000, {
        launcher: OWN_PID_NAMESPACE,
      });
      expect(second.stdout).not.toContain("/graphql");
      expect(second.stderr).toContain("is held by another process (pid 1 by its own account)");
      expect(second.code).toBe(1);
    } finally {
      // --kill-child: the holder dies with its launcher, as a container's processes do with it.
      holder.child.kill("SIGKILL");
      await once(holder.child, "close");
    }
    // Its lock went with it: a service in yet another namespace opens the folder.
    const third = await startServiceProcess({ DATABASE_URL: `pglite:${dir}`, PROXBOX_ADMIN_TOKEN: ADMIN }, 60_000, {
      launcher: OWN_PID_NAMESPACE,
    });
    third.child.kill("SIGKILL");
    await once(third.child, "close");
  });

  it("lets exactly one of many processes take a folder whose lock file a dead process left", async () => {
    const dir = join(root, "raced");
    const contenders = 20;
    for (let round = 0; round < 5; round++) {
      // A pid that no process has: what a holder killed with -9 leaves behind.
      await writeFile(`${dir}.lock`, `${2 ** 22 + 4321}\n`);
      const holders = Array.from({ length: contenders }, () => startLockHolder(dir, { onGo: true }));
      try {
        await Promise.all(holders.map((holder) => holder.ready));
        for (const holder of holders) holder.go();
        const outcomes = await Promise.all(holders.map((holder) => holder.outcome));
        expect(
          outcomes.filter((outcome) => outcome === "locked"),
          `round ${round}`,
        ).toHaveLength(1);
        expect(outcomes.filter((outcome) => outcome.startsWith("refused: "))).toHaveLength(contenders - 1);
      } finally {
        for (const holder of holders) holder.child.kill("SIGKILL");
        await Promise.all(
          holders
            .filter((holder) => holder.child.exitCode === null && holder.child.signalCode === null)
            .map((holder) => once(holder.child, "close")),
        );
      }
    }
  });
});
