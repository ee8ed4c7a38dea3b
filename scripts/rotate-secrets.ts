// `npm run secrets:rotate`: re-encrypt every stored secret under a new key, in one transaction.
// Stop the service first: a running service keeps the old key in memory. Variables come from the
// environment, then ./.env.
//
//   - Key in PROXBOX_SECRET_KEY: give the new key in PROXBOX_NEW_SECRET_KEY, then restart the
//     service with PROXBOX_SECRET_KEY set to it.
//   - Key file (embedded database): a new key is generated (or taken from PROXBOX_NEW_SECRET_KEY)
//     and replaces the file; an interruption at any point is finished at the next start.
import { randomBytes } from "node:crypto";
import { loadConfig, parseSecretKey } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { commitPendingKey, resolveSecretKey, writePendingKey } from "../src/secrets/key.js";
import { rotateSecrets } from "../src/data/secret-rotation.js";
import { SecretBox } from "../src/secrets/secret-box.js";
import { CommandError, runCommand } from "./support/command.js";

await runCommand("secrets:rotate", "Usage: PROXBOX_NEW_SECRET_KEY=<new key, optional with a key file> npm run secrets:rotate", async () => {
  const config = loadConfig();
  const current = await resolveSecretKey(config.database, config.secretKey);
  if (current.source.kind === "ephemeral") {
    throw new CommandError("The database is in memory: there is nothing to rotate.");
  }
  const givenNew = process.env.PROXBOX_NEW_SECRET_KEY?.trim();
  if (current.source.kind === "environment" && !givenNew) {
    throw new CommandError("PROXBOX_NEW_SECRET_KEY: set it to the new key (32 random bytes in base64, e.g. `openssl rand -base64 32`).");
  }
  const newKey = givenNew ? parseSecretKey(givenNew, "PROXBOX_NEW_SECRET_KEY") : randomBytes(32);
  if (newKey.equals(current.key)) {
    throw new CommandError("PROXBOX_NEW_SECRET_KEY is the current key.");
  }

  const db = await openDatabase(config.database, { key: current, snapshotDir: config.pgliteSnapshotDir });
  try {
    if (current.source.kind === "file") await writePendingKey(current.source.path, newKey);
    const count = await rotateSecrets(db, new SecretBox(newKey));
    if (current.source.kind === "file") {
      await commitPendingKey(current.source.path);
      console.log(`Re-encrypted ${count} secrets; the new key is in ${current.source.path}.`);
    } else {
      console.log(`Re-encrypted ${count} secrets. Restart the service with PROXBOX_SECRET_KEY set to the new key.`);
    }
  } finally {
    await db.close();
  }
});
