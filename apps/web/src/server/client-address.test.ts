import { describe, expect, it } from "vitest";

import { clientAddress, parseTrustedProxies } from "./client-address";

const proxies = (list: string) => {
  const parsed = parseTrustedProxies(list);
  if (!parsed.ok) throw new Error(`invalid: ${parsed.invalid}`);
  return parsed.proxies;
};

describe("parseTrustedProxies", () => {
  it("takes addresses and CIDRs, IPv4 and IPv6, and an empty list", () => {
    const trusted = proxies(" 10.0.0.0/8, 192.168.1.7 ,fd00::/8, ::1");
    expect(trusted.has("10.20.30.40")).toBe(true);
    expect(trusted.has("192.168.1.7")).toBe(true);
    expect(trusted.has("192.168.1.8")).toBe(false);
    expect(trusted.has("fd12::1")).toBe(true);
    expect(trusted.has("::1")).toBe(true);
    expect(trusted.has("11.0.0.1")).toBe(false);
    expect(proxies("").has("127.0.0.1")).toBe(false);
  });

  it.each(["10.0.0.0/33", "fd00::/129", "10.0.0/8", "load-balancer", "10.0.0.1/8/1", "10.0.0.1/"])(
    "names %s as not an address or CIDR",
    (entry) => {
      expect(parseTrustedProxies(`10.0.0.1, ${entry}`)).toEqual({ ok: false, invalid: entry });
    },
  );
});

describe("clientAddress", () => {
  const lb = proxies("10.0.0.0/8");

  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", proxies(""))).toBe("203.0.113.9");
    expect(clientAddress("::ffff:127.0.0.1", "1.2.3.4, 5.6.7.8", proxies(""))).toBe("127.0.0.1");
  });

  it("is the socket's peer when that peer is not a trusted proxy", () => {
    expect(clientAddress("203.0.113.9", "198.51.100.1", lb)).toBe("203.0.113.9");
  });

  it("is the right-most untrusted X-Forwarded-For entry behind trusted proxies", () => {
    // The client wrote 6.6.6.6 itself; the load balancer appended the peer it saw.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1", lb)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.1, 10.0.0.3", lb)).toBe("198.51.100.1");
    expect(clientAddress("10.0.0.2", "2001:db8::5", lb)).toBe("2001:db8::5");
  });

  it("is the farthest trusted hop when every entry is a trusted proxy", () => {
    expect(clientAddress("10.0.0.2", "10.0.0.9, 10.0.0.3", lb)).toBe("10.0.0.9");
    expect(clientAddress("10.0.0.2", undefined, lb)).toBe("10.0.0.2");
  });

  it("is no address when the entry a trusted proxy wrote is not one", () => {
    expect(clientAddress("10.0.0.2", "198.51.100.1, not-an-ip", lb)).toBeNull();
    expect(clientAddress(undefined, undefined, lb)).toBeNull();
  });
});
