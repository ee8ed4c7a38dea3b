// Fills a migrated, empty database with `size` endpoints in a few set-based statements (no API):
// kinds in turn, 80% with a domain, 40% with an IP address, 0–3 of 20 tags, Proxmox modes in turn,
// NetBox endpoints linked to v1 tokens. Secrets are sealed with the service's own secret box and
// key, bound to their row as the service binds them, so the service can read what is seeded.
import { randomBytes } from "node:crypto";
import { newV1Token } from "../../src/auth/token-format.js";
import { SecretBox, secretSlot } from "../../src/secrets/secret-box.js";
import { CREATED_PREFIX, NETBOX_TOKEN_COUNT, PROXMOX_MODES, TAG_COUNT, WORDS } from "./dataset.js";
import type { SqlClient } from "./sql-client.js";

/** Rows per statement when values come from this process. */
const CHUNK = 10_000;

// Endpoint i: kind KINDS[i % 3]; no domain when i % 5 = 0; an IP address when i % 5 < 2 (so one of
// the two always holds, as a CHECK constraint requires); tags j < i % 4.
const ENDPOINTS = `
INSERT INTO endpoint (id, kind, name, domain, ip_address_id, port, verify_ssl)
SELECT i,
       (ARRAY['PROXMOX','NETBOX','FASTAPI'])[i % 3 + 1]::"EndpointKind",
       (ARRAY['pve','netbox','fastapi'])[i % 3 + 1] || '-' || w.word || '-' || lpad(i::text, 6, '0'),
       CASE WHEN i % 5 = 0 THEN NULL ELSE 'h' || i || '.' || w.word || '.example.net' END,
       CASE WHEN i % 5 < 2 THEN i END,
       1024 + i % 60000,
       i % 2 = 0
FROM generate_series(1, $1::int) AS i
CROSS JOIN LATERAL (SELECT ($2::text[])[(i * 37) % 100 + 1] AS word) AS w`;

const IP_ADDRESSES = `
INSERT INTO ip_address (id, address, family)
SELECT i, format('10.%s.%s.%s/24', (i >> 16) & 255, (i >> 8) & 255, i & 255), 4
FROM generate_series(1, $1::int) AS i WHERE i % 5 < 2`;

const PROXMOX = `
INSERT INTO proxmox_endpoint (endpoint_id, mode)
SELECT i, ($2::text[])[(i / 3) % 3 + 1]::"ProxmoxMode"
FROM generate_series(1, $1::int) AS i WHERE i % 3 = 0`;

const NETBOX = `
INSERT INTO netbox_endpoint (endpoint_id, token_version, token_id)
SELECT i, 'V1', ($2::int[])[(i / 3) % array_length($2::int[], 1) + 1]
FROM generate_series(1, $1::int) AS i WHERE i % 3 = 1`;

const TAGS = `
INSERT INTO "_EndpointTags" ("A", "B")
SELECT i, ($2::int[])[(i * 7 + j * 5) % 20 + 1]
FROM generate_series(1, $1::int) AS i CROSS JOIN generate_series(0, 2) AS j
WHERE j < i % 4`;

export interface SeedSummary {
  endpoints: number;
  ipAddresses: number;
  tags: number;
  tokens: number;
  seconds: number;
}

export async function seed(sql: SqlClient, size: number, key: Buffer): Promise<SeedSummary> {
  const started = performance.now();
  const box = new SecretBox(key);
  const [{ count } = { count: 0 }] = await sql.query<{ count: number }>("SELECT count(*)::int AS count FROM endpoint");
  if (count !== 0) throw new Error(`seeding expects an empty endpoint table, found ${count} rows`);

  await sql.exec("BEGIN");
  try {
    const tagIds = (
      await sql.query<{ id: number }>(
        `INSERT INTO tag (name, slug, color)
         SELECT 'Bench tag ' || lpad(t::text, 2, '0'), 'bench-tag-' || lpad(t::text, 2, '0'), lpad(to_hex(t * 700000), 6, '0')
         FROM generate_series(1, ${TAG_COUNT}) AS t RETURNING id`,
      )
    ).map((row) => row.id);
    const tokenIds = await insertTokens(sql, box);
    await sql.query(IP_ADDRESSES, [size]);
    await sql.query(ENDPOINTS, [size, WORDS]);
    await sql.query(PROXMOX, [size, PROXMOX_MODES]);
    // A few credential tokens shared by many NetBox endpoints: the join the pages load, at a fraction
    // of the seeding cost. The service never allows such sharing, so its guard is off for this insert.
    await sql.query(`ALTER TABLE netbox_endpoint DISABLE TRIGGER netbox_credential_link_guard`);
    await sql.query(NETBOX, [size, tokenIds]);
    await sql.query(`ALTER TABLE netbox_endpoint ENABLE TRIGGER netbox_credential_link_guard`);
    await insertFastapi(sql, box, size);
    await sql.query(TAGS, [size, tagIds]);
    // Explicit ids above: the sequences must continue after them.
    await sql.exec(`SELECT setval('endpoint_id_seq', (SELECT max(id) FROM endpoint));
                    SELECT setval('ip_address_id_seq', greatest(1, (SELECT max(id) FROM ip_address)));`);
    await sql.exec("COMMIT");
  } catch (error) {
    await sql.exec("ROLLBACK").catch(() => undefined);
    throw error;
  }
  await sql.exec("VACUUM ANALYZE");
  const [ipAddresses] = await sql.query<{ n: number }>("SELECT count(*)::int AS n FROM ip_address");
  return {
    endpoints: size,
    ipAddresses: ipAddresses?.n ?? 0,
    tags: TAG_COUNT,
    tokens: NETBOX_TOKEN_COUNT,
    seconds: (performance.now() - started) / 1000,
  };
}

/** v1 tokens for NetBox endpoints to link; a v1 plaintext is sealed for its row, as the service does. */
async function insertTokens(sql: SqlClient, box: SecretBox): Promise<number[]> {
  const ids = (
    await sql.query<{ id: number }>(`SELECT nextval('token_id_seq')::int AS id FROM generate_series(1, ${NETBOX_TOKEN_COUNT})`)
  ).map((row) => row.id);
  const tokens = ids.map(() => newV1Token());
  await sql.query(
    `INSERT INTO token (id, version, purpose, digest, plaintext, hint, description, write_enabled)
     SELECT id, 'V1', 'NETBOX_CREDENTIAL', digest, plaintext, hint, 'bench NetBox token', false
     FROM unnest($1::int[], $2::text[], $3::text[], $4::text[]) AS t(id, digest, plaintext, hint)`,
    [
      ids,
      tokens.map((token) => token.digest),
      tokens.map((token, index) => box.seal(token.plaintext!, secretSlot("token", "plaintext", ids[index]!))),
      tokens.map((token) => token.hint),
    ],
  );
  return ids;
}

/** The backend token is NOT NULL and sealed per row, so it is made here and sent in chunks. */
async function insertFastapi(sql: SqlClient, box: SecretBox, size: number): Promise<void> {
  const ids: number[] = [];
  for (let i = 1; i <= size; i++) if (i % 3 === 2) ids.push(i);
  for (let start = 0; start < ids.length; start += CHUNK) {
    const chunk = ids.slice(start, start + CHUNK);
    const sealed = chunk.map((id) => box.seal(randomBytes(48).toString("base64url"), secretSlot("fastapi_endpoint", "token", id)));
    await sql.query(`INSERT INTO fastapi_endpoint (endpoint_id, token) SELECT * FROM unnest($1::int[], $2::text[])`, [chunk, sealed]);
  }
}

/** Removes what create runs added, so that the next server meets the same data. */
export async function removeCreated(sql: SqlClient): Promise<number> {
  const rows = await sql.query<{ id: number }>(`DELETE FROM endpoint WHERE name LIKE '${CREATED_PREFIX}%' RETURNING id`);
  // One statement each: VACUUM refuses to run inside the implicit transaction of a multi-statement query.
  if (rows.length) for (const table of ["endpoint", "proxmox_endpoint"]) await sql.exec(`VACUUM ANALYZE ${table}`);
  return rows.length;
}
