// The example client on the command line:
//
//   npm run example -- list [--q <text>] [--kind proxmox|netbox|fastapi]… [--first <n>] [--json]
//   npm run example -- create <proxmox|netbox|fastapi> '<input as JSON>'
//   npm run example -- update <global ID> '<changes as JSON>'
//
// Options: --url (or PROXBOX_GRAPHQL_URL; default http://127.0.0.1:4000/graphql), --token (or
// PROXBOX_TOKEN), --persisted (send documents' hashes instead of their text).
import { parseArgs } from "node:util";
import {
  allEndpoints,
  createClient,
  createEndpoint,
  type CreateInputs,
  type EndpointKind,
  GraphQLRequestError,
  kindOfGlobalId,
  listEndpoints,
  updateEndpoint,
  type UpdateInputs,
  type WriteResult,
} from "./client.js";

const USAGE = `Usage:
  npm run example -- list [--q <text>] [--kind proxmox|netbox|fastapi]... [--first <n>] [--all] [--json]
  npm run example -- create <proxmox|netbox|fastapi> '<input as JSON>'
  npm run example -- update <global ID> '<changes as JSON>'

Options: --url <GraphQL URL> (or PROXBOX_GRAPHQL_URL; default http://127.0.0.1:4000/graphql)
         --token <token> (or PROXBOX_TOKEN)
         --persisted  send each document's hash instead of its text (PROXBOX_PERSISTED_OPERATIONS)`;

const KINDS: Record<string, EndpointKind> = { proxmox: "PROXMOX", netbox: "NETBOX", fastapi: "FASTAPI" };

class Usage extends Error {}

function kindOf(text: string): EndpointKind {
  const kind = KINDS[text.toLowerCase()];
  if (!kind) throw new Usage(`unknown kind "${text}"; expected proxmox, netbox or fastapi.`);
  return kind;
}

function json(text: string | undefined, what: string): Record<string, unknown> {
  if (text === undefined) throw new Usage(`give the ${what} as a JSON object.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Usage(`the ${what} is not JSON: ${(error as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Usage(`the ${what} must be a JSON object.`);
  return value as Record<string, unknown>;
}

function printWrite(result: WriteResult): void {
  if (result.userErrors.length) {
    for (const error of result.userErrors) process.stderr.write(`${error.field?.join(".") ?? "input"}: ${error.message} (${error.code})\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${JSON.stringify(result.endpoint, null, 2)}\n`);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      url: { type: "string", default: process.env.PROXBOX_GRAPHQL_URL ?? "http://127.0.0.1:4000/graphql" },
      token: { type: "string", default: process.env.PROXBOX_TOKEN },
      persisted: { type: "boolean", default: false },
      q: { type: "string" },
      kind: { type: "string", multiple: true },
      first: { type: "string" },
      all: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.token) throw new Usage("give a token with --token or PROXBOX_TOKEN (`npm run token -- create` makes one).");
  const client = createClient({ url: values.url, token: values.token, persisted: values.persisted });

  switch (command) {
    case "list": {
      const variables = {
        q: values.q,
        kind: values.kind?.map(kindOf),
        first: values.first === undefined ? undefined : Number(values.first),
      };
      const nodes = [];
      let total: number;
      if (values.all) {
        for await (const endpoint of allEndpoints(client, variables)) nodes.push(endpoint);
        total = nodes.length;
      } else {
        const page = await listEndpoints(client, variables);
        nodes.push(...page.nodes);
        total = page.totalCount;
      }
      if (values.json) {
        process.stdout.write(`${JSON.stringify({ totalCount: total, nodes }, null, 2)}\n`);
        return;
      }
      for (const endpoint of nodes) {
        process.stdout.write(
          `${endpoint.id.padEnd(30)} ${endpoint.__typename.padEnd(16)} ${endpoint.display.padEnd(48)} ${endpoint.connectionUrl}\n`,
        );
      }
      process.stdout.write(`${nodes.length} of ${total} endpoints\n`);
      return;
    }
    case "create": {
      const kind = kindOf(rest[0] ?? "");
      printWrite(await createEndpoint(client, kind, json(rest[1], "input") as unknown as CreateInputs[typeof kind]));
      return;
    }
    case "update": {
      const id = rest[0];
      const kind = id ? kindOfGlobalId(id) : null;
      if (!id || !kind) throw new Usage("update takes the endpoint's global ID (its `id`), which says its kind.");
      const input = { ...json(rest[1], "changes"), id } as unknown as UpdateInputs[typeof kind];
      printWrite(await updateEndpoint(client, kind, input));
      return;
    }
    default:
      throw new Usage(command ? `unknown command "${command}".` : "say which command: list, create or update.");
  }
}

main().catch((error: unknown) => {
  if (error instanceof Usage || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (error instanceof GraphQLRequestError) {
    process.stderr.write(`The service refused: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});
