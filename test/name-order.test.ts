// Names in the order a person reads them (src/domain/name-order.ts, migration name_order): through
// the API on endpoints and tags, with keyset pages both ways; the SQL key against the TypeScript
// one; and the key the migration gives rows that were there before it.
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPglite, openPostgres, type SqlDriver } from "../src/db/driver.js";
import { migrate, MIGRATIONS_DIR, readMigrations } from "../src/db/migrate.js";
import { FOLD_FROM, FOLD_TO, LIGATURES, nameSortKey } from "../src/domain/name-order.js";
import { graphql } from "./generated/gql.js";
import type { EndpointOrder, NameOrderEndpointsQuery, NameOrderProxmoxNamesQuery, NameOrderTagsQuery } from "./generated/graphql.js";
import { inMemoryUpstreams } from "./support/in-memory-upstreams.js";
import { createTestDatabase } from "./support/postgres.js";
import { databaseKind, startService, type TestService } from "./support/service.js";
import { withProxmoxCredentials } from "./support/proxmox-credentials.js";

const CreateProxmox = graphql(`
  mutation NameOrderCreateProxmox($input: CreateProxmoxEndpointInput!) {
    createProxmoxEndpoint(input: $input) {
      proxmoxEndpoint {
        id
        databaseId
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const CreateFastApi = graphql(`
  mutation NameOrderCreateFastApi($input: CreateFastAPIEndpointInput!) {
    createFastApiEndpoint(input: $input) {
      fastApiEndpoint {
        id
        databaseId
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const RenameProxmox = graphql(`
  mutation NameOrderRenameProxmox($input: UpdateProxmoxEndpointInput!) {
    updateProxmoxEndpoint(input: $input) {
      userErrors {
        field
        message
      }
    }
  }
`);

const CreateTag = graphql(`
  mutation NameOrderCreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      tag {
        id
      }
      userErrors {
        field
        message
      }
    }
  }
`);

const Endpoints = graphql(`
  query NameOrderEndpoints($orderBy: [EndpointOrder!], $first: Int, $after: String, $last: Int, $before: String) {
    endpoints(orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      edges {
        cursor
        node {
          __typename
          name
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`);

const ProxmoxNames = graphql(`
  query NameOrderProxmoxNames($orderBy: [EndpointOrder!], $first: Int, $after: String) {
    proxmoxEndpoints(orderBy: $orderBy, first: $first, after: $after) {
      nodes {
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const Tags = graphql(`
  query NameOrderTags($first: Int, $after: String) {
    tags(first: $first, after: $after) {
      nodes {
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const EndpointTags = graphql(`
  query NameOrderEndpointTags($id: ID!) {
    proxmoxEndpoint(id: $id) {
      tags {
        name
      }
    }
  }
`);

// Created in this order, which is not the name order, so that ids do not stand in for it.
const PROXMOX_NAMES = [
  "pve10",
  "Zeta",
  "ärger",
  "beta2",
  "_under",
  "Beta",
  "alpha",
  "pve2",
  "Alpha",
  "Ärger",
  "pve1",
  "pve01",
  "pve02",
  "PVE3",
  "node100000000000000000000",
  "node9999999999999999999",
  "node12345678901234567890",
  "v1.10",
  "v1.9",
  "Øresund",
  "oslo",
  "Łódź",
  "lodz",
  "Straße",
  "strasse",
  "-dash",
  "ﬁle",
  "2fast",
  "10gig",
  "Ωmega",
];
// The same names in another kind: across kinds they tie on everything but the id.
const FASTAPI_NAMES = ["pve2", "alpha"];

/** NAME ASC: typename initial and name. */
const ASCENDING = [
  "P -dash",
  "P 2fast",
  "P 10gig",
  "P _under",
  "P Alpha",
  "P alpha",
  "F alpha",
  "P Ärger",
  "P ärger",
  "P Beta",
  "P beta2",
  "P ﬁle",
  "P lodz",
  "P Łódź",
  "P node9999999999999999999",
  "P node12345678901234567890",
  "P node100000000000000000000",
  "P Øresund",
  "P oslo",
  "P pve01",
  "P pve1",
  "P pve02",
  "P pve2",
  "F pve2",
  "P PVE3",
  "P pve10",
  "P Straße",
  "P strasse",
  "P v1.9",
  "P v1.10",
  "P Zeta",
  "P Ωmega",
];
/** NAME DESC: the names reversed; rows that tie on the name stay in id order. */
const DESCENDING = [
  "P Ωmega",
  "P Zeta",
  "P v1.10",
  "P v1.9",
  "P strasse",
  "P Straße",
  "P pve10",
  "P PVE3",
  "P pve2",
  "F pve2",
  "P pve02",
  "P pve1",
  "P pve01",
  "P oslo",
  "P Øresund",
  "P node100000000000000000000",
  "P node12345678901234567890",
  "P node9999999999999999999",
  "P Łódź",
  "P lodz",
  "P ﬁle",
  "P beta2",
  "P Beta",
  "P ärger",
  "P Ärger",
  "P alpha",
  "F alpha",
  "P Alpha",
  "P _under",
  "P 10gig",
  "P 2fast",
  "P -dash",
];
const NAME_ASC: EndpointOrder[] = [{ field: "NAME", direction: "ASC" }];
const NAME_DESC: EndpointOrder[] = [{ field: "NAME", direction: "DESC" }];

let service: TestService;
const proxmoxIds = new Map<string, string>();

type Edge = { node: { __typename: string; name: string } };
const labels = (edges: readonly Edge[]) => edges.map((edge) => `${edge.node.__typename[0]} ${edge.node.name}`);

beforeAll(async () => {
  service = await startService({ upstreams: inMemoryUpstreams() });
  for (const name of PROXMOX_NAMES) {
    const { createProxmoxEndpoint } = await service.ok(CreateProxmox, {
      input: withProxmoxCredentials({ name, domain: "pve.example.com" }),
    });
    expect(createProxmoxEndpoint.userErrors).toEqual([]);
    proxmoxIds.set(name, createProxmoxEndpoint.proxmoxEndpoint!.id);
  }
  for (const name of FASTAPI_NAMES) {
    const { createFastApiEndpoint } = await service.ok(CreateFastApi, { input: { name, domain: "backend.example.com" } });
    expect(createFastApiEndpoint.userErrors).toEqual([]);
  }
}, 60_000);

afterAll(async () => {
  await service?.close();
});

/** Every row, page by page forwards (first/after). */
async function walkForward(orderBy: EndpointOrder[] | null, first: number): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (;;) {
    const { endpoints }: NameOrderEndpointsQuery = await service.ok(Endpoints, { orderBy, first, after });
    seen.push(...labels(endpoints.edges));
    if (!endpoints.pageInfo.hasNextPage) return seen;
    after = endpoints.pageInfo.endCursor;
  }
}

/** Every row, page by page backwards (last/before), in list order. */
async function walkBackward(orderBy: EndpointOrder[] | null, last: number): Promise<string[]> {
  const pages: string[][] = [];
  let before: string | null = null;
  for (;;) {
    const { endpoints }: NameOrderEndpointsQuery = await service.ok(Endpoints, { orderBy, last, before });
    pages.unshift(labels(endpoints.edges));
    if (!endpoints.pageInfo.hasPreviousPage) return pages.flat();
    before = endpoints.pageInfo.startCursor;
  }
}

describe("ordering by name", () => {
  it("is case-insensitive, folds accents and orders numbers by value, by default and as NAME ASC", async () => {
    for (const orderBy of [null, NAME_ASC]) {
      const { endpoints } = await service.ok(Endpoints, { orderBy, first: 100 });
      expect(labels(endpoints.edges)).toEqual(ASCENDING);
    }
  });

  it("NAME DESC reverses it, and ties across kinds stay in id order", async () => {
    const { endpoints } = await service.ok(Endpoints, { orderBy: NAME_DESC, first: 100 });
    expect(labels(endpoints.edges)).toEqual(DESCENDING);
  });

  it("is the same in one kind's list", async () => {
    const { proxmoxEndpoints } = await service.ok(ProxmoxNames, { first: 100 });
    expect(proxmoxEndpoints.nodes.map((node) => `P ${node.name}`)).toEqual(ASCENDING.filter((label) => label.startsWith("P ")));
    const pages: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: NameOrderProxmoxNamesQuery = await service.ok(ProxmoxNames, { orderBy: NAME_DESC, first: 4, after });
      pages.push(...page.proxmoxEndpoints.nodes.map((node) => `P ${node.name}`));
      if (!page.proxmoxEndpoints.pageInfo.hasNextPage) break;
      after = page.proxmoxEndpoints.pageInfo.endCursor ?? null;
    }
    expect(pages).toEqual(DESCENDING.filter((label) => label.startsWith("P ")));
  });

  it.each([1, 2, 5])("walks forwards and backwards in pages of %i, through the ties, in both directions", async (size) => {
    expect(await walkForward(null, size)).toEqual(ASCENDING);
    expect(await walkBackward(null, size)).toEqual(ASCENDING);
    expect(await walkForward(NAME_DESC, size)).toEqual(DESCENDING);
    expect(await walkBackward(NAME_DESC, size)).toEqual(DESCENDING);
  });

  it("gives the rows between two cursors, across a tie", async () => {
    const { endpoints } = await service.ok(Endpoints, { first: 100 });
    const cursorOf = (label: string) => endpoints.edges[ASCENDING.indexOf(label)]!.cursor;
    const between = await service.ok(Endpoints, { first: 100, after: cursorOf("P Alpha"), before: cursorOf("P Ärger") });
    expect(labels(between.endpoints.edges)).toEqual(["P alpha", "F alpha"]);
    const fromTie = await service.ok(Endpoints, { first: 2, after: cursorOf("P pve2") });
    expect(labels(fromTie.endpoints.edges)).toEqual(["F pve2", "P PVE3"]);
  });

  it("refuses a cursor issued before names were ordered this way, saying why", async () => {
    const old = Buffer.from(JSON.stringify({ o: "name:asc,id:asc", v: ["pve2", 1] }), "utf8").toString("base64url");
    const answer = await service.gql(Endpoints, { first: 2, after: old });
    expect(answer.data).toBeNull();
    expect(answer.errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      [
        "BAD_USER_INPUT",
        "after: The cursor was issued for another orderBy, or before the list was ordered as it is now; ask again from the first page.",
      ],
    ]);
  });

  it("follows a rename", async () => {
    const rename = async (name: string) => {
      const { updateProxmoxEndpoint } = await service.ok(RenameProxmox, { input: { id: proxmoxIds.get("Zeta")!, name } });
      expect(updateProxmoxEndpoint.userErrors).toEqual([]);
    };
    await rename("aardvark 2");
    try {
      const { endpoints } = await service.ok(Endpoints, { first: 6 });
      expect(labels(endpoints.edges)).toEqual(["P -dash", "P 2fast", "P 10gig", "P _under", "P aardvark 2", "P Alpha"]);
    } finally {
      await rename("Zeta");
    }
  });

  it("keeps the longest names within the index, however far NFKD expands them", async () => {
    // U+FDFA is 18 characters in NFKD; the emoji take four bytes each.
    for (const name of ["\uFDFA".repeat(255), "\u{1F600}".repeat(127), `n${"9".repeat(254)}`]) {
      const { createProxmoxEndpoint } = await service.ok(CreateProxmox, {
        input: withProxmoxCredentials({ name, domain: "pve.example.com" }),
      });
      expect(createProxmoxEndpoint.userErrors).toEqual([]);
    }
    const { proxmoxEndpoints } = await service.ok(ProxmoxNames, { orderBy: NAME_DESC, first: 3 });
    expect(proxmoxEndpoints.nodes.map((node) => node.name)).toEqual(["\u{1F600}".repeat(127), "\uFDFA".repeat(255), "Ωmega"]);
  });
});

describe("ordering tags by name", () => {
  const names = ["Tag10", "tag2", "Älpha", "alpha", "Beta"];
  const expected = ["alpha", "Älpha", "Beta", "tag2", "Tag10"];
  let tagIds: string[] = [];

  beforeAll(async () => {
    tagIds = [];
    for (const [index, name] of names.entries()) {
      const { createTag } = await service.ok(CreateTag, { input: { name, slug: `order-${index}` } });
      expect(createTag.userErrors).toEqual([]);
      tagIds.push(createTag.tag!.id);
    }
  });

  it("lists tags in the order of endpoint names, page by page", async () => {
    const { tags } = await service.ok(Tags, { first: 100 });
    expect(tags.nodes.map((node) => node.name)).toEqual(expected);
    const walked: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: NameOrderTagsQuery = await service.ok(Tags, { first: 2, after });
      walked.push(...page.tags.nodes.map((node) => node.name));
      if (!page.tags.pageInfo.hasNextPage) break;
      after = page.tags.pageInfo.endCursor ?? null;
    }
    expect(walked).toEqual(expected);
  });

  it("gives an endpoint's tags in the same order", async () => {
    const id = proxmoxIds.get("pve10")!;
    const { updateProxmoxEndpoint } = await service.ok(RenameProxmox, { input: { id, tagIds } });
    expect(updateProxmoxEndpoint.userErrors).toEqual([]);
    const { proxmoxEndpoint } = await service.ok(EndpointTags, { id });
    expect(proxmoxEndpoint!.tags.map((tag) => tag.name)).toEqual(expected);
  });
});

// ------------------------------------------------------------------------------------ SQL and TypeScript

/** Characters names are drawn from: every one the key treats in its own way, and some of each script around them. */
const character = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCodePoint(code)) },
  { weight: 3, arbitrary: fc.constantFrom(..."0123456789") },
  { weight: 2, arbitrary: fc.constantFrom(...FOLD_FROM, ...FOLD_TO, ...LIGATURES.keys()) },
  {
    weight: 3,
    arbitrary: fc
      .constantFrom(
        [0x01, 0x1f], // control characters
        [0xa0, 0x24f], // Latin-1 and Latin Extended
        [0x300, 0x36f], // combining marks
        [0x370, 0x3ff], // Greek
        [0x400, 0x4ff], // Cyrillic
        [0x1ab0, 0x1abe],
        [0x1dc0, 0x1dff],
        [0x1e00, 0x1eff], // Latin Extended Additional
        [0x20d0, 0x20f0],
        [0x2150, 0x218b], // number forms (Ⅻ, ½)
        [0x2460, 0x24ff], // enclosed alphanumerics (①, ⒇)
        [0x3300, 0x33ff], // CJK compatibility (㍻)
        [0xac00, 0xd7a3], // Hangul syllables, which NFKD splits
        [0xfb00, 0xfb06], // Latin ligatures
        [0xfdfa, 0xfdfa],
        [0xfe20, 0xfe2f],
        [0xff01, 0xff5e], // full-width forms
        [0x1f600, 0x1f64f], // emoji
      )
      .chain(([min, max]) => fc.integer({ min, max }))
      .map((code) => String.fromCodePoint(code)),
  },
);
const name = fc.string({ unit: character, minLength: 1, maxLength: 40 });

describe("name_sort_key in SQL", () => {
  const sqlKeys = async (names: readonly string[]) =>
    (
      await service.db.driver.query<{ key: string }>(
        `SELECT name_sort_key(value) AS key FROM json_array_elements_text($1::json) WITH ORDINALITY AS names(value, at) ORDER BY at`,
        [JSON.stringify(names)],
      )
    ).map((row) => row.key);

  it("is nameSortKey, for names of every kind of character", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(name, { minLength: 1, maxLength: 50 }), async (names) => {
        expect(await sqlKeys(names)).toEqual(names.map(nameSortKey));
      }),
      { numRuns: 60 },
    );
  });

  it("is nameSortKey for the names of the tests above and for the longest ones", async () => {
    const names = [...PROXMOX_NAMES, "\uFDFA".repeat(255), "\u{1F600}".repeat(127), `a${"1".repeat(254)}`, "0", "000", "tab\tand\nnewline"];
    expect(await sqlKeys(names)).toEqual(names.map(nameSortKey));
  });

  it("is what the column holds, which the database orders byte by byte", async () => {
    const rows = await service.db.driver.query<{ name: string; name_sort: string }>(
      `SELECT name, name_sort FROM endpoint ORDER BY name_sort, id`,
    );
    expect(rows.length).toBeGreaterThan(PROXMOX_NAMES.length);
    for (const row of rows) expect(row.name_sort).toBe(nameSortKey(row.name));
    const byBytes = (a: string, b: string) => Buffer.compare(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
    const keys = rows.map((row) => row.name_sort);
    expect(keys).toEqual([...keys].sort(byBytes));
  });
});

// ------------------------------------------------------------------------------------ the migration

describe("the migration name_order", () => {
  let driver: SqlDriver;
  const disposers: (() => Promise<void>)[] = [];

  beforeAll(async () => {
    if (databaseKind === "postgres") {
      const created = await createTestDatabase();
      // The migration lock holds one connection while a migration's transaction runs on another.
      const pool = new pg.Pool({ connectionString: created.url, max: 2 });
      driver = openPostgres(pool);
      disposers.push(async () => {
        await pool.end();
        await created.drop();
      });
    } else {
      driver = (await openPglite(null)).driver;
      disposers.push(() => driver.close());
    }
  }, 60_000);

  afterAll(async () => {
    for (const dispose of disposers.reverse()) await dispose();
  });

  it("gives the rows there were before it their key", async () => {
    const dir = await mkdtemp(join(tmpdir(), "proxbox-migrations-"));
    try {
      // The migrations before name_order only.
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
      const migrations = await readMigrations(dir);
      const at = migrations.findIndex((migration) => migration.name.endsWith("_name_order"));
      expect(at).toBeGreaterThan(0);
      for (const later of migrations.slice(at)) await rm(join(dir, later.name), { recursive: true });
      await migrate(driver, dir);
      for (const name of ["pve10", "PVE2", "Ärger", "ﬁle①", "\uFDFA".repeat(255)]) {
        await driver.query(`INSERT INTO endpoint (kind, name, domain, port, verify_ssl) VALUES ('PROXMOX', $1, 'pve', 8006, false)`, [
          name,
        ]);
      }
      await driver.query(`INSERT INTO tag (name, slug) VALUES ('Tag10', 'tag10'), ('tag9', 'tag9')`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }

    expect((await migrate(driver))[0]).toMatch(/^\d+_name_order$/);
    const endpoints = await driver.query<{ name: string; name_sort: string }>(
      `SELECT name, name_sort FROM endpoint ORDER BY name_sort, id`,
    );
    expect(endpoints.map((row) => row.name)).toEqual(["Ärger", "ﬁle①", "PVE2", "pve10", "\uFDFA".repeat(255)]);
    for (const row of endpoints) expect(row.name_sort).toBe(nameSortKey(row.name));
    const tags = await driver.query<{ name: string; name_sort: string }>(`SELECT name, name_sort FROM tag ORDER BY name_sort, id`);
    expect(tags.map((row) => row.name)).toEqual(["tag9", "Tag10"]);
    for (const row of tags) expect(row.name_sort).toBe(nameSortKey(row.name));
  });

  it("keeps the key in step with every write, and lets none write it", async () => {
    await driver.query(`UPDATE endpoint SET name = 'pve1' WHERE name = 'pve10'`);
    const [renamed] = await driver.query<{ name_sort: string }>(`SELECT name_sort FROM endpoint WHERE name = 'pve1'`);
    expect(renamed!.name_sort).toBe(nameSortKey("pve1"));
    await expect(driver.query(`UPDATE endpoint SET name_sort = 'a' WHERE name = 'pve1'`)).rejects.toThrow();
  });
});
