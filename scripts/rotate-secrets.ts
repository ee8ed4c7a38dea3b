// `npm run secrets:rotate`: re-encrypt every stored secret under a new key, in one transaction.
// Stop the service first: a running service keeps the old key in memory.
//
//   - Key in PROXBOX_SECRET_KEY: give the new key in PROXBOX_NEW_SECRET_KEY, then restart the
//     service with PROXBOX_SECRET_KEY set to it.
//   - Key file (embedded database): a new key is generated (or taken from PROXBOX_NEW_SECRET_KEY)
//     and replaces the file; an interruption at any point is finished at the next start.
import { randomBytes } from "node:crypto";
import { loadConfig, parseSecretKey } from "../src/config.js";
import { openDatabase } from "../src/db/database.js";
import { commitPendingKey, resolveSecretKey, writePendingKey } from "../src/secrets/key.js";
import { rotateSecrets } from "../src/secrets/rotate.js";
import { SecretBox } from "../src/secrets/secret-box.js";

const config = loadConfig();
const current = await resolveSecretKey(config.database, config.secretKey);
if (current.source.kind === "ephemeral") {
  console.error("The database is in memory: there is nothing to rotate.");
  process.exit(1);
}
const givenNew = process.env.PROXBOX_NEW_SECRET_KEY?.trim();
if (current.source.kind === "environment" && !givenNew) {
  console.error("PROXBOX_NEW_SECRET_KEY: set it to the new key (32 random bytes in base64, e.g. `openssl rand -base64 32`).");
  process.exit(1);
}
const newKey = givenNew ? parseSecretKey(givenNew, "PROXBOX_NEW_SECRET_KEY") : randomBytes(32);
if (newKey.equals(current.key)) {
  console.error("PROXBOX_NEW_SECRET_KEY is the current key.");
  process.exit(1);
}

const db = await openDatabase(config.database, { key: current });
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
