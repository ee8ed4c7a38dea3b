// checkEndpointConnection: connect to any endpoint with its stored settings and credentials, and
// report what happened. Stores nothing.
import { netboxAuthorization, proxmoxCredentials } from "../data/credentials.js";
import type { Database } from "../db/database.js";
import { checkFastapi } from "./fastapi.js";
import { OutboundError } from "./http-request.js";
import { checkNetbox } from "./netbox.js";
import type { OutboundOptions } from "./options.js";
import { checkProxmox } from "./proxmox.js";
import type { Target } from "./target.js";

export interface ConnectionCheck {
  ok: boolean;
  httpStatus: number | null;
  latencyMs: number | null;
  message: string;
  checkedAt: Date;
}

export async function checkConnection(db: Database, target: Target, options: OutboundOptions): Promise<ConnectionCheck> {
  const checkedAt = new Date();
  const started = performance.now();
  try {
    let result: { httpStatus: number; latencyMs: number; message: string };
    if (target.kind === "PROXMOX") {
      result = await checkProxmox(target, await proxmoxCredentials(db, target.id), options);
    } else if (target.kind === "NETBOX") {
      result = await checkNetbox(target, await netboxAuthorization(db, target.id), options);
    } else {
      // bootstrap-status needs no token, and a check must not register one.
      result = await checkFastapi(target, options);
    }
    return { ok: true, ...result, checkedAt };
  } catch (error) {
    if (!(error instanceof OutboundError)) throw error;
    return {
      ok: false,
      httpStatus: error.httpStatus,
      latencyMs: error.httpStatus === null ? null : Math.round(performance.now() - started),
      message: error.message,
      checkedAt,
    };
  }
}
