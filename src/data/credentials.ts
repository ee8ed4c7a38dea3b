// Reading stored secrets back, to authenticate to the systems behind endpoints. Each kind's
// connection.ts says which of its secrets it sends; nothing read here is ever returned to a client,
// except the FastAPI token, which the API shows to writers.
import type { AnyKindModel } from "../kinds/models.js";
import { secretSlot, type SecretBox } from "../secrets/secret-box.js";

/** Opens a sealed secret column of an endpoint's detail row; null when none is stored. */
export function openDetailSecret<Model extends AnyKindModel>(
  box: SecretBox,
  model: Model,
  field: Model["secrets"][number]["field"],
  endpointId: number,
  sealed: string | null,
): string | null {
  return sealed === null ? null : box.open(sealed, secretSlot(model.table, field, endpointId));
}

/** Seals a secret for a column of an endpoint's detail row. */
export function sealDetailSecret<Model extends AnyKindModel>(
  box: SecretBox,
  model: Model,
  field: Model["secrets"][number]["field"],
  endpointId: number,
  plaintext: string,
): string {
  return box.seal(plaintext, secretSlot(model.table, field, endpointId));
}

export function sealTokenPlaintext(box: SecretBox, tokenId: number, plaintext: string): string {
  return box.seal(plaintext, secretSlot("token", "plaintext", tokenId));
}

export function openTokenPlaintext(box: SecretBox, tokenId: number, sealed: string): string {
  return box.open(sealed, secretSlot("token", "plaintext", tokenId));
}
