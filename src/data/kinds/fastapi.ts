// The rules of Proxbox FastAPI backend endpoints beyond those every endpoint has.
import { randomBytes } from "node:crypto";
import { isValidHost } from "../../domain/domain-name.js";
import { Unsealed } from "../../secrets/secret-box.js";
import { type EndpointInput, type KindRules, checkPort, patched, textPatch } from "../endpoint-writes.js";

export interface FastapiInput extends EndpointInput {
  useHttps?: boolean | null;
  useWebsocket?: boolean | null;
  websocketDomain?: string | null;
  websocketPort?: number | null;
  serverSideWebsocket?: boolean | null;
}

interface FastapiDetail extends Record<string, unknown> {
  useHttps: boolean;
  useWebsocket: boolean;
  websocketDomain: string;
  websocketPort: number;
  serverSideWebsocket: boolean;
}

/** What Python's secrets.token_urlsafe(48) gives: 48 random bytes, 64 base64url characters. */
export function newBackendToken(): string {
  return randomBytes(48).toString("base64url");
}

export const fastapiRules: KindRules<FastapiInput, FastapiDetail> = {
  kind: "FASTAPI",
  relation: "fastapi",
  label: "FastAPI endpoint",
  typename: "FastAPIEndpoint",
  defaults: { port: 8800, verifySsl: true },
  detailSelect: { useHttps: true, useWebsocket: true, websocketDomain: true, websocketPort: true, serverSideWebsocket: true },
  // Sent over plain http, the token could be read on the way.
  weakensTransport: (current, input) => current.useHttps && input.useHttps === false,
  detail({ errors, input, current, moved }) {
    const websocketPort = patched(errors, "websocketPort", input.websocketPort, current?.websocketPort, 8800);
    checkPort(errors, "websocketPort", websocketPort);
    // "" means "use domain"; anything else goes into the websocket URL as its host.
    const websocketDomain = textPatch(errors, "websocketDomain", input.websocketDomain, current?.websocketDomain, 255);
    if (input.websocketDomain && websocketDomain && !errors.has("websocketDomain") && !isValidHost(websocketDomain)) {
      errors.add("websocketDomain", "INVALID", "websocketDomain is not a valid host name or IP address.");
    }
    return {
      useHttps: patched(errors, "useHttps", input.useHttps, current?.useHttps, false),
      useWebsocket: patched(errors, "useWebsocket", input.useWebsocket, current?.useWebsocket, false),
      websocketDomain,
      websocketPort,
      serverSideWebsocket: patched(errors, "serverSideWebsocket", input.serverSideWebsocket, current?.serverSideWebsocket, false),
      // The service generates the backend token; no input sets it. An endpoint that moves gets a
      // fresh one, registered with the new backend, so the old one never reaches it.
      ...(current && !moved ? {} : { token: new Unsealed(newBackendToken()) }),
    };
  },
};
