import { once } from "node:events";
import { connect, type Socket } from "node:net";
import type { Readable } from "node:stream";

export type ScanResult = { clean: true } | { clean: false; signature: string };

export interface VirusScanPort {
  /** False for the stand-in that scans nothing: callers need not read a file back for it. */
  readonly enabled: boolean;
  /** Reads `body` to its end (or destroys it); rejects with VirusScanUnavailableError when no verdict came. */
  scan(body: Readable): Promise<ScanResult>;
}

/** The scanner could not be reached or gave no verdict: treat the file as unscanned. */
export class VirusScanUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "VirusScanUnavailableError";
  }
}

/** Scanning off (the default): every file passes. */
export const noVirusScan: VirusScanPort = {
  enabled: false,
  scan(body) {
    body.destroy();
    return Promise.resolve({ clean: true });
  },
};

export type ClamAvConfig = { host: string; port: number; timeoutMs?: number };

/** clamd's verdict line: "stream: OK" or "stream: <signature> FOUND"; anything else is an error. */
export function parseClamdReply(reply: string): ScanResult {
  const text = reply.replace(/\0/g, "").trim();
  if (text === "stream: OK") return { clean: true };
  const found = /^stream: (.+) FOUND$/.exec(text);
  if (found?.[1]) return { clean: false, signature: found[1] };
  throw new VirusScanUnavailableError(`ClamAV did not scan the file: ${text || "no reply"}`);
}

function openSocket(config: ClamAvConfig): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: config.host, port: config.port });
    socket.setTimeout(config.timeoutMs ?? 60_000, () =>
      socket.destroy(new VirusScanUnavailableError("ClamAV did not answer in time.")),
    );
    socket.once("connect", () => {
      socket.off("error", reject);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/** Everything clamd sends until its reply's terminating NUL, or until it closes the connection. */
function readReply(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let reply = "";
    socket.on("data", (data: Buffer) => {
      reply += data.toString("utf8");
      if (reply.includes("\0")) resolve(reply);
    });
    socket.once("close", () => (reply ? resolve(reply) : reject(new Error("ClamAV closed."))));
    socket.on("error", () => undefined);
  });
}

async function write(socket: Socket, data: Uint8Array) {
  if (!socket.write(data)) await once(socket, "drain");
}

/** INSTREAM: each chunk after its length as 4 bytes big-endian, then a zero length. */
async function sendStream(socket: Socket, body: Readable) {
  await write(socket, Buffer.from("zINSTREAM\0"));
  for await (const chunk of body) {
    const data = chunk as Buffer;
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    await write(socket, length);
    await write(socket, data);
  }
  await write(socket, Buffer.alloc(4));
}

/**
 * A ClamAV daemon reached over TCP (clamd's INSTREAM command). clamd refuses a stream longer than its
 * StreamMaxLength (25 MB by default): raise it to the video limit, or videos will not pass.
 */
export function createClamAvScan(config: ClamAvConfig): VirusScanPort {
  return {
    enabled: true,
    async scan(body) {
      const socket = await openSocket(config).catch((cause: unknown) => {
        body.destroy();
        throw new VirusScanUnavailableError("ClamAV could not be reached.", { cause });
      });
      const reply = readReply(socket);
      reply.catch(() => undefined);
      try {
        await sendStream(socket, body);
      } catch (cause) {
        body.destroy();
        socket.destroy();
        // clamd answers early, and closes, when the stream passes its size limit.
        const early = await reply.catch(() => null);
        if (early) return parseClamdReply(early);
        throw new VirusScanUnavailableError("The file could not be sent to ClamAV.", { cause });
      }
      try {
        return parseClamdReply(await reply);
      } catch (cause) {
        if (cause instanceof VirusScanUnavailableError) throw cause;
        throw new VirusScanUnavailableError("ClamAV gave no verdict.", { cause });
      } finally {
        socket.destroy();
      }
    },
  };
}
