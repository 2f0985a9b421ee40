import { createHash, randomBytes } from "node:crypto";

/** A new invite token (sent to the person) and its SHA-256 (the only form stored). */
export function newInviteToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
