// The rules of Proxmox VE endpoints beyond those every endpoint has.
import { type EndpointInput, type KindRules, patched, secretChange, secretColumns, textPatch } from "../../data/endpoint-writes.js";
import { requiredText } from "../../domain/text.js";
import type { Prisma } from "../../generated/prisma/client.js";
import type { ProxmoxMode } from "../../generated/prisma/enums.js";
import { DEFAULT_PROXMOX_USERNAME, proxmoxModel } from "./model.js";

/** The kind's own input fields. */
export interface ProxmoxFields {
  mode?: ProxmoxMode | null;
  version?: string | null;
  repoid?: string | null;
  username?: string | null;
  password?: string | null;
  tokenName?: string | null;
  tokenValue?: string | null;
  allowWrites?: boolean | null;
}

export type ProxmoxInput = EndpointInput & ProxmoxFields;

/** The stored detail the rules read: the model's columns. */
type ProxmoxDetail = Prisma.ProxmoxEndpointGetPayload<{ select: typeof proxmoxModel.columns }>;

export const proxmoxRules: KindRules<typeof proxmoxModel, ProxmoxFields, ProxmoxDetail> = {
  model: proxmoxModel,
  detail({ errors, input, current }) {
    const username =
      input.username === undefined || (input.username === null && !current)
        ? (current?.username ?? DEFAULT_PROXMOX_USERNAME)
        : requiredText(errors, "username", input.username, 255);
    return {
      mode: patched(errors, "mode", input.mode, current?.mode, "UNDEFINED"),
      version: textPatch(errors, "version", input.version, current?.version, 20),
      repoid: textPatch(errors, "repoid", input.repoid, current?.repoid, 16),
      username,
      tokenName: textPatch(errors, "tokenName", input.tokenName, current?.tokenName, 255),
      allowWrites: patched(errors, "allowWrites", input.allowWrites, current?.allowWrites, false),
      ...secretColumns("password", "hasPassword", secretChange(errors, "password", input.password)),
      ...secretColumns("tokenValue", "hasTokenValue", secretChange(errors, "tokenValue", input.tokenValue)),
    };
  },
};
