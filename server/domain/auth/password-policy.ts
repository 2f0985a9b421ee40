import { z } from "zod";

/** NIST SP 800-63B: length over composition rules, a cap to bound hashing cost, no common passwords. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const commonPasswords = new Set([
  "password1234", "123456789012", "qwertyuiopas", "iloveyou1234", "passwordpassword",
  "letmeinletmein", "welcome12345", "administrator", "changeme1234", "111111111111",
  "abcdefghijkl", "qwerty123456", "password12345", "marathon2024", "runner123456",
]);

export type PasswordProblem = "too-short" | "too-long" | "common" | "repetitive" | "contains-email";

/** Problems with a proposed password, empty when acceptable. */
export function checkPassword(password: string, email?: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) problems.push("too-short");
  if (length > PASSWORD_MAX_LENGTH) problems.push("too-long");
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower)) problems.push("common");
  if (new Set(lower).size <= 2) problems.push("repetitive");
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) problems.push("contains-email");
  return problems;
}

export const passwordProblemMessages: Record<PasswordProblem, string> = {
  "too-short": `Use at least ${PASSWORD_MIN_LENGTH} characters`,
  "too-long": `Use at most ${PASSWORD_MAX_LENGTH} characters`,
  common: "This password is too common",
  repetitive: "Use more than two different characters",
  "contains-email": "Do not use your email address in the password",
};

/** A zod schema for a new password (email checks happen where the email is known). */
export const newPasswordInput = z.string().superRefine((value, ctx) => {
  for (const problem of checkPassword(value)) ctx.addIssue({ code: "custom", message: passwordProblemMessages[problem] });
});
