// Takes a data folder's lock the way the service does, then holds it until killed: for the lock's
// tests, much quicker to start than the service. Prints "locked" or "refused: <message>" (exit 3).
// With --on-go it first prints "ready" and waits for a line on stdin, so that many processes can
// try at the same moment.
//
//   node --import tsx test/support/lock-holder.ts <dir> [--on-go]
import { realDataDir } from "../../src/data-dir.js";
import { DatabaseInUseError, lockDataDir } from "../../src/db/pglite-lock.js";

const [dir, mode] = process.argv.slice(2);
if (!dir) throw new Error("usage: lock-holder.ts <dir> [--on-go]");
const realDir = await realDataDir(dir);
if (mode === "--on-go") {
  process.stdout.write("ready\n");
  await new Promise((resolve) => process.stdin.once("data", resolve));
}
try {
  lockDataDir(realDir);
} catch (error) {
  if (!(error instanceof DatabaseInUseError)) throw error;
  process.stdout.write(`refused: ${error.message}\n`);
  process.exit(3);
}
process.stdout.write("locked\n");
process.stdin.pause();
// Held until this process is killed.
setInterval(() => undefined, 60_000);
