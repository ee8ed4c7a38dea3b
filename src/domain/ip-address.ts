// IP addresses as NetBox stores them: an address with its prefix length ("192.0.2.10/24").
import { isIPv4, isIPv6 } from "node:net";

export interface ParsedAddress {
  /** Canonical text with prefix length; a bare address gets /32 or /128. */
  address: string;
  family: 4 | 6;
}

/** Null when the text is not an IPv4 or IPv6 address with an optional, valid prefix length. */
export function parseIpAddress(text: string): ParsedAddress | null {
  const [host = "", prefix, ...rest] = text.trim().split("/");
  if (rest.length) return null;
  const family = isIPv4(host) ? 4 : isIPv6(host) && !host.includes("%") ? 6 : null;
  if (!family) return null;
  const maxPrefix = family === 4 ? 32 : 128;
  if (prefix !== undefined && !/^\d{1,3}$/.test(prefix)) return null;
  const length = prefix === undefined ? maxPrefix : Number(prefix);
  if (length > maxPrefix) return null;
  return { address: `${family === 6 ? canonicalIpv6(host) : host}/${length}`, family };
}

/**
 * One spelling per IPv6 address, so that equal addresses compare equal in the database: RFC 5952
 * (lower case, no leading zeros, the longest run of zero groups as "::"), which is how WHATWG URLs
 * serialize an IPv6 host, and IPv4-mapped addresses in dotted form (::ffff:192.0.2.1).
 */
function canonicalIpv6(host: string): string {
  const compressed = new URL(`http://[${host}]`).hostname.slice(1, -1);
  const mapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (!mapped) return compressed;
  const [high, low] = [parseInt(mapped[1]!, 16), parseInt(mapped[2]!, 16)];
  return `::ffff:${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
