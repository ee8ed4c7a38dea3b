// Secrets at rest: AES-256-GCM with a fresh 96-bit nonce per encryption, and the identity of the
// row and column as associated data, so that a ciphertext copied to another row or column does
// not decrypt there.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

const VERSION = "v1";
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

export class SecretError extends Error {
  override name = "SecretError";
}

/** Where a secret lives: "<table>.<column>:<row id>". */
export function secretSlot(table: string, column: string, id: number | string): string {
  return `${table}.${column}:${id}`;
}

export class SecretBox {
  readonly #key: Buffer;

  constructor(key: Buffer) {
    if (key.length !== KEY_BYTES) throw new SecretError(`a secret key has ${KEY_BYTES} bytes, not ${key.length}`);
    this.#key = Buffer.from(key);
  }

  static random(): SecretBox {
    return new SecretBox(randomBytes(KEY_BYTES));
  }

  /** "v1.<nonce>.<ciphertext+tag>", base64url. */
  seal(plaintext: string, slot: string): string {
    const nonce = randomBytes(NONCE_BYTES);
    const cipher = createCipheriv("aes-256-gcm", this.#key, nonce);
    cipher.setAAD(Buffer.from(slot, "utf8"));
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
    return `${VERSION}.${nonce.toString("base64url")}.${body.toString("base64url")}`;
  }

  open(sealed: string, slot: string): string {
    const [version, nonceText, bodyText] = sealed.split(".");
    if (version !== VERSION || !nonceText || !bodyText) throw new SecretError(`the secret in ${slot} is not in a known format`);
    const nonce = Buffer.from(nonceText, "base64url");
    const body = Buffer.from(bodyText, "base64url");
    if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) throw new SecretError(`the secret in ${slot} is damaged`);
    const decipher = createDecipheriv("aes-256-gcm", this.#key, nonce);
    decipher.setAAD(Buffer.from(slot, "utf8"));
    decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
    try {
      return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString("utf8");
    } catch {
      throw new SecretError(`the secret in ${slot} does not decrypt with this key (wrong key, or moved from another row)`);
    }
  }
}

/**
 * A secret on its way to the database, not sealed yet (the row id it is bound to may not exist
 * yet). It prints as "[secret]" wherever it ends up by mistake: logs, JSON, inspection.
 */
export class Unsealed {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  reveal(): string {
    return this.#value;
  }

  toJSON(): string {
    return "[secret]";
  }

  toString(): string {
    return "[secret]";
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return "[secret]";
  }
}

/** The columns of one row with every Unsealed value sealed for that row. */
export function sealColumns(box: SecretBox, table: string, id: number, columns: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(columns).map(([column, value]) => [
      column,
      value instanceof Unsealed ? box.seal(value.reveal(), secretSlot(table, column, id)) : value,
    ]),
  );
}
