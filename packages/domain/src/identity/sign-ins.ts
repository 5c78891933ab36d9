/** The longest User-Agent a sign-in or an audit row keeps; real browsers send about 150 characters. */
export const USER_AGENT_MAX_LENGTH = 512;

/** A User-Agent header as stored: without control characters, bounded, or null when there is none. */
export function storableUserAgent(header: string | null | undefined): string | null {
  const text = (header ?? "")
    .replace(/\p{Cc}/gu, "")
    .trim()
    .slice(0, USER_AGENT_MAX_LENGTH);
  return text === "" ? null : text;
}

/**
 * Where a sign-in came from, as far as its address honestly tells: no geo-IP database is
 * consulted, so the answer is the network, never a city.
 */
export type SignInPlace =
  | { kind: "unknown" }
  | { kind: "this_network" }
  | { kind: "private_network" }
  /** `network`: the address without its last part ("203.0.113", "2001:db8:85a3"). */
  | { kind: "internet"; network: string };

type Address = { version: 4; parts: number[] } | { version: 6; parts: number[] };

/** The sign-in's address compared with the address of the request asking. */
export function placeOfSignIn(ip: string | null, currentIp: string | null): SignInPlace {
  const address = ip === null ? null : parseAddress(ip);
  if (!address) return { kind: "unknown" };
  const current = currentIp === null ? null : parseAddress(currentIp);
  if (current && sameNetwork(address, current)) return { kind: "this_network" };
  if (isPrivate(address)) return { kind: "private_network" };
  return { kind: "internet", network: networkOf(address) };
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function parseIpv4(text: string): number[] | null {
  const match = IPV4.exec(text);
  if (!match) return null;
  const parts = match.slice(1).map(Number);
  return parts.every((part) => part <= 255) ? parts : null;
}

/** The eight 16-bit groups of an IPv6 address, or null. */
function parseIpv6(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const groupsOf = (half: string | undefined) => (half ? half.split(":") : []);
  const head = groupsOf(halves[0]);
  const tail = groupsOf(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!groups.every((group) => /^[0-9a-f]{1,4}$/i.test(group))) return null;
  return groups.map((group) => parseInt(group, 16));
}

function parseAddress(text: string): Address | null {
  const bare = text.trim().replace(/\/\d+$/, "");
  const mappedIpv4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  const v4 = parseIpv4(mappedIpv4 ?? bare);
  if (v4) return { version: 4, parts: v4 };
  const v6 = bare.includes(":") ? parseIpv6(bare) : null;
  return v6 ? { version: 6, parts: v6 } : null;
}

/** One network: the same /24 for IPv4, the same /64 (a home or a phone's connection) for IPv6. */
function sameNetwork(a: Address, b: Address): boolean {
  const prefix = a.version === 4 ? 3 : 4;
  return a.version === b.version && a.parts.slice(0, prefix).every((p, i) => p === b.parts[i]);
}

/** Loopback, private (RFC 1918, unique local), link-local and carrier-grade NAT addresses. */
function isPrivate({ version, parts }: Address): boolean {
  const [a = 0, b = 0] = parts;
  if (version === 4)
    return (
      a === 10 ||
      a === 127 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  const loopback = parts.slice(0, 7).every((p) => p === 0) && parts[7] === 1;
  return loopback || (a & 0xfe00) === 0xfc00 || (a & 0xffc0) === 0xfe80;
}

function networkOf({ version, parts }: Address): string {
  return version === 4
    ? parts.slice(0, 3).join(".")
    : parts
        .slice(0, 3)
        .map((p) => p.toString(16))
        .join(":");
}
