import { BlockList, isIP } from "node:net";

/**
 * The header through which the production server (`scripts/server.ts`) hands the client address it
 * worked out from the socket to Next and tRPC. It overwrites whatever a client sent under this name.
 */
export const CLIENT_ADDRESS_HEADER = "x-carryover-client-address";

export type TrustedProxies = { has: (address: string) => boolean };

const unmapped = (address: string) =>
  address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
const family = (address: string) => (isIP(address) === 6 ? "ipv6" : "ipv4");

/**
 * TRUSTED_PROXIES as a set: comma-separated addresses or CIDRs. An entry that is neither is
 * returned as `invalid`, so configuration names it.
 */
export function parseTrustedProxies(
  list: string,
): { ok: true; proxies: TrustedProxies } | { ok: false; invalid: string } {
  const blocks = new BlockList();
  for (const entry of list
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean)) {
    const [address = "", prefix, ...rest] = entry.split("/");
    const ip = unmapped(address);
    const version = isIP(ip);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = version === 6 ? 128 : 32;
    if (!version || rest.length > 0) return { ok: false, invalid: entry };
    if (bits === undefined) blocks.addAddress(ip, family(ip));
    else if (/^\d{1,3}$/.test(prefix ?? "") && bits <= maxBits)
      blocks.addSubnet(ip, bits, family(ip));
    else return { ok: false, invalid: entry };
  }
  return {
    ok: true,
    proxies: { has: (address) => isIP(address) > 0 && blocks.check(address, family(address)) },
  };
}

/**
 * Who sent the request: the socket's peer, unless that peer is a trusted proxy; then the right-most
 * entry of X-Forwarded-For that is not a trusted proxy (each proxy appends the peer it saw, so entries
 * left of it are whatever the client wrote). Null when that entry is not an address.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | undefined,
  proxies: TrustedProxies,
): string | null {
  let client = unmapped(socketAddress ?? "");
  const hops = (forwardedFor ?? "").split(",").map(unmapped).filter(Boolean);
  while (proxies.has(client)) {
    const next = hops.pop();
    if (next === undefined) break;
    client = next;
  }
  return isIP(client) ? client : null;
}
