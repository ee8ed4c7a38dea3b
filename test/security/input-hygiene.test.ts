// Whatever a client sends to a mutation, the answer is a userError naming the field or a request
// error, never an internal error; and a payload with userErrors wrote nothing. Hostile inputs are
// generated (NUL, lone surrogates, huge and odd text, wrong types and numbers, big lists, deep
// customFields) for every mutation, and the examples the issue reported are pinned down one by one.
import fc from "fast-check";
import { getNullableType, isInputObjectType, type GraphQLInputObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { schema } from "../../src/schema/index.js";
import { authorization, startService, type TestService } from "../support/service.js";

let service: TestService;

beforeAll(async () => {
  // Outbound calls (a FastAPI create registers its token) go to loopback and give up quickly.
  service = await startService({ outbound: { timeoutMs: 300, registrationTimeoutMs: 300, registrationStatusTimeoutMs: 300 } });
});
afterAll(async () => {
  await service?.close();
});

interface Sent {
  status: number;
  text: string;
  body: any;
}

async function send(body: string): Promise<Sent> {
  const response = await service.yoga.fetch("http://service.test/graphql", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json",
      authorization: authorization(service.writeToken),
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

const mutate = (name: string, inputType: string, input: unknown) =>
  send(
    JSON.stringify({
      query: `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { field message code } } }`,
      variables: { input },
    }),
  );

/** Every stored row except token.last_used, which authenticating a request updates. */
async function snapshot(): Promise<string> {
  const [row] = await service.db.driver.query<{ digest: string }>(`
    SELECT concat_ws('|',
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM endpoint t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.endpoint_id), '')) FROM proxmox_endpoint t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.endpoint_id), '')) FROM netbox_endpoint t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.endpoint_id), '')) FROM fastapi_endpoint t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t."A", t."B"), '')) FROM "_EndpointTags" t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM tag t),
      (SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t.id), '')) FROM ip_address t),
      (SELECT md5(coalesce(string_agg(concat_ws(',', id, version, key, description, write_enabled, expires), ';' ORDER BY id), '')) FROM token)
    ) AS digest`);
  return row!.digest;
}

/** Whether a userError's path names an input field of the type, and, deeper, a key the input has. */
function pathExists(inputType: string, input: Record<string, unknown>, path: readonly string[] | null): boolean {
  if (!path?.length) return false;
  const type = schema.getType(inputType) as GraphQLInputObjectType;
  if (!(path[0]! in type.getFields())) return false;
  let value: unknown = input;
  for (const key of path.slice(path.length > 1 ? 0 : 1)) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return true;
}

function expectNoInternalError(sent: Sent): void {
  expect(sent.status).toBeLessThan(500);
  expect(sent.text).not.toContain("Unexpected error.");
  expect(sent.text).not.toContain("INTERNAL_SERVER_ERROR");
}

// ---------------------------------------------------------------- arbitraries

const ODD_TEXT = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfff",
  "\ud83d",
  "😀",
  "e\u0301",
  "\u202e",
  "\ufeff",
  "  ",
  "",
  "localhost",
  "127.0.0.1",
  "::1",
];
const hostileText = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXT) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 6 }), fc.constantFrom("\u0000", "\ud800", "\udc00"), fc.string({ maxLength: 6 }))
      .map((parts) => parts.join("")),
  },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 20_000 }).map((length) => "y".repeat(length)) },
);
const wrongType = fc.constantFrom<unknown>(null, 5, 1.5, true, { nested: "x" }, ["x"]);
const text = fc.oneof({ weight: 12, arbitrary: hostileText }, { weight: 1, arbitrary: wrongType });
const number = fc.oneof(
  fc.integer({ min: -70_000, max: 70_000 }),
  fc.constantFrom<unknown>(0, 65535, 65536, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 1.5, 1e300, "8006", null),
);
const bool = fc.constantFrom<unknown>(true, false, null, "true", 1);

const nested = (depth: number): unknown => (depth === 0 ? "leaf" : { a: nested(depth - 1) });
const customFields = fc.oneof(
  fc.dictionary(
    fc.oneof(fc.constantFrom("rack", "site_id", "a__b", "Upper"), hostileText),
    fc.jsonValue({ maxDepth: 3, stringUnit: "binary" }),
    {
      maxKeys: 6,
    },
  ),
  fc.integer({ min: 1, max: 600 }).map((depth) => ({ deep: nested(depth) })),
  fc.integer({ min: 1, max: 120 }).map((keys) => Object.fromEntries(Array.from({ length: keys }, (_, index) => [`k${index}`, index]))),
  fc.integer({ min: 10_000, max: 300_000 }).map((length) => ({ big: "z".repeat(length) })),
  fc.constantFrom<unknown>(null, "text", [1], 5),
);

/** IDs of objects created in beforeAll, filled in by the property test itself. */
const fixtures: Record<string, string> = {};
const anId = fc.oneof(
  fc.constantFrom(...["proxmox", "netbox", "fastapi", "tag", "ip", "token"]).map((kind) => fixtures[kind] ?? "missing"),
  // No all-digit text: a bare number could name the tokens this test authenticates with.
  hostileText.filter((value) => !/^\d+$/.test(value)),
  fc.constantFrom(encodeGlobalId("Tag", 99999), encodeGlobalId("ProxmoxEndpoint", "x"), encodeGlobalId("Token", 2147483648), "0", "-1"),
);
const tagIds = fc.oneof(
  { weight: 8, arbitrary: fc.array(anId, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.integer({ min: 101, max: 40_000 }).map((length) => Array.from({ length }, () => fixtures.tag ?? "1")) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(null, "not-a-list") },
);

const endpointFields = {
  name: text,
  domain: fc.oneof(text, fc.constantFrom("localhost", "127.0.0.1")),
  ipAddressId: anId,
  port: number,
  verifySsl: bool,
  tagIds,
  customFields,
  enabled: bool,
};
/** Seconds, as a Float: fractions, out of range, not finite, not a number. */
const seconds = fc.oneof(number, fc.constantFrom<unknown>(0.25, -0.5, 60.000001, Number.MAX_VALUE, "1.5"));
const kindFields = {
  CreateProxmoxEndpointInput: {
    mode: fc.constantFrom<unknown>("CLUSTER", "BOGUS", null),
    version: text,
    repoid: text,
    username: text,
    password: text,
    tokenName: text,
    tokenValue: text,
    allowWrites: bool,
    environment: fc.constantFrom<unknown>("PRODUCTION", "LAB", "production", "BOGUS", null, 3),
    timeout: number,
    maxRetries: number,
    retryBackoff: seconds,
  },
  CreateNetBoxEndpointInput: { tokenVersion: fc.constantFrom<unknown>("V1", "V2", "V3"), tokenId: anId, tokenKey: text, tokenSecret: text },
  CreateFastAPIEndpointInput: {
    useHttps: bool,
    useWebsocket: bool,
    websocketDomain: text,
    websocketPort: number,
    serverSideWebsocket: bool,
  },
};
const KINDS = [
  ["ProxmoxEndpoint", "CreateProxmoxEndpointInput"],
  ["NetBoxEndpoint", "CreateNetBoxEndpointInput"],
  ["FastApiEndpoint", "CreateFastAPIEndpointInput"],
] as const;

const optional = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T) => fc.record(fields, { requiredKeys: [] });
const idInput = fc.record({ id: anId });

interface Case {
  mutation: string;
  inputType: string;
  input: Record<string, unknown>;
}
const cases: fc.Arbitrary<Case>[] = [];
for (const [suffix, createType] of KINDS) {
  const fields = { ...endpointFields, ...kindFields[createType] };
  const updateType = createType.replace("Create", "Update");
  cases.push(
    fc
      .tuple(text, optional(fields))
      .map(([name, rest]) => ({ mutation: `create${suffix}`, inputType: createType, input: { ...rest, name } })),
    fc.tuple(anId, optional(fields)).map(([id, rest]) => ({ mutation: `update${suffix}`, inputType: updateType, input: { ...rest, id } })),
    idInput.map((input) => ({ mutation: `delete${suffix}`, inputType: "IdInput", input })),
  );
}
cases.push(
  fc
    .tuple(text, optional({ slug: text, color: fc.oneof(text, fc.constantFrom("#9E9E9E", "abcdef")), description: text }))
    .map(([name, rest]) => ({ mutation: "createTag", inputType: "CreateTagInput", input: { ...rest, name } })),
  fc
    .tuple(
      fc.oneof(text, fc.constantFrom("2001:db8::1", "2001:0db8:0:0::1/64", "::ffff:192.0.2.1", "192.0.2.1/24")),
      optional({ dnsName: text, description: text }),
    )
    .map(([address, rest]) => ({ mutation: "createIpAddress", inputType: "CreateIPAddressInput", input: { ...rest, address } })),
  optional({
    version: fc.constantFrom<unknown>("V1", "V2", "V9"),
    description: text,
    writeEnabled: bool,
    expires: fc.constantFrom<unknown>("2999-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "+275760-09-13T00:00:00Z", "not a date", "\u0000", 5),
  }).map((input) => ({ mutation: "createToken", inputType: "CreateTokenInput", input })),
  ...["deleteTag", "deleteIpAddress", "deleteToken", "syncProxmoxEndpoint", "checkEndpointConnection", "rotateFastApiEndpointToken"].map(
    (mutation) =>
      // Sync and check would reach out to real endpoints: only IDs that name none.
      idInput
        .filter(
          ({ id }) =>
            !["syncProxmoxEndpoint", "checkEndpointConnection", "rotateFastApiEndpointToken"].includes(mutation) ||
            !Object.values(fixtures).includes(id),
        )
        .map((input) => ({ mutation, inputType: "IdInput", input })),
  ),
);

// ---------------------------------------------------------------- the property

describe("any input to any mutation", () => {
  beforeAll(async () => {
    const created = async (mutation: string, inputType: string, input: object, field: string) => {
      const sent = await send(
        JSON.stringify({
          query: `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${field} { id } userErrors { message } } }`,
          variables: { input },
        }),
      );
      expect(sent.body.data[mutation].userErrors).toEqual([]);
      return sent.body.data[mutation][field].id as string;
    };
    fixtures.tag = await created("createTag", "CreateTagInput", { name: "fixture" }, "tag");
    fixtures.ip = await created("createIpAddress", "CreateIPAddressInput", { address: "192.0.2.200" }, "ipAddress");
    fixtures.token = await created("createToken", "CreateTokenInput", { description: "fixture" }, "token");
    fixtures.proxmox = await created(
      "createProxmoxEndpoint",
      "CreateProxmoxEndpointInput",
      { name: "fixture", domain: "localhost", password: "fixture-password" },
      "proxmoxEndpoint",
    );
    fixtures.netbox = await created(
      "createNetBoxEndpoint",
      "CreateNetBoxEndpointInput",
      { name: "fixture", domain: "localhost" },
      "netBoxEndpoint",
    );
    fixtures.fastapi = await created(
      "createFastApiEndpoint",
      "CreateFastAPIEndpointInput",
      { name: "fixture", domain: "localhost", port: 9 },
      "fastApiEndpoint",
    );
  });

  it("gets userErrors naming input fields or a request error, never an internal error; userErrors mean nothing was written", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(...cases), async ({ mutation, inputType, input }) => {
        const before = await snapshot();
        const sent = await mutate(mutation, inputType, input);
        expectNoInternalError(sent);
        const userErrors: { field: string[] | null }[] = sent.body.data?.[mutation]?.userErrors ?? [];
        for (const error of userErrors) expect(pathExists(inputType, input, error.field), JSON.stringify(error.field)).toBe(true);
        if (userErrors.length || sent.body.errors) expect(await snapshot()).toBe(before);
      }),
      { numRuns: 150 },
    );
  });
});

// ---------------------------------------------------------------- the reported cases

const CREATE_PROXMOX = "createProxmoxEndpoint";
const proxmox = (input: Record<string, unknown>) =>
  mutate(CREATE_PROXMOX, "CreateProxmoxEndpointInput", { domain: "pve.example.com", password: "hygiene-password", ...input });

async function refused(sent: Promise<Sent>, mutation = CREATE_PROXMOX): Promise<{ field: string[]; code: string; message: string }[]> {
  const result = await sent;
  expectNoInternalError(result);
  expect(result.body.errors).toBeUndefined();
  return result.body.data[mutation].userErrors;
}

describe("text the database cannot store", () => {
  const fields = ["name", "domain", "username", "tokenName", "version", "repoid", "password", "tokenValue"];
  for (const bad of ["nul\u0000inside", "lone\ud800surrogate"]) {
    it.each(fields)(`is a userError on %s (${JSON.stringify(bad)}), and nothing is written`, async (field) => {
      const before = await snapshot();
      const errors = await refused(proxmox({ name: `text-${field}`, [field]: bad }));
      expect(errors).toEqual([expect.objectContaining({ field: [field], code: "INVALID" })]);
      expect(await snapshot()).toBe(before);
    });
  }

  it("is a userError on NetBox and FastAPI fields, tags, IP addresses and tokens", async () => {
    const nul = "x\u0000y";
    const netbox = await refused(
      mutate("createNetBoxEndpoint", "CreateNetBoxEndpointInput", {
        name: "nb",
        domain: "nb.example.com",
        tokenVersion: "V2",
        tokenKey: nul,
        tokenSecret: "\udc00",
      }),
      "createNetBoxEndpoint",
    );
    expect(netbox.map((error) => error.field)).toEqual([["tokenKey"], ["tokenSecret"]]);
    const fastapi = await refused(
      mutate("createFastApiEndpoint", "CreateFastAPIEndpointInput", { name: "fa", domain: "fa.example.com", websocketDomain: nul }),
      "createFastApiEndpoint",
    );
    expect(fastapi.map((error) => error.field)).toEqual([["websocketDomain"]]);
    const tag = await refused(
      mutate("createTag", "CreateTagInput", { name: nul, description: "\ud800", color: nul, slug: "s\u0000" }),
      "createTag",
    );
    expect(tag.map((error) => error.field)).toEqual([["name"], ["slug"], ["color"], ["description"]]);
    const ip = await refused(
      mutate("createIpAddress", "CreateIPAddressInput", { address: "192.0.2.1\u0000", dnsName: nul, description: "\ud800" }),
      "createIpAddress",
    );
    expect(ip.map((error) => error.field)).toEqual([["address"], ["dnsName"], ["description"]]);
    const token = await refused(mutate("createToken", "CreateTokenInput", { description: nul }), "createToken");
    expect(token.map((error) => error.field)).toEqual([["description"]]);
  });

  it("is a userError with the path of the key or value in customFields", async () => {
    const errors = await refused(
      proxmox({ name: "cf-text", customFields: { a: { b: "x\u0000" }, c: ["ok", "\ud800"], d: { ["k\u0000"]: 1 } } }),
    );
    expect(errors.map((error) => error.field)).toEqual([
      ["customFields", "a", "b"],
      ["customFields", "c", "1"],
      ["customFields", "d", "k\u0000"],
    ]);
  });
});

describe("customFields bounds", () => {
  it.each([
    ["a value of 1 MB", { big: "v".repeat(1_000_000) }, ["customFields"], "TOO_LONG"],
    ["more than 16 KiB", { big: "v".repeat(17_000) }, ["customFields"], "TOO_LONG"],
    ["51 keys", Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`k${index}`, 1])), ["customFields"], "TOO_LONG"],
    ["a key that is no custom field name", { "has space": 1 }, ["customFields", "has space"], "INVALID"],
    ["a double underscore", { a__b: 1 }, ["customFields", "a__b"], "INVALID"],
    ["a key over 50 characters", { ["k".repeat(51)]: 1 }, ["customFields", "k".repeat(51)], "INVALID"],
    ["500 levels of nesting", { deep: nested(500) }, ["customFields", "deep", "a", "a", "a", "a"], "INVALID"],
  ])("refuses %s", async (_label, customFields, field, code) => {
    expect(await refused(proxmox({ name: "cf-bound", customFields }))).toEqual([expect.objectContaining({ field, code })]);
  });

  it("accepts NetBox-style custom fields within the bounds", async () => {
    const errors = await refused(
      proxmox({ name: "cf-ok", customFields: { rack_id: 12, Site_2: { a: [1, { b: "c" }] }, note: "n".repeat(15_000) } }),
    );
    expect(errors).toEqual([]);
  });

  it("makes selecting customFields cost what it can weigh: 8 aliased pages of 1000 are refused", async () => {
    const pages = (selection: string) =>
      `{ ${Array.from({ length: 8 }, (_, index) => `p${index}: proxmoxEndpoints(first: 1000) { nodes { ${selection} } }`).join(" ")} }`;
    const light = await send(JSON.stringify({ query: pages("id") }));
    expect(light.body.errors).toBeUndefined();
    const heavy = await send(JSON.stringify({ query: pages("customFields") }));
    expect(heavy.status).toBe(400);
    expect(heavy.body.errors[0].extensions.code).toBe("OPERATION_LIMIT_EXCEEDED");
  });
});

describe("lists and hosts", () => {
  it("refuses 40,000 tagIds with a userError", async () => {
    const errors = await refused(proxmox({ name: "many-tags", tagIds: Array.from({ length: 40_000 }, (_, index) => String(index + 1)) }));
    expect(errors).toEqual([expect.objectContaining({ field: ["tagIds"], code: "TOO_LONG" })]);
  });

  it("takes only a host name or an IP address as websocketDomain; empty means the domain", async () => {
    const create = (websocketDomain: string) =>
      refused(
        mutate("createFastApiEndpoint", "CreateFastAPIEndpointInput", {
          name: `ws-${websocketDomain}`,
          domain: "localhost",
          port: 9,
          websocketDomain,
        }),
        "createFastApiEndpoint",
      );
    for (const bad of ["user:pw@evil/x?y=#", "evil.example.com/path", "a b", "[::1]", "fe80::1%eth0"]) {
      expect(await create(bad)).toEqual([expect.objectContaining({ field: ["websocketDomain"], code: "INVALID" })]);
    }
    for (const good of ["", "ws.example.com", "localhost", "10.0.0.1", "2001:db8::5"]) expect(await create(good)).toEqual([]);
  });
});

describe("operationName", () => {
  it("is refused with BAD_USER_INPUT when it is not a GraphQL name of at most 100 characters", async () => {
    for (const operationName of ["Q".repeat(900_000), "Q".repeat(101), "not a name", "Q\u0000"]) {
      const sent = await send(JSON.stringify({ query: "query Q { viewer { id } }", operationName }));
      expect(sent.status).toBe(400);
      expect(sent.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
      expect(sent.text.length).toBeLessThan(1000);
    }
    const fine = await send(JSON.stringify({ query: `query ${"Q".repeat(100)} { viewer { id } }`, operationName: "Q".repeat(100) }));
    expect(fine.body.errors).toBeUndefined();
  });
});

describe("IPv6 addresses", () => {
  it("are stored in one spelling, so a second spelling of the same address is TAKEN", async () => {
    const create = (address: string) => mutate("createIpAddress", "CreateIPAddressInput", { address });
    const first = await send(
      JSON.stringify({
        query: `mutation { createIpAddress(input: { address: "2001:0DB8:ABCD:0::7/64" }) { ipAddress { address } userErrors { code } } }`,
      }),
    );
    expect(first.body.data.createIpAddress).toEqual({ ipAddress: { address: "2001:db8:abcd::7/64" }, userErrors: [] });
    for (const spelling of ["2001:db8:abcd::7/64", "2001:db8:abcd:0:0:0:0:7/64", "2001:DB8:ABCD::0:7/64"]) {
      expect((await create(spelling)).body.data.createIpAddress.userErrors).toEqual([
        expect.objectContaining({ field: ["address"], code: "TAKEN" }),
      ]);
    }
    const mapped = await send(
      JSON.stringify({ query: `mutation { createIpAddress(input: { address: "::ffff:c633:6401" }) { ipAddress { address } } }` }),
    );
    expect(mapped.body.data.createIpAddress.ipAddress).toEqual({ address: "::ffff:198.51.100.1/128" });
    expect((await create("::FFFF:198.51.100.1")).body.data.createIpAddress.userErrors).toEqual([
      expect.objectContaining({ code: "TAKEN" }),
    ]);
    expect(
      await service.db.prisma.ipAddress.count({ where: { address: { in: ["2001:db8:abcd::7/64", "::ffff:198.51.100.1/128"] } } }),
    ).toBe(2);
  });
});

// The input types the property test fills in are the schema's, so a new input field is tested too.
it("covers every field of the endpoint create inputs", () => {
  for (const [, createType] of KINDS) {
    const type = getNullableType(schema.getType(createType)!);
    expect(isInputObjectType(type)).toBe(true);
    expect(Object.keys((type as GraphQLInputObjectType).getFields()).sort()).toEqual(
      Object.keys({ ...endpointFields, ...kindFields[createType] }).sort(),
    );
  }
});
