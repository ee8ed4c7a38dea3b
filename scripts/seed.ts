// `npm run seed -- --demo`: the sample endpoints of the Proxbox API document (src/data/demo.ts), so
// that GraphiQL shows something at once. Running it again leaves endpoints of those names as they
// are. The backend's token is not registered with proxbox-api.example.com (which does not exist)
// unless --register says so: then it is tried as the API does, with short time bounds.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../src/config.js";
import { seedDemoEndpoints } from "../src/data/demo.js";
import { DEFAULT_OUTBOUND_OPTIONS } from "../src/outbound/options.js";
import { openConfiguredDatabase, runCommand, UsageError } from "./support/command.js";

/** Registration bounds for seeding: short, so that an unreachable demo host cannot hold it up. */
const REGISTRATION_STATUS_TIMEOUT_MS = 2_000;
const REGISTRATION_TIMEOUT_MS = 3_000;

const USAGE = `Usage: npm run seed -- --demo [--register]

  --demo      Loads the API document's sample endpoints: prod-proxmox, remote-netbox and
              proxbox-backend. Endpoints of those names that exist already are left as they are.
  --register  Also registers proxbox-backend's token with its backend, as creating it through the
              API does (best effort, at most ${(REGISTRATION_STATUS_TIMEOUT_MS + REGISTRATION_TIMEOUT_MS) / 1000} s). Without it, nothing is sent anywhere.

The database is the one the service uses (DATABASE_URL and PROXBOX_SECRET_KEY, from the
environment or ./.env). With the embedded database, stop the service first.`;

await runCommand("seed", USAGE, async () => {
  const { values, positionals } = parseArgs({
    options: {
      demo: { type: "boolean", default: false },
      register: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length) throw new UsageError(`seed takes no arguments besides its options (got "${positionals.join(" ")}").`);
  if (!values.demo) throw new UsageError("say what to load: --demo (the API document's sample endpoints) is the one data set.");
  const config = loadConfig();
  const ca = values.register && config.outbound.caFile ? await readFile(config.outbound.caFile, "utf8") : undefined;
  const db = await openConfiguredDatabase(config);
  try {
    const outcomes = await seedDemoEndpoints(
      db,
      values.register
        ? {
            ...DEFAULT_OUTBOUND_OPTIONS,
            registrationStatusTimeoutMs: REGISTRATION_STATUS_TIMEOUT_MS,
            registrationTimeoutMs: REGISTRATION_TIMEOUT_MS,
            ...(ca ? { ca } : {}),
          }
        : undefined,
    );
    const lines = outcomes.map((outcome) => {
      const line = `  ${outcome.status.padEnd(8)} ${outcome.label.padEnd(18)} ${outcome.name.padEnd(16)} ${outcome.globalId}`;
      if (outcome.registration === undefined) return line;
      const registration = outcome.registration
        ? `token registration ${outcome.registration.status}: ${outcome.registration.message}`
        : "token registration skipped: nothing was sent to the backend (--register tries it)";
      return `${line}\n           ${registration}`;
    });
    process.stdout.write(`The sample endpoints of the Proxbox API document:\n${lines.join("\n")}\n`);
  } finally {
    await db.close();
  }
});
