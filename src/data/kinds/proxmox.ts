// The rules of Proxmox VE endpoints beyond those every endpoint has.
import { requiredText } from "../../domain/text.js";
import type { ProxmoxMode } from "../../generated/prisma/enums.js";
import { type EndpointInput, type KindRules, patched, secretChange, secretColumns, textPatch } from "../endpoint-writes.js";

export interface ProxmoxInput extends EndpointInput {
  mode?: ProxmoxMode | null;
  version?: string | null;
  repoid?: string | null;
  username?: string | null;
  password?: string | null;
  tokenName?: string | null;
  tokenValue?: string | null;
  allowWrites?: boolean | null;
}

interface ProxmoxDetail extends Record<string, unknown> {
  mode: ProxmoxMode;
  version: string;
  repoid: string;
  username: string;
  tokenName: string;
  allowWrites: boolean;
  hasPassword: boolean;
  hasTokenValue: boolean;
}

export const DEFAULT_PROXMOX_USERNAME = "root@pam";

export const proxmoxRules: KindRules<ProxmoxInput, ProxmoxDetail> = {
  kind: "PROXMOX",
  relation: "proxmox",
  label: "Proxmox endpoint",
  typename: "ProxmoxEndpoint",
  defaults: { port: 8006, verifySsl: false },
  detailSelect: {
    mode: true,
    version: true,
    repoid: true,
    username: true,
    tokenName: true,
    allowWrites: true,
    hasPassword: true,
    hasTokenValue: true,
  },
  storedSecrets: (current) => [...(current.hasPassword ? ["password"] : []), ...(current.hasTokenValue ? ["tokenValue"] : [])],
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
