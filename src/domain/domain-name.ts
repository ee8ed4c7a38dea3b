// Proxbox's DomainField: "localhost", a single DNS label, or a dotted name whose last label has at
// least two characters (so 192.168.1.10 passes and 10.0.0.1 does not, as upstream).
import { isIP } from "node:net";

const LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
const DOTTED = new RegExp(`^(?:${LABEL}\\.)+[a-zA-Z0-9]{2,}$`);
const SINGLE_LABEL = new RegExp(`^${LABEL}$`);

export const DOMAIN_MAX_LENGTH = 253;

export function isValidDomain(value: string): boolean {
  return value === "localhost" || DOTTED.test(value) || SINGLE_LABEL.test(value);
}

/** A host to connect to: a domain as above, or an IPv4 or IPv6 address (no brackets, no zone). */
export function isValidHost(value: string): boolean {
  return isValidDomain(value) || (isIP(value) !== 0 && !value.includes("%"));
}
