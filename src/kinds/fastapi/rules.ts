// The rules of Proxbox FastAPI backend endpoints beyond those every endpoint has.
import { type EndpointInput, type KindRules, checkPort, patched, textPatch } from "../../data/endpoint-writes.js";
import { isValidHost } from "../../domain/domain-name.js";
import type { Prisma } from "../../generated/prisma/client.js";
import { Unsealed } from "../../secrets/secret-box.js";
import { fastapiModel } from "./model.js";
import { newBackendToken, registerAndRecord } from "./registration.js";

/** The kind's own input fields. */
export interface FastapiFields {
  useHttps?: boolean | null;
  useWebsocket?: boolean | null;
  websocketDomain?: string | null;
  websocketPort?: number | null;
  serverSideWebsocket?: boolean | null;
}

export type FastapiInput = EndpointInput & FastapiFields;

/** The stored detail the rules read: the model's columns. */
type FastapiDetail = Prisma.FastapiEndpointGetPayload<{ select: typeof fastapiModel.columns }>;

export const fastapiRules: KindRules<typeof fastapiModel, FastapiFields, FastapiDetail> = {
  model: fastapiModel,
  // Sent over plain http, the token could be read on the way.
  weakensTransport: (current, input) => current.useHttps && input.useHttps === false,
  detail({ errors, input, current, moved }) {
    const websocketPort = patched(errors, "websocketPort", input.websocketPort, current?.websocketPort, 8800);
    checkPort(errors, "websocketPort", websocketPort);
    // "" means "use domain"; anything else goes into the websocket URL as its host.
    const websocketDomain = textPatch(errors, "websocketDomain", input.websocketDomain, current?.websocketDomain, 255);
    if (input.websocketDomain && websocketDomain && !errors.has("websocketDomain") && !isValidHost(websocketDomain)) {
      errors.add("websocketDomain", "INVALID", "Enter a host name or an IP address such as ws.example.com in the websocketDomain field.");
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
  // Proxbox registers the token with the backend whenever an endpoint is saved with a new one: on
  // create, and when an update moved it (it then got a fresh token); and here also when it is
  // enabled again, since a disabled endpoint's token is not registered.
  afterSave: async (context, saved) => {
    if (saved.created || saved.moved || saved.reenabled) await registerAndRecord(context, saved.id);
  },
};
