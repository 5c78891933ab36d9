import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";

import { formatRecoveryCode, RECOVERY_CODES } from "@carryover/domain/identity";

/** AES-256-GCM with a key derived from AUTH_SECRET for this one purpose: a database copy alone reveals no secret. */
const keyFor = (authSecret: string) =>
  Buffer.from(hkdfSync("sha256", authSecret, "carryover", "totp-secret-v1", 32));

export function sealSecret(authSecret: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString("base64url")}`;
}

export function openSecret(authSecret: string, sealed: string): string {
  const bytes = Buffer.from(sealed.replace(/^v1\./, ""), "base64url");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(authSecret), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString("utf8");
}

/** Recovery codes carry 80 random bits, so a fast hash cannot be walked back (a password needs argon2). */
export const hashRecoveryCode = (code: string) =>
  createHash("sha256").update(`recovery:${code}`).digest("base64url");

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODES.count }, () =>
    formatRecoveryCode(randomBytes(RECOVERY_CODES.length)),
  );
}
