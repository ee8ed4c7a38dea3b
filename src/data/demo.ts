// The sample objects of the Proxbox API document (prod-proxmox, remote-netbox, proxbox-backend),
// with the values of its create examples and of its sample responses (mode, version), for
// `npm run seed -- --demo`. They are written through saveEndpoint, the mutations' own write path,
// so every rule applies and the credentials are encrypted.
import type { Database } from "../db/database.js";
import { encodeGlobalId } from "../domain/global-id.js";
import { registerAndRecord } from "../kinds/fastapi/registration.js";
import { fastapiRules, type FastapiInput } from "../kinds/fastapi/rules.js";
import { netboxRules, type NetboxInput } from "../kinds/netbox/rules.js";
import { proxmoxRules, type ProxmoxInput } from "../kinds/proxmox/rules.js";
import type { AnyKindModel } from "../kinds/models.js";
import type { OutboundOptions } from "../outbound/options.js";
import { httpUpstreams } from "../outbound/upstreams.js";
import { type EndpointInput, type KindRules, writeEndpoint } from "./endpoint-writes.js";

interface Sample {
  write: (db: Database) => ReturnType<typeof writeEndpoint>;
  model: AnyKindModel;
  input: EndpointInput & { name: string };
}

function sample<Model extends AnyKindModel, Own extends object, Detail extends Record<string, unknown>>(
  rules: KindRules<Model, Own, Detail>,
  input: EndpointInput & Own & { name: string },
): Sample {
  return { write: (db) => writeEndpoint(db, rules, input), model: rules.model, input };
}

const proxmox: ProxmoxInput & { name: string } = {
  name: "prod-proxmox",
  domain: "proxmox.example.com",
  port: 8006,
  username: "root@pam",
  tokenName: "proxbox",
  tokenValue: "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
  verifySsl: false,
  mode: "CLUSTER",
  version: "8.1.4",
  repoid: "",
};

const netbox: NetboxInput & { name: string } = {
  name: "remote-netbox",
  domain: "netbox.example.com",
  port: 443,
  verifySsl: true,
  tokenVersion: "V2",
  tokenKey: "my-key-id",
  tokenSecret: "my-secret-value",
};

const fastapi: FastapiInput & { name: string } = {
  name: "proxbox-backend",
  domain: "proxbox-api.example.com",
  port: 8800,
  useHttps: true,
  verifySsl: false,
  useWebsocket: true,
  websocketDomain: "",
  websocketPort: 8800,
  serverSideWebsocket: false,
};

export const DEMO_ENDPOINTS: readonly Sample[] = [
  sample(proxmoxRules, proxmox),
  sample(netboxRules, netbox),
  sample(fastapiRules, fastapi),
];

export interface DemoOutcome {
  name: string;
  label: string;
  globalId: string;
  /** created; or present: an endpoint of that kind and name was there, and was left as it is. */
  status: "created" | "present";
  /** FastAPI endpoints: what happened to the token registration; null when it was not attempted. */
  registration?: { status: string; message: string } | null;
}

/**
 * Writes the samples that are not there yet. `register` given: a new FastAPI endpoint's token is
 * registered with its backend as the API does, with these outbound options; otherwise nothing is
 * sent anywhere.
 */
export async function seedDemoEndpoints(db: Database, register?: OutboundOptions): Promise<DemoOutcome[]> {
  const outcomes: DemoOutcome[] = [];
  for (const { write, model, input } of DEMO_ENDPOINTS) {
    // Written without the kinds' side effects: a FastAPI registration happens below, when asked for.
    const result = await write(db);
    const base = { name: input.name, label: model.label };
    if (result.id === null) {
      // The rules refuse a second endpoint of one kind and name: that one is already there.
      const taken = result.userErrors.every((error) => error.code === "TAKEN" && error.field?.[0] === "name");
      const existing = taken
        ? await db.prisma.endpoint.findFirst({ where: { kind: model.kind, name: input.name }, select: { id: true } })
        : null;
      if (!existing) {
        throw new Error(
          `${input.name} was refused: ${result.userErrors.map((error) => `${error.field?.join(".") ?? ""}: ${error.message}`).join("; ")}`,
        );
      }
      outcomes.push({ ...base, globalId: encodeGlobalId(model.typename, existing.id), status: "present" });
      continue;
    }
    const outcome: DemoOutcome = { ...base, globalId: encodeGlobalId(model.typename, result.id), status: "created" };
    if (model.kind === "FASTAPI") {
      outcome.registration = null;
      if (register) {
        await registerAndRecord({ db, upstreams: httpUpstreams(register) }, result.id);
        const stored = await db.prisma.fastapiEndpoint.findUnique({
          where: { endpointId: result.id },
          select: { registrationStatus: true, registrationMessage: true },
        });
        outcome.registration = stored?.registrationStatus
          ? { status: stored.registrationStatus, message: stored.registrationMessage }
          : null;
      }
    }
    outcomes.push(outcome);
  }
  return outcomes;
}
