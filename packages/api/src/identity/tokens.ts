import { createHash, randomBytes } from "node:crypto";

/** Links carry the token; the database keeps only its hash, so a leaked table grants nothing. */
export const hashToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export function newToken() {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}
