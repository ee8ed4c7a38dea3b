// The Proxbox FastAPI backend: the facts of the kind.
import type { KindModel } from "../model.js";

export const fastapiModel = {
  kind: "FASTAPI",
  typename: "FastAPIEndpoint",
  summary: "The Proxbox FastAPI backend",
  label: "FastAPI endpoint",
  plural: "FastAPI endpoints",
  fieldName: "fastApiEndpoint",
  mutationSuffix: "FastApiEndpoint",
  relation: "fastapi",
  prismaModel: "fastapiEndpoint",
  table: "fastapi_endpoint",
  restSegment: "fastapi",
  defaults: { port: 8800, verifySsl: true },
  columns: { useHttps: true, useWebsocket: true, websocketDomain: true, websocketPort: true, serverSideWebsocket: true },
  // The service generates the backend token; no input sets it, and the API shows it to writers.
  secrets: [{ field: "token", column: "token" }],
} as const satisfies KindModel<"FASTAPI", "fastapi">;
