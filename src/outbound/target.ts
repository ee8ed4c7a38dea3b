// Where an endpoint is reached: its connection URL and whether its certificate is checked.
import type { EndpointKind } from "../generated/prisma/enums.js";

export interface Target {
  id: number;
  kind: EndpointKind;
  name: string;
  display: string;
  baseUrl: URL;
  verifyTls: boolean;
}

/** A path of the endpoint's API, under its connection URL. */
export function urlOf(target: Target, path: string): URL {
  return new URL(path, target.baseUrl);
}
