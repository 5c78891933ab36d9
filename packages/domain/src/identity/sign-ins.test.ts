import { describe, expect, it } from "vitest";

import { placeOfSignIn, storableUserAgent, USER_AGENT_MAX_LENGTH } from ".";

describe("storableUserAgent", () => {
  it("keeps a browser's User-Agent as it came", () => {
    const ua = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Version/17.5 Safari/604.1";
    expect(storableUserAgent(ua)).toBe(ua);
  });
  it("cuts an over-long header to the column's length", () => {
    expect(storableUserAgent("x".repeat(5000))).toHaveLength(USER_AGENT_MAX_LENGTH);
  });
  it("drops control characters, which PostgreSQL's text cannot all hold", () => {
    expect(storableUserAgent("curl\u0000/8\u0007.5\n")).toBe("curl/8.5");
  });
  it("is null when there is nothing to keep", () => {
    expect(storableUserAgent(null)).toBeNull();
    expect(storableUserAgent(undefined)).toBeNull();
    expect(storableUserAgent("  \u0000 ")).toBeNull();
  });
});

describe("placeOfSignIn", () => {
  it("is unknown without an address, or with one that is not an address", () => {
    expect(placeOfSignIn(null, "203.0.113.9")).toEqual({ kind: "unknown" });
    expect(placeOfSignIn("not-an-ip", "203.0.113.9")).toEqual({ kind: "unknown" });
    expect(placeOfSignIn("300.1.1.1", null)).toEqual({ kind: "unknown" });
    expect(placeOfSignIn("1:2:3", null)).toEqual({ kind: "unknown" });
    expect(placeOfSignIn("1::2::3", null)).toEqual({ kind: "unknown" });
  });

  it("names the network of the device asking when the addresses share it", () => {
    expect(placeOfSignIn("203.0.113.7", "203.0.113.200")).toEqual({ kind: "this_network" });
    expect(placeOfSignIn("2001:db8:85a3:1::7", "2001:db8:85a3:1:abcd::1")).toEqual({
      kind: "this_network",
    });
    expect(placeOfSignIn("127.0.0.1", "127.0.0.1")).toEqual({ kind: "this_network" });
  });

  it("tells another IPv6 network apart even when the first groups match", () => {
    expect(placeOfSignIn("2001:db8:85a3:2::7", "2001:db8:85a3:1::1")).toEqual({
      kind: "internet",
      network: "2001:db8:85a3",
    });
  });

  it("shows an internet address without its last part", () => {
    expect(placeOfSignIn("198.51.100.23", "203.0.113.9")).toEqual({
      kind: "internet",
      network: "198.51.100",
    });
    expect(placeOfSignIn("198.51.100.23", null)).toEqual({
      kind: "internet",
      network: "198.51.100",
    });
  });

  it("reads an IPv4 address mapped into IPv6, and a prefix length, as the address", () => {
    expect(placeOfSignIn("::ffff:198.51.100.23", "198.51.100.1")).toEqual({
      kind: "this_network",
    });
    expect(placeOfSignIn("198.51.100.23/32", null)).toEqual({
      kind: "internet",
      network: "198.51.100",
    });
  });

  it.each([
    "10.1.2.3",
    "172.16.0.1",
    "172.31.255.255",
    "192.168.1.20",
    "127.0.0.1",
    "169.254.10.10",
    "100.64.0.1",
    "::1",
    "fd12:3456:789a::1",
    "fe80::1ff:fe23:4567:890a",
  ])("calls %s a private network", (ip) => {
    expect(placeOfSignIn(ip, "203.0.113.9")).toEqual({ kind: "private_network" });
  });

  it.each(["172.32.0.1", "192.169.0.1", "100.128.0.1", "8.8.8.8", "2606:4700::1111"])(
    "calls %s an internet address",
    (ip) => {
      expect(placeOfSignIn(ip, "203.0.113.9")).toMatchObject({ kind: "internet" });
    },
  );
});
