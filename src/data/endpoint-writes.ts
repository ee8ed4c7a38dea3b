// Creating and updating endpoints of any kind. Every rule is checked before anything is written,
// and every problem found is returned; the kinds differ only in their detail rules (KindRules).
// The database constraints are the last word: when a concurrent request wins a race between the
// checks and the write, the checks run again and report what changed.
import type { Database, Prisma } from "../db/database.js";
import { allocateId } from "../db/ids.js";
import { sealColumns, Unsealed } from "../secrets/secret-box.js";
import { constraintViolation, isRecordNotFound } from "../db/errors.js";
import { enqueueChange, outboxWritten } from "./backend-outbox.js";
import { type DeleteResult, deleteUnlessReferenced } from "./delete.js";
import { DOMAIN_MAX_LENGTH, isValidDomain } from "../domain/domain-name.js";
import { checkCustomFields } from "../domain/custom-fields.js";
import { checkStorable, checkText, requiredText } from "../domain/text.js";
import { fieldLabel, UserErrors, type UserError } from "../domain/user-errors.js";
import type { Prisma as PrismaTypes } from "../generated/prisma/client.js";
import type { AnyKindModel } from "../kinds/models.js";
import type { DataContext } from "./context.js";

export const PORT_RANGE = { min: 1, max: 65535 } as const;
/** Tags one endpoint may carry; also bounds the IDs one request makes the database look up. */
export const MAX_TAGS = 100;

/**
 * Fields every endpoint input has. Absent (undefined) leaves a value as it is on update. References
 * are database ids, decoded from global IDs by the schema; one that names nothing is NO_ID.
 */
export interface EndpointInput {
  name?: string | null;
  ipAddressId?: number | null;
  domain?: string | null;
  port?: number | null;
  verifySsl?: boolean | null;
  enabled?: boolean | null;
  tagIds?: readonly number[] | null;
  customFields?: Record<string, unknown> | null;
}

type JsonObject = PrismaTypes.InputJsonObject;

/** The stored endpoint an update starts from, with its detail row. */
export interface StoredEndpoint {
  id: number;
  name: string;
  domain: string | null;
  ipAddressId: number | null;
  port: number;
  verifySsl: boolean;
  enabled: boolean;
  detail: Record<string, unknown>;
}

/** The detail row's values a write gives: columns, with secrets still unsealed. */
export type DetailValues = Record<string, unknown>;

/**
 * What makes one kind of endpoint differ from the others when it is written. `Own` are the kind's
 * own input fields; its input is EndpointInput & Own.
 */
export interface KindRules<Model extends AnyKindModel, Own extends object, Detail extends Record<string, unknown>> {
  model: Model;
  /** Checks the kind's own fields on the state after the change; returns the detail row's new values. */
  detail(context: DetailContext<EndpointInput & Own, Detail>): Promise<DetailValues> | DetailValues;
  /**
   * Input fields of stored secrets beyond the model's flagged ones (a linked credential, say); with
   * those, they must be given again when the endpoint moves.
   */
  linkedSecrets?: (current: Detail) => string[];
  /** Whether the kind's own fields make the connection less protected (https turned off). */
  weakensTransport?: (current: Detail, input: EndpointInput & Own) => boolean;
  /** Side effects of a successful create or update, before the payload is read. */
  afterSave?: (context: DataContext, saved: SaveResult & { id: number }) => Promise<void>;
}


/** The input fields of the secrets a stored endpoint holds. */
function storedSecretsOf<Model extends AnyKindModel, Own extends object, Detail extends Record<string, unknown>>(
  rules: KindRules<Model, Own, Detail>,
  current: Detail,
): string[] {
  const flagged = rules.model.secrets.filter((secret) => "flag" in secret && current[secret.flag] === true).map((secret) => secret.field);
  return [...flagged, ...(rules.linkedSecrets?.(current) ?? [])];
}

export interface DetailContext<Input, Detail> {
  errors: UserErrors;
  input: Input;
  /** Null on create. */
  current: Detail | null;
  /** On update: whether stored secrets would now go to another or a less protected destination. */
  moved: boolean;
  /** The endpoint's id on update; null on create. */
  endpointId: number | null;
  prisma: Prisma;
}

/**
 * The value of a field that always has one: given, else as stored, else its default. Null is no
 * value: on create it takes the default, on update it is refused (leave the field out instead).
 */
export function patched<T>(errors: UserErrors, field: string, given: T | null | undefined, current: T | undefined, fallback: T): T {
  if (given === undefined) return current ?? fallback;
  if (given === null) {
    if (current === undefined) return fallback;
    errors.add(field, "REQUIRED", `${fieldLabel(field)} cannot be null; leave it out to keep the current value.`);
    return current;
  }
  return given;
}

export function checkPort(errors: UserErrors, field: string, value: number): void {
  if (value < PORT_RANGE.min || value > PORT_RANGE.max) {
    errors.add(field, "OUT_OF_RANGE", `${fieldLabel(field)} must be between ${PORT_RANGE.min} and ${PORT_RANGE.max}.`);
  }
}

/** A value null may clear: absent keeps it, null clears it. */
export function nullablePatch<T>(given: T | null | undefined, current: T | null | undefined): T | null {
  return given === undefined ? (current ?? null) : given;
}

/** A nullable number within bounds: absent keeps it, null clears it, a number out of range is refused. */
export function rangedPatch(
  errors: UserErrors,
  field: string,
  given: number | null | undefined,
  current: number | null | undefined,
  range: { min: number; max: number },
): number | null {
  const value = nullablePatch(given, current);
  if (given !== undefined && value !== null && (value < range.min || value > range.max)) {
    errors.add(field, "OUT_OF_RANGE", `${fieldLabel(field)} must be between ${range.min} and ${range.max}.`);
  }
  return value;
}

/** A write-only secret: absent keeps the stored one, null or "" clears it, text replaces it. */
export type SecretChange = { kind: "keep" } | { kind: "clear" } | { kind: "set"; value: string };

export function secretChange(errors: UserErrors, field: string, given: string | null | undefined, max = 255): SecretChange {
  if (given === undefined) return { kind: "keep" };
  if (given === null || given === "") return { kind: "clear" };
  // The message gives the length only: the value is a secret.
  if (!checkStorable(errors, field, given)) return { kind: "set", value: given };
  if (given.length > max) errors.add(field, "TOO_LONG", `${fieldLabel(field)} must be at most ${max} characters.`);
  return { kind: "set", value: given };
}

/**
 * The columns a secret change writes: the secret (sealed by saveEndpoint once the row id is known)
 * and the flag outputs read instead of it.
 */
export function secretColumns(column: string, flag: string, change: SecretChange): Record<string, unknown> {
  if (change.kind === "keep") return {};
  return change.kind === "clear" ? { [column]: null, [flag]: false } : { [column]: new Unsealed(change.value), [flag]: true };
}

/** Whether a secret is there after the change. */
export function secretPresent(change: SecretChange, storedNow: boolean): boolean {
  return change.kind === "keep" ? storedNow : change.kind === "set";
}

interface BaseValues {
  name: string;
  domain: string | null;
  ipAddressId: number | null;
  port: number;
  verifySsl: boolean;
  enabled: boolean;
  tagIds: number[] | undefined;
  customFields: JsonObject | undefined;
}

async function checkBase(
  errors: UserErrors,
  prisma: Prisma,
  model: AnyKindModel,
  input: EndpointInput,
  current: StoredEndpoint | null,
): Promise<BaseValues> {
  const name = current && input.name === undefined ? current.name : requiredText(errors, "name", input.name, 255);
  if (name && !errors.has("name") && name !== current?.name) {
    const taken = await prisma.endpoint.count({ where: { kind: model.kind, name, ...(current ? { id: { not: current.id } } : {}) } });
    if (taken) errors.add("name", "TAKEN", `A ${model.label} with this name already exists.`);
  }

  let domain = current?.domain ?? null;
  if (input.domain !== undefined) {
    domain = input.domain?.trim() || null;
    if (domain && checkText(errors, "domain", domain, DOMAIN_MAX_LENGTH) && !isValidDomain(domain)) {
      errors.add("domain", "INVALID", "Enter a domain name such as server.example.com in the domain field.");
    }
  }

  let ipAddressId = current?.ipAddressId ?? null;
  if (input.ipAddressId !== undefined) {
    ipAddressId = input.ipAddressId;
    if (ipAddressId !== null && !(await prisma.ipAddress.count({ where: { id: ipAddressId } }))) {
      errors.add("ipAddressId", "NOT_FOUND", "No IP address has this ID.");
    }
  }
  // Judged on the state after the change; a value that was given but is wrong is reported above.
  if (!domain && ipAddressId === null && !errors.has("domain") && !errors.has("ipAddressId")) {
    const message = "Provide either a domain or an IP address.";
    errors.add("domain", "REQUIRED", message);
    errors.add("ipAddressId", "REQUIRED", message);
  }

  const port = patched(errors, "port", input.port, current?.port, model.defaults.port);
  checkPort(errors, "port", port);
  const verifySsl = patched(errors, "verifySsl", input.verifySsl, current?.verifySsl, model.defaults.verifySsl);
  const enabled = patched(errors, "enabled", input.enabled, current?.enabled, true);

  let tagIds: number[] | undefined;
  if (input.tagIds !== undefined && (input.tagIds?.length ?? 0) > MAX_TAGS) {
    errors.add("tagIds", "TOO_LONG", `The tagIds field may list at most ${MAX_TAGS} tags (it has ${input.tagIds!.length}).`);
  } else if (input.tagIds !== undefined) {
    const ids = [...new Set(input.tagIds ?? [])];
    const found = new Set((await prisma.tag.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((tag) => tag.id));
    const missing = ids.filter((id) => !found.has(id)).length;
    if (missing) errors.add("tagIds", "NOT_FOUND", missing === 1 ? "One ID in the tagIds field names no tag." : `${missing} IDs in the tagIds field name no tag.`);
    tagIds = [...found];
  }

  // The JSONObject scalar gives JSON only; checkCustomFields bounds it.
  const customFields = input.customFields === undefined ? undefined : ((input.customFields ?? {}) as JsonObject);
  if (customFields) checkCustomFields(errors, customFields);
  return { name, domain, ipAddressId, port, verifySsl, enabled, tagIds, customFields };
}

async function loadStored(prisma: Prisma, model: AnyKindModel, id: number): Promise<StoredEndpoint | null> {
  const row = await prisma.endpoint.findFirst({
    where: { id, kind: model.kind },
    select: {
      id: true,
      name: true,
      domain: true,
      ipAddressId: true,
      port: true,
      verifySsl: true,
      enabled: true,
      [model.relation]: { select: model.columns },
    },
  });
  if (!row) return null;
  // The select is built from the model, so Prisma cannot name the detail relation's type here.
  const { [model.relation]: detail, ...base } = row as unknown as StoredEndpoint & Record<AnyKindModel["relation"], Record<string, unknown>>;
  return { ...base, detail: detail ?? {} };
}

export interface SaveResult {
  id: number | null;
  userErrors: UserError[];
  /** Whether the write created the endpoint, or moved it (see DetailContext.moved). */
  created?: boolean;
  moved?: boolean;
  /** Whether an update enabled a disabled endpoint. */
  reenabled?: boolean;
}

/**
 * Whether an update sends what the endpoint sends (its credentials) somewhere else, or less
 * protected: another domain, IP address or port, or certificate checking turned off.
 */
function movesSecrets(current: StoredEndpoint, base: BaseValues): boolean {
  return (
    base.domain !== current.domain ||
    base.ipAddressId !== current.ipAddressId ||
    base.port !== current.port ||
    (current.verifySsl && !base.verifySsl)
  );
}

/**
 * Vault's rule for stored secrets: a change of where they go must give them again (or clear them),
 * so that a client that may write, but cannot read them, cannot have them sent to a host it chose.
 */
function checkSecretReentry(errors: UserErrors, secretFields: string[], input: EndpointInput): void {
  for (const field of secretFields) {
    if ((input as Record<string, unknown>)[field] !== undefined) continue;
    errors.add(
      field,
      "SECRET_REENTRY_REQUIRED",
      `The stored ${field} would be sent to a new or less protected destination (domain, IP address, port, verifySsl or https changed): give ${field} again in the same input, or clear it with null.`,
    );
  }
}

/**
 * Creates an endpoint (`targetId` undefined) or updates the one `targetId` names, then runs the
 * kind's side effects of a save.
 */
export async function saveEndpoint<Model extends AnyKindModel, Own extends object, Detail extends Record<string, unknown>>(
  context: DataContext,
  rules: KindRules<Model, Own, Detail>,
  input: EndpointInput & Own,
  targetId?: number,
): Promise<SaveResult> {
  const result = await writeEndpoint(context.db, rules, input, targetId);
  if (result.id !== null) await rules.afterSave?.(context, { ...result, id: result.id });
  return result;
}

/** The write alone, without the kind's side effects. */
export async function writeEndpoint<Model extends AnyKindModel, Own extends object, Detail extends Record<string, unknown>>(
  db: Database,
  rules: KindRules<Model, Own, Detail>,
  input: EndpointInput & Own,
  targetId?: number,
): Promise<SaveResult> {
  const { prisma } = db;
  const { model } = rules;
  for (let attempt = 0; ; attempt++) {
    let current: StoredEndpoint | null = null;
    if (targetId !== undefined) {
      current = await loadStored(prisma, model, targetId);
      if (!current) {
        return { id: null, userErrors: [{ field: ["id"], code: "NOT_FOUND", message: `No ${model.label} has this ID.` }] };
      }
    }
    const errors = new UserErrors();
    const base = await checkBase(errors, prisma, model, input, current);
    const currentDetail = (current?.detail as Detail | undefined) ?? null;
    const moved =
      current !== null &&
      currentDetail !== null &&
      (movesSecrets(current, base) || (rules.weakensTransport?.(currentDetail, input) ?? false));
    if (moved) checkSecretReentry(errors, storedSecretsOf(rules, currentDetail), input);
    const detail = await rules.detail({ errors, input, current: currentDetail, moved, endpointId: current?.id ?? null, prisma });
    if (!errors.empty) return { id: null, userErrors: errors.list };

    const { tagIds, customFields, ...columns } = base;
    const sealed = (id: number) => sealColumns(db.secrets, model.table, id, detail);
    try {
      if (!current) {
        // Secrets are bound to their row, so the row's id is taken before the row is written.
        const id = await allocateId(prisma, "endpoint");
        // The outbox row commits with the endpoint, or neither does.
        await prisma.$transaction(async (tx) => {
          await tx.endpoint.create({
            data: {
              id,
              kind: model.kind,
              ...columns,
              customFields: customFields ?? {},
              tags: { connect: (tagIds ?? []).map((tagId) => ({ id: tagId })) },
              [model.relation]: { create: sealed(id) },
            },
            select: { id: true },
          });
          await enqueueChange(tx, id, model.kind, false);
        });
        outboxWritten(db);
        return { id, userErrors: [], created: true };
      }
      await prisma.$transaction(async (tx) => {
        await tx.endpoint.update({
          where: { id: current.id },
          data: {
            ...columns,
            ...(customFields !== undefined ? { customFields } : {}),
            ...(tagIds !== undefined ? { tags: { set: tagIds.map((id) => ({ id })) } } : {}),
            [model.relation]: { update: sealed(current.id) },
          },
          select: { id: true },
        });
        await enqueueChange(tx, current.id, model.kind, false);
      });
      outboxWritten(db);
      return { id: current.id, userErrors: [], moved, reenabled: !current.enabled && base.enabled };
    } catch (error) {
      // A concurrent write took the name or removed a referenced object: check again, once.
      if (attempt > 0 || !(constraintViolation(error) || isRecordNotFound(error))) throw error;
    }
  }
}

/** Deletes an endpoint of the model's kind; its detail row and tag links go with it. */
export function deleteEndpoint(db: Database, model: AnyKindModel, id: number): Promise<DeleteResult> {
  const prisma = db.prisma;
  return deleteUnlessReferenced({
    id,
    typename: model.typename,
    label: model.label,
    exists: async (id) => (await prisma.endpoint.count({ where: { id, kind: model.kind } })) > 0,
    remove: async (id) => {
      // The backends are told with the deletion's own transaction.
      const removed = await prisma.$transaction(async (tx) => {
        const { count } = await tx.endpoint.deleteMany({ where: { id, kind: model.kind } });
        if (count) await enqueueChange(tx, id, model.kind, true);
        return count;
      });
      if (removed) outboxWritten(db);
      return removed;
    },
  });
}

/** A text that is "" when unset: absent keeps it, null clears it, text is trimmed and limited. */
export function textPatch(
  errors: UserErrors,
  field: string,
  given: string | null | undefined,
  current: string | undefined,
  max: number,
): string {
  if (given === undefined) return current ?? "";
  const value = (given ?? "").trim();
  checkText(errors, field, value, max);
  return value;
}
