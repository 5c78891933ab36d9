import { randomBytes } from "node:crypto";
import { createServer, type AddressInfo, type Server, type Socket } from "node:net";
import { Readable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";

import {
  createClamAvScan,
  noVirusScan,
  parseClamdReply,
  VirusScanUnavailableError,
} from "./virus-scan";

// Built from two halves so that no scanner on a developer's machine takes this file for a virus.
const EICAR = ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"].join(
  "",
);

type Clamd = { port: number; received: Buffer[]; server: Server };

/**
 * A stand-in for clamd speaking INSTREAM as clamd does: "zINSTREAM\0", then chunks each after its
 * length (4 bytes, big-endian), a zero length to finish; it answers "stream: OK\0" or
 * "stream: <signature> FOUND\0", or an error when the stream passes `maxLength`, and closes.
 */
async function startClamd(options: { maxLength?: number; reply?: string } = {}): Promise<Clamd> {
  const received: Buffer[] = [];
  const server = createServer((socket: Socket) => {
    let pending = Buffer.alloc(0);
    let content = Buffer.alloc(0);
    let started = false;
    const answer = (text: string) => socket.end(`${text}\0`);
    socket.on("data", (data: Buffer) => {
      pending = Buffer.concat([pending, data]);
      if (!started) {
        if (pending.length < 10) return;
        if (pending.subarray(0, 10).toString() !== "zINSTREAM\0") return answer("UNKNOWN COMMAND");
        started = true;
        pending = pending.subarray(10);
      }
      while (pending.length >= 4 && !socket.writableEnded) {
        const length = pending.readUInt32BE(0);
        if (length === 0) {
          received.push(content);
          const verdict = content.includes(EICAR)
            ? "stream: Eicar-Test-Signature FOUND"
            : "stream: OK";
          return answer(options.reply ?? verdict);
        }
        if (pending.length < 4 + length) return;
        content = Buffer.concat([content, pending.subarray(4, 4 + length)]);
        pending = pending.subarray(4 + length);
        if (options.maxLength !== undefined && content.length > options.maxLength) {
          return answer("INSTREAM size limit exceeded. ERROR");
        }
      }
    });
    socket.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as AddressInfo).port, received, server };
}

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
});
const clamd = async (options?: Parameters<typeof startClamd>[0]) => {
  const started = await startClamd(options);
  servers.push(started.server);
  return { ...started, scan: createClamAvScan({ host: "127.0.0.1", port: started.port }) };
};

const chunks = (data: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(data.length / size) }, (_, i) =>
      data.subarray(i * size, (i + 1) * size),
    ),
  );

describe("the ClamAV adapter", () => {
  it("sends the whole file in INSTREAM chunks and reports it clean", async () => {
    const { scan, received } = await clamd();
    const data = randomBytes(300_000);
    expect(await scan.scan(chunks(data, 65_536))).toEqual({ clean: true });
    expect(received).toHaveLength(1);
    expect(received[0]?.equals(data)).toBe(true);
  });

  it("reports the signature clamd found", async () => {
    const { scan } = await clamd();
    const data = Buffer.concat([randomBytes(10_000), Buffer.from(EICAR), randomBytes(10)]);
    expect(await scan.scan(chunks(data, 4096))).toEqual({
      clean: false,
      signature: "Eicar-Test-Signature",
    });
  });

  it("scans an empty file", async () => {
    const { scan, received } = await clamd();
    expect(await scan.scan(Readable.from([]))).toEqual({ clean: true });
    expect(received[0]?.length).toBe(0);
  });

  it("gives no verdict when clamd stops a stream past its size limit", async () => {
    const { scan } = await clamd({ maxLength: 100_000 });
    const body = chunks(randomBytes(2_000_000), 65_536);
    await expect(scan.scan(body)).rejects.toThrow(/size limit exceeded/);
    expect(body.destroyed).toBe(true);
  });

  it("gives no verdict on an error reply", async () => {
    const { scan } = await clamd({ reply: "stream: Can't allocate memory ERROR" });
    await expect(scan.scan(chunks(randomBytes(10), 10))).rejects.toBeInstanceOf(
      VirusScanUnavailableError,
    );
  });

  it("gives no verdict when clamd cannot be reached, and lets the file go", async () => {
    const { port, server } = await startClamd();
    await new Promise((done) => server.close(done));
    const body = chunks(randomBytes(10), 10);
    const scan = createClamAvScan({ host: "127.0.0.1", port });
    await expect(scan.scan(body)).rejects.toThrow("ClamAV could not be reached.");
    expect(body.destroyed).toBe(true);
  });

  it("gives no verdict when the file cannot be read to the end", async () => {
    const { scan } = await clamd();
    const body = Readable.from(
      (function* () {
        yield randomBytes(1000);
        throw new Error("storage read failed");
      })(),
    );
    await expect(scan.scan(body)).rejects.toThrow("The file could not be sent to ClamAV.");
  });

  it("gives no verdict when clamd does not answer in time", async () => {
    const silent = createServer((socket) => socket.on("data", () => undefined));
    servers.push(silent);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    const scan = createClamAvScan({
      host: "127.0.0.1",
      port: (silent.address() as AddressInfo).port,
      timeoutMs: 200,
    });
    await expect(scan.scan(chunks(randomBytes(10), 10))).rejects.toBeInstanceOf(
      VirusScanUnavailableError,
    );
  });
});

describe("parseClamdReply", () => {
  it("reads clamd's verdicts", () => {
    expect(parseClamdReply("stream: OK\0")).toEqual({ clean: true });
    expect(parseClamdReply("stream: Win.Test.EICAR_HDB-1 FOUND\0")).toEqual({
      clean: false,
      signature: "Win.Test.EICAR_HDB-1",
    });
    expect(() => parseClamdReply("")).toThrow(VirusScanUnavailableError);
  });
});

describe("noVirusScan", () => {
  it("is off, passes every file and lets it go", async () => {
    const body = chunks(Buffer.from(EICAR), 10);
    expect(noVirusScan.enabled).toBe(false);
    expect(await noVirusScan.scan(body)).toEqual({ clean: true });
    expect(body.destroyed).toBe(true);
  });
});
