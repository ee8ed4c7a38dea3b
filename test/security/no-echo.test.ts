// No response quotes a value the client sent: distinctive values are planted in every place an
// error message could pick one up (wrong types in variables and in the document, syntax errors,
// malformed JSON bodies, and the userErrors of every mutation), and every response body is searched
// for them. Errors still say where the problem is and what was expected.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../src/domain/global-id.js";
import { authorization, startService, type TestService } from "../support/service.js";

let service: TestService;
const bodies: string[] = [];
const planted: string[] = [];

/** A value no message would contain by chance, remembered for the final search. */
function plant(name: string): string {
  const value = `PLANTED${name}${planted.length}x`;
  planted.push(value);
  return value;
}

beforeAll(async () => {
  service = await startService({ outbound: { timeoutMs: 300, registrationTimeoutMs: 300, registrationStatusTimeoutMs: 300 } });
});
afterAll(async () => {
  await service?.close();
});

async function post(body: string): Promise<{ status: number; body: any }> {
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
  bodies.push(text);
  return { status: response.status, body: JSON.parse(text) };
}

const send = (query: string, variables?: Record<string, unknown>) => post(JSON.stringify({ query, variables }));
const mutate = (mutation: string, inputType: string, input: Record<string, unknown>) =>
  send(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { userErrors { field message code } } }`, { input });
const createProxmox =
  "mutation($input: CreateProxmoxEndpointInput!) { createProxmoxEndpoint(input: $input) { userErrors { field message } } }";

describe("request errors", () => {
  it("name the variable path and the expected type of a secret sent with the wrong type", async () => {
    const cases: [string, unknown, string][] = [
      ["tokenValue", { nested: plant("nested") }, 'at "input.tokenValue"; Expected type "String".'],
      ["password", [plant("list")], 'at "input.password"; Expected type "String".'],
      ["port", plant("port"), 'at "input.port"; Expected type "Int".'],
      ["mode", plant("MODE"), 'at "input.mode"; Expected type "ProxmoxMode".'],
      ["customFields", plant("cf"), 'at "input.customFields"; Expected type "JSONObject".'],
      ["tagIds", [{ id: plant("tag") }], 'at "input.tagIds[0]"; Expected type "ID!".'],
    ];
    for (const [field, value, expected] of cases) {
      const sent = await send(createProxmox, { input: { name: "echo", domain: "pve.example.com", [field]: value } });
      expect(sent.status).toBe(400);
      expect(sent.body.errors).toEqual([
        expect.objectContaining({ message: `Variable "$input" got invalid value ${expected}`, extensions: { code: "BAD_USER_INPUT" } }),
      ]);
    }
  });

  it("name the argument and field of a literal that does not fit its type", async () => {
    const cases: [string, string][] = [
      [`password: ${plant("bare")}`, 'Expected value of type "String" at argument "input", field "password".'],
      [`password: { a: "${plant("object")}" }`, 'Expected value of type "String" at argument "input", field "password".'],
      [`port: "${plant("int")}"`, 'Expected value of type "Int" at argument "input", field "port".'],
      [`mode: ${plant("ENUM")}`, 'Expected value of type "ProxmoxMode" at argument "input", field "mode".'],
      [`tagIds: ["1", { x: "${plant("item")}" }]`, 'Expected value of type "ID!" at argument "input", field "tagIds"[1].'],
      [`customFields: "${plant("json")}"`, 'Expected value of type "JSONObject" at argument "input", field "customFields".'],
    ];
    for (const [literal, message] of cases) {
      const sent = await send(
        `mutation { createProxmoxEndpoint(input: { name: "echo", domain: "pve.example.com", ${literal} }) { userErrors { field } } }`,
      );
      expect(sent.status).toBe(400);
      expect(sent.body.errors.map((error: { message: string }) => error.message)).toEqual([message]);
    }
    const token = await send(`mutation { createToken(input: { expires: "${plant("date")}" }) { userErrors { field } } }`);
    expect(token.body.errors[0].message).toBe('Expected value of type "DateTime" at argument "input", field "expires".');
    const defaulted = await send(`query($first: Int = "${plant("default")}") { tags(first: $first) { totalCount } }`);
    expect(defaulted.body.errors[0].message).toBe('Expected value of type "Int" at default value of "$first".');
  });

  it("do not quote an ID that is not a global ID", async () => {
    const sent = await send(`{ node(id: "${plant("node")}") { id } nodes(ids: ["${plant("nodes")}"]) { id } }`);
    // An ID that names nothing is null for that ID alone; the planted text is searched for below.
    expect(sent.body).toEqual({ data: { node: null, nodes: [null] } });
  });

  it("leave the token's text out of syntax errors", async () => {
    const sent = await send(`mutation { createProxmoxEndpoint(input: { name: "a" "${plant("syntax")}" }) { userErrors { field } } }`);
    expect(sent.body.errors[0]).toMatchObject({
      message: "Syntax Error: Expected Name, found String.",
      extensions: { code: "GRAPHQL_PARSE_FAILED" },
    });
    const name = await send(`{ viewer { id } } ${plant("trailing")}`);
    expect(name.body.errors[0].message).toBe("Syntax Error: Unexpected Name.");
  });

  it("do not quote a malformed JSON body", async () => {
    for (const body of [
      `{"query": "{ viewer { id } }", "variables": {"password": ${plant("unquoted")}}}`,
      `{"query": "{ viewer { id } }", "variables": {"password": "${plant("unterminated")}`,
    ]) {
      const sent = await post(body);
      expect(sent.status).toBe(400);
      expect(sent.body.errors).toEqual([{ message: "POST body sent invalid JSON.", extensions: { code: "BAD_REQUEST" } }]);
    }
  });
});

describe("userErrors", () => {
  it("name the field instead of quoting the value, for every mutation", async () => {
    const missingId = plant("id");
    const takenName = plant("name");
    const kinds = [
      ["ProxmoxEndpoint", "CreateProxmoxEndpointInput", "UpdateProxmoxEndpointInput"],
      ["NetBoxEndpoint", "CreateNetBoxEndpointInput", "UpdateNetBoxEndpointInput"],
      ["FastApiEndpoint", "CreateFastAPIEndpointInput", "UpdateFastAPIEndpointInput"],
    ] as const;
    const messages: string[] = [];
    const collect = async (mutation: string, inputType: string, input: Record<string, unknown>) => {
      const sent = await mutate(mutation, inputType, input);
      expect(sent.body.errors).toBeUndefined();
      const userErrors = sent.body.data[mutation].userErrors as { message: string }[];
      messages.push(...userErrors.map((error) => error.message));
      return userErrors;
    };
    for (const [suffix, createType, updateType] of kinds) {
      // A Proxmox endpoint needs a credential; its value is planted too.
      const credential = suffix === "ProxmoxEndpoint" ? { password: plant("password") } : {};
      expect(await collect(`create${suffix}`, createType, { name: takenName, domain: "localhost", port: 9, ...credential })).toEqual([]);
      const refused = await collect(`create${suffix}`, createType, {
        ...credential,
        name: takenName,
        domain: `${plant("domain")}_bad`,
        ipAddressId: plant("ip"),
        tagIds: [plant("tag")],
        ...(suffix === "NetBoxEndpoint" ? { tokenId: plant("token") } : {}),
        ...(suffix === "FastApiEndpoint" ? { websocketDomain: `${plant("ws")}/x?y=#` } : {}),
      });
      expect(refused.length).toBeGreaterThanOrEqual(4);
      expect(await collect(`update${suffix}`, updateType, { id: missingId })).toHaveLength(1);
      expect(await collect(`delete${suffix}`, "IdInput", { id: missingId })).toHaveLength(1);
    }
    for (const mutation of [
      "deleteTag",
      "deleteIpAddress",
      "deleteToken",
      "syncProxmoxEndpoint",
      "checkEndpointConnection",
      "rotateFastApiEndpointToken",
    ]) {
      expect(await collect(mutation, "IdInput", { id: missingId })).toHaveLength(1);
      expect(await collect(mutation, "IdInput", { id: encodeGlobalId("Tag", 999_999) })).toHaveLength(1);
    }
    const tagName = plant("tagname");
    expect(await collect("createTag", "CreateTagInput", { name: tagName, slug: tagName })).toEqual([]);
    expect(await collect("createTag", "CreateTagInput", { name: tagName, slug: tagName, color: plant("color") })).toHaveLength(3);
    expect(await collect("createTag", "CreateTagInput", { name: "other", slug: `${plant("slug")}!` })).toHaveLength(1);
    expect(await collect("createIpAddress", "CreateIPAddressInput", { address: plant("address") })).toHaveLength(1);
    expect(messages).toContain("Enter a domain name such as server.example.com in the domain field.");
    expect(messages).toContain("Enter a host name or an IP address such as ws.example.com in the websocketDomain field.");
    expect(messages).toContain("Enter a colour as six hex digits such as 9e9e9e in the color field.");
    expect(messages).toContain("Enter a slug of letters, digits, - and _ such as rack-a1 in the slug field.");
    expect(messages).toContain("Enter an IPv4 or IPv6 address such as 192.0.2.10/24 or 2001:db8::10 in the address field.");
    expect(messages).toContain("One ID in the tagIds field names no tag.");
    // Each reads as a sentence that names its field, and none starts with a field's bare name,
    // which a reader takes for the value.
    expect(messages.filter((message) => !/^[A-Z0-9][\s\S]*\.$/.test(message))).toEqual([]);
    expect(messages).toContain("A Proxmox endpoint with this name already exists.");
    expect(messages).toContain("No IP address has this ID.");
    expect(messages).toContain("No token has this ID.");
  });
});

it("no response body holds any planted value", () => {
  expect(planted.length).toBeGreaterThan(30);
  const all = bodies.join("\n");
  expect(planted.filter((value) => all.includes(value))).toEqual([]);
  expect(all).not.toContain("PLANTED");
});
