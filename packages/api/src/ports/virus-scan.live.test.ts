import { randomBytes } from "node:crypto";
import { Readable } from "node:stream";
import { describe, expect, inject, it } from "vitest";

import { createClamAvScan } from "./virus-scan";

const { host, port } = inject("clamAv");

if (!host)
  console.info(
    "Live ClamAV suite SKIPPED: CLAMAV_HOST is not set. Point it (and CLAMAV_PORT, 3310 by default) at a running clamd to scan through it.",
  );

// Built from two halves so that no scanner on a developer's machine takes this file for a virus.
const EICAR = ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].join(
  "",
);

describe.skipIf(!host)("the ClamAV adapter against a running clamd", () => {
  const scan = createClamAvScan({ host, port });

  it("finds nothing in random bytes", async () => {
    expect(await scan.scan(Readable.from([randomBytes(200_000)]))).toEqual({ clean: true });
  });

  it("finds the EICAR test file, sent in small chunks", async () => {
    const data = Buffer.from(EICAR);
    const body = Readable.from([data.subarray(0, 20), data.subarray(20)]);
    expect(await scan.scan(body)).toEqual({
      clean: false,
      signature: expect.stringMatching(/eicar/i) as string,
    });
  });
});
