// Proxbox's DomainField: "localhost", a single DNS label, or a dotted name whose last label has at
// least two characters (so 192.168.1.10 passes and 10.0.0.1 does not, as upstream).

const LABEL = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?";
const DOTTED = new RegExp(`^(?:${LABEL}\\.)+[a-zA-Z0-9]{2,}$`);
const SINGLE_LABEL = new RegExp(`^${LABEL}$`);

export const DOMAIN_MAX_LENGTH = 253;

export function isValidDomain(value: string): boolean {
  return value === "localhost" || DOTTED.test(value) || SINGLE_LABEL.test(value);
}
