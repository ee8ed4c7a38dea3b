// An endpoint kind is described once, in its model (src/kinds/<kind>/model.ts); the registries
// are typed by EndpointKind, and what the layers need is derived from the models. These tests hold
// the derivations to the models, and the types to refusing a registry that misses a kind.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { EndpointKind } from "../../src/generated/prisma/enums.js";
import { getDatamodel } from "../../src/generated/pothos-types.js";
import { fastapiModel } from "../../src/kinds/fastapi/model.js";
import type { KindModelOf } from "../../src/kinds/model.js";
import {
  ENDPOINT_TYPENAMES,
  KIND_LIST,
  KIND_MODELS,
  KIND_TYPENAME,
  OMITTED_SECRETS,
  SEALED_DETAIL_COLUMNS,
  SECRET_FIELDS,
} from "../../src/kinds/models.js";
import { netboxModel } from "../../src/kinds/netbox/model.js";
import { proxmoxModel } from "../../src/kinds/proxmox/model.js";
import { REDACTED_PATHS } from "../../src/server/logger.js";

const PRISMA_SCHEMA = readFileSync(resolve(import.meta.dirname, "../../prisma/schema.prisma"), "utf8");

/** The SQL table of a Prisma model: its @@map, else its name. */
function tableOf(modelName: string): string | undefined {
  const body = new RegExp(`^model ${modelName} \\{([^}]*)\\}`, "m").exec(PRISMA_SCHEMA)?.[1];
  return body === undefined ? undefined : (/@@map\("([^"]+)"\)/.exec(body)?.[1] ?? modelName);
}

describe("the kind registries", () => {
  it("refuse, at compile time, a registry that misses a kind or states one as another", () => {
    // @ts-expect-error FASTAPI is missing
    const missing: { [Kind in EndpointKind]: KindModelOf<Kind> } = { PROXMOX: proxmoxModel, NETBOX: netboxModel };
    // @ts-expect-error the NetBox model under PROXMOX
    const swapped: { [Kind in EndpointKind]: KindModelOf<Kind> } = { PROXMOX: netboxModel, NETBOX: netboxModel, FASTAPI: fastapiModel };
    expect([missing, swapped]).toHaveLength(2);
  });

  it("hold one model per kind, each under its own kind, with its own names", () => {
    expect(Object.entries(KIND_MODELS).map(([kind, model]) => [kind, model.kind])).toEqual([
      ["PROXMOX", "PROXMOX"],
      ["NETBOX", "NETBOX"],
      ["FASTAPI", "FASTAPI"],
    ]);
    for (const key of ["typename", "fieldName", "mutationSuffix", "relation", "table", "restSegment", "prismaModel"] as const) {
      expect(new Set(KIND_LIST.map((model) => model[key])).size, key).toBe(KIND_LIST.length);
    }
    expect(KIND_TYPENAME).toEqual({ PROXMOX: "ProxmoxEndpoint", NETBOX: "NetBoxEndpoint", FASTAPI: "FastAPIEndpoint" });
    expect(ENDPOINT_TYPENAMES).toEqual(["ProxmoxEndpoint", "NetBoxEndpoint", "FastAPIEndpoint"]);
  });

  it("name real detail tables, relations and columns of the Prisma schema", () => {
    const models = getDatamodel().datamodel.models;
    const endpoint = models.Endpoint!;
    for (const model of KIND_LIST) {
      const relation = endpoint.fields.find((field) => field.name === model.relation);
      expect(relation, model.relation).toBeDefined();
      const detail = models[relation!.type]!;
      expect(tableOf(relation!.type), model.kind).toBe(model.table);
      const columns = new Set(detail.fields.map((field) => field.name));
      for (const column of Object.keys(model.columns)) expect(columns.has(column), `${model.kind}.${column}`).toBe(true);
      for (const secret of model.secrets) {
        expect(columns.has(secret.field), `${model.kind}.${secret.field}`).toBe(true);
        if ("flag" in secret) expect(columns.has(secret.flag), `${model.kind}.${secret.flag}`).toBe(true);
        // Outputs read a secret's flag, never the secret.
        expect(Object.keys(model.columns)).not.toContain(secret.field);
      }
    }
  });

  it("derive omission, rotation and log redaction from the models' secrets", () => {
    expect(OMITTED_SECRETS).toEqual({
      proxmoxEndpoint: { password: true, tokenValue: true },
      netboxEndpoint: { tokenSecret: true },
      fastapiEndpoint: { token: true },
    });
    expect(SEALED_DETAIL_COLUMNS).toEqual([
      { table: "proxmox_endpoint", column: "password", field: "password" },
      { table: "proxmox_endpoint", column: "token_value", field: "tokenValue" },
      { table: "netbox_endpoint", column: "token_secret", field: "tokenSecret" },
      { table: "fastapi_endpoint", column: "token", field: "token" },
    ]);
    for (const field of SECRET_FIELDS) expect(REDACTED_PATHS).toEqual(expect.arrayContaining([field, `*.${field}`]));
  });
});
