import { describe, expect, it } from "vitest";
import {
  checkPassword, newPasswordInput, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, passwordProblemMessages,
  type PasswordProblem,
} from "@/server/domain/auth/password-policy";

/** A password of exactly n characters that is neither common nor repetitive. */
const ofLength = (n: number) => "zyxwvutsrq9876543210ponmlkjihgfedcba".repeat(4).slice(0, n);

describe("checkPassword", () => {
  it("uses the NIST limits", () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(PASSWORD_MAX_LENGTH).toBe(128);
  });

  it.each<[string, string, PasswordProblem[]]>([
    ["11 characters", ofLength(11), ["too-short"]],
    ["12 characters", ofLength(12), []],
    ["128 characters", ofLength(128), []],
    ["129 characters", ofLength(129), ["too-long"]],
    ["empty", "", ["too-short", "repetitive"]],
  ])("length: %s → %j", (_label, password, problems) => {
    expect(checkPassword(password)).toEqual(problems);
  });

  it.each<[string, string, PasswordProblem[]]>([
    // Counted in characters (code points), not UTF-16 units: each emoji is two units.
    ["12 emoji", "🏃🚴🏊🧗🤸⛹🏋🤾🏌🏄🚣🏇", []],
    ["11 emoji", "🏃🚴🏊🧗🤸⛹🏋🤾🏌🏄🚣", ["too-short"]],
  ])("length in characters: %s → %j", (_label, password, problems) => {
    expect(checkPassword(password)).toEqual(problems);
  });

  it.each<[string, PasswordProblem[]]>([
    ["password1234", ["common"]],
    ["PassWord1234", ["common"]],
    ["marathon2024", ["common"]],
    ["password12345", ["common"]],
    ["password1235", []],
    ["marathon2025", []],
  ])("common list: %s → %j", (password, problems) => {
    expect(checkPassword(password)).toEqual(problems);
  });

  it.each<[string, PasswordProblem[]]>([
    ["aaaaaaaaaaaa", ["repetitive"]],
    ["abababababab", ["repetitive"]],
    ["AbaBabABabab", ["repetitive"]],
    ["abcabcabcabc", []],
  ])("repetitive: %s → %j", (password, problems) => {
    expect(checkPassword(password)).toEqual(problems);
  });

  it.each<[string, string | undefined, PasswordProblem[]]>([
    ["my-jamie.runner-pw", "jamie.runner@example.com", ["contains-email"]],
    ["MY-JAMIE.RUNNER-PW", "Jamie.Runner@example.com", ["contains-email"]],
    ["my-jamie.walker-pw", "jamie.runner@example.com", []],
    // Local parts shorter than 4 characters are too common a substring to refuse.
    ["kit-and-caboodle", "kit@example.com", []],
    ["kits-and-caboodle", "kits@example.com", ["contains-email"]],
    ["kits-and-caboodle", undefined, []],
  ])("contains email: %s with %s → %j", (password, email, problems) => {
    expect(checkPassword(password, email)).toEqual(problems);
  });

  it("reports every problem at once", () => {
    expect(checkPassword("aaaa", "aaaa@example.com")).toEqual(["too-short", "repetitive", "contains-email"]);
  });
});

describe("newPasswordInput", () => {
  it.each([ofLength(12), ofLength(128), "correct horse battery staple"])("accepts %s", (password) => {
    expect(newPasswordInput.safeParse(password)).toEqual({ success: true, data: password });
  });

  it.each<[string, PasswordProblem[]]>([
    [ofLength(11), ["too-short"]],
    [ofLength(129), ["too-long"]],
    ["password1234", ["common"]],
    ["abababababab", ["repetitive"]],
    ["abab", ["too-short", "repetitive"]],
  ])("refuses %s with one message per problem", (password, problems) => {
    const result = newPasswordInput.safeParse(password);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(problems.map((p) => passwordProblemMessages[p]));
  });

  it.each([undefined, null, 123456789012])("refuses a non-string (%s)", (value) => {
    expect(newPasswordInput.safeParse(value).success).toBe(false);
  });
});
