// `npm run token -- <command>`: API tokens without GraphQL, for instance the first token of a server.
// It opens the database the configuration names (DATABASE_URL, PROXBOX_SECRET_KEY, .env) the way
// the service does. With the embedded database, stop the service first: PGlite serves one process.
import { parseArgs } from "node:util";
import { tokenDisplay } from "../src/auth/token-format.js";
import { loadConfig } from "../src/config.js";
import { checkTokenRequest, createToken, deleteToken } from "../src/data/token-writes.js";
import type { Database } from "../src/db/database.js";
import { databaseIdOf, encodeGlobalId, referenceOf } from "../src/domain/global-id.js";
import { CommandError, openConfiguredDatabase, runCommand, UsageError } from "./support/command.js";

const USAGE = `Usage:
  npm run token -- create [--read-only] [--v1] [--netbox-credential] [--description <text>] [--expires <when>] [--json]
  npm run token -- list [--json]
  npm run token -- revoke <id>

  create    Makes a token and prints its secret, once. v2 ("Bearer nbt_<key>.<secret>") unless
            --v1 ("Token <40 hex>"). --netbox-credential makes a v1 token for a remote NetBox
            instead, which a NetBox endpoint may link and this service never accepts.
            Write-enabled unless --read-only. --expires takes an ISO date or time
            (2027-01-31, 2027-01-31T12:00:00Z) or a duration from now (90m, 12h, 30d, 2w);
            without it the token never expires.
  list      Prints every token (never a secret).
  revoke    Deletes a token, named by its global ID or its database id. Refused while a NetBox
            endpoint links it, and for the last write-enabled API token.

The database is the one the service uses (DATABASE_URL and PROXBOX_SECRET_KEY, from the
environment or ./.env). With the embedded database, stop the service first.`;

const DURATION = /^(\d{1,6})(m|h|d|w)$/;
const UNIT_MS = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 } as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** "30d", "12h", "90m", "2w" from now, or an ISO date (midnight UTC) or date-time with a zone. */
function parseExpires(text: string, now = new Date()): Date {
  const value = text.trim();
  const duration = DURATION.exec(value);
  if (duration) {
    const amount = Number(duration[1]);
    if (amount === 0) throw new UsageError(`--expires: a duration must be more than 0 (got "${text}").`);
    return new Date(now.getTime() + amount * UNIT_MS[duration[2] as keyof typeof UNIT_MS]);
  }
  const time = ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new UsageError(
      `--expires: expected an ISO date or date-time (2027-01-31, 2027-01-31T12:00:00Z) or a duration (90m, 12h, 30d, 2w), got "${text}".`,
    );
  }
  return new Date(time);
}

function formatTime(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace("T", " ")}Z` : "never";
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

function clip(text: string, max: number): string {
  const single = text.replace(/\s+/g, " ");
  return single.length > max ? `${single.slice(0, max - 1)}…` : single;
}

type Action = (db: Database) => Promise<void>;

/** Each command reads its arguments before the database is opened, and returns what to do with it. */
function create(args: string[]): Action {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "read-only": { type: "boolean", default: false },
      v1: { type: "boolean", default: false },
      "netbox-credential": { type: "boolean", default: false },
      description: { type: "string" },
      expires: { type: "string" },
      json: { type: "boolean", default: false },
    },
  });
  if (positionals.length) throw new UsageError(`create takes no arguments besides its options (got "${positionals.join(" ")}").`);
  const credential = values["netbox-credential"];
  const { request, userErrors } = checkTokenRequest({
    version: values.v1 || credential ? "V1" : "V2",
    purpose: credential ? "NETBOX_CREDENTIAL" : "API",
    description: values.description,
    writeEnabled: !values["read-only"],
    expires: values.expires === undefined ? null : parseExpires(values.expires),
  });
  if (userErrors.length) throw new CommandError(userErrors.map((error) => `--${error.field?.[0]}: ${error.message}`).join("\n"));
  return async (db) => {
    const created = await createToken(db, request);
    const authorization = `${request.version === "V2" ? "Bearer" : "Token"} ${created.plaintext}`;
    if (values.json) {
      process.stdout.write(
        `${JSON.stringify({
          id: created.id,
          globalId: encodeGlobalId("Token", created.id),
          version: request.version,
          purpose: request.purpose,
          writeEnabled: request.writeEnabled,
          expires: request.expires?.toISOString() ?? null,
          description: request.description,
          plaintext: created.plaintext,
          authorization,
        })}\n`,
      );
      return;
    }
    const what = [
      request.version === "V2" ? "v2" : "v1",
      ...(credential ? ["a NetBox credential, not accepted by this service"] : []),
      request.writeEnabled ? "write-enabled" : "read-only",
      request.expires ? `expires ${formatTime(request.expires)}` : "never expires",
    ].join(", ");
    process.stdout.write(
      `Created token ${created.id} (${what}). Its secret is shown only this once:\n\n    Authorization: ${authorization}\n\n`,
    );
  };
}

function list(args: string[]): Action {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean", default: false } } });
  if (positionals.length) throw new UsageError(`list takes no arguments (got "${positionals.join(" ")}").`);
  return async (db) => {
    // Named columns only: the plaintext and the digest are never read.
    const tokens = await db.prisma.token.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        version: true,
        purpose: true,
        key: true,
        hint: true,
        description: true,
        writeEnabled: true,
        expires: true,
        lastUsed: true,
        created: true,
      },
    });
    if (values.json) {
      const rows = tokens.map((token) => ({
        id: token.id,
        globalId: encodeGlobalId("Token", token.id),
        version: token.version,
        purpose: token.purpose,
        display: tokenDisplay(token),
        description: token.description,
        writeEnabled: token.writeEnabled,
        expires: token.expires?.toISOString() ?? null,
        lastUsed: token.lastUsed?.toISOString() ?? null,
        created: token.created.toISOString(),
      }));
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    }
    if (!tokens.length) {
      process.stdout.write("No tokens. Make one with `npm run token -- create` (or start the service once).\n");
      return;
    }
    const now = Date.now();
    const rows = [
      ["ID", "VERSION", "DISPLAY", "DESCRIPTION", "WRITE", "EXPIRES", "LAST USED"],
      ...tokens.map((token) => [
        String(token.id),
        token.version === "V2" ? "v2" : "v1",
        tokenDisplay(token),
        clip(token.description, 40),
        token.writeEnabled ? "yes" : "no",
        token.expires && token.expires.getTime() <= now ? `${formatTime(token.expires)} (expired)` : formatTime(token.expires),
        formatTime(token.lastUsed),
      ]),
    ];
    process.stdout.write(`${table(rows)}\n`);
  };
}

function revoke(args: string[]): Action {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  if (positionals.length !== 1) throw new UsageError("revoke takes one argument: the token's global ID or database id.");
  const input = positionals[0]!;
  return async (db) => {
    const result = await deleteToken(db, referenceOf(input, "Token"));
    const problem = result.userErrors[0];
    if (problem) {
      let message = problem.message;
      if (problem.code === "IN_USE") {
        const linked = await db.prisma.endpoint.findMany({
          where: { netbox: { tokenId: databaseIdOf(input, ["Token"]) ?? 0 } },
          select: { name: true },
          orderBy: [{ nameSort: "asc" }, { id: "asc" }],
        });
        if (linked.length) message += ` Linked by: ${linked.map((endpoint) => endpoint.name).join(", ")}.`;
      }
      throw new CommandError(message);
    }
    process.stdout.write(`Revoked token ${input} (global ID ${result.deletedId}).\n`);
  };
}

const COMMANDS = { create, list, revoke } as const;

await runCommand("token", USAGE, async () => {
  const [command, ...rest] = process.argv.slice(2);
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    process.stdout.write(`${USAGE}\n`);
    if (command === undefined) throw new UsageError("say which command: create, list or revoke.");
    return;
  }
  const command_ = COMMANDS[command as keyof typeof COMMANDS];
  if (!command_) throw new UsageError(`unknown command "${command}"; expected create, list or revoke.`);
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const action = command_(rest);
  const config = loadConfig();
  const db = await openConfiguredDatabase(config);
  try {
    await action(db);
  } finally {
    await db.close();
  }
});
