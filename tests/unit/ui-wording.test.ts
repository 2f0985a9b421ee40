import { describe, expect, it } from "vitest";
import { z } from "zod";
import { createAthleteInput } from "@/server/domain/athletes/schemas";
import { triggerReason } from "@/server/domain/triage/wording";

describe("triggerReason: the question's ID never doubled", () => {
  it.each([
    ["T-U7", "T-U7 One-sided calf swelling, warmth or tenderness: answered yes", "One-sided calf swelling, warmth or tenderness: answered yes"],
    ["T-E1", "T-E1 Saddle area marked on a run log", "Saddle area marked on a run log"],
    ["T-U7", "T-U7: calf swelling", "calf swelling"],
    ["T-U6", "new symptoms at rest", "new symptoms at rest"],
    ["T-U7", "T-U7", "One-sided calf swelling, warmth or tenderness (possible DVT)"],
  ])("%s %j → %j", (id, reason, expected) => {
    expect(triggerReason(id, reason)).toBe(expected);
  });
});

describe("one message map for zod issues: plain words, never zod's defaults", () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ["a missing value", z.string(), undefined, "Fill this in"],
    ["an empty required text", z.string().min(1), "", "Fill this in"],
    ["text too short", z.string().min(3), "ab", "At least 3 characters"],
    ["text too long", z.string().max(5), "abcdef", "At most 5 characters"],
    ["not a number", z.number(), "x", "Enter a number"],
    ["not a whole number", z.number().int(), 1.5, "Enter a whole number"],
    ["a number too small", z.number().min(0), -1, "At least 0"],
    ["a number too big", z.number().max(10), 11, "At most 10"],
    ["a number not above the bound", z.number().gt(0), 0, "More than 0"],
    ["too few items", z.array(z.string()).min(2), [], "Choose at least 2"],
    ["an unknown option", z.enum(["a", "b"]), "c", "Choose one of the options"],
    ["a malformed email", z.email(), "nope", "Enter an email address like name@example.com"],
    ["a malformed id", z.uuid(), "x", "Choose an item from the list"],
    ["half steps", z.number().multipleOf(0.5), 0.3, "Use steps of 0.5"],
  ])("%s → %j", (_label, schema, value, message) => {
    const issue = schema.safeParse(value).error?.issues[0];
    expect(issue?.message).toBe(message);
  });

  it("keeps a schema's own message", () => {
    expect(z.string().min(1, "Enter a first name").safeParse("").error?.issues[0]?.message).toBe("Enter a first name");
  });

  it("never lets a default through on the app's inputs", () => {
    const { error } = createAthleteInput.safeParse({ firstName: 7, weeklyKm: "many", yearsRunning: 2.5, sex: "x", dateOfBirth: "soon" });
    for (const issue of error?.issues ?? []) expect(issue.message).not.toMatch(/Invalid input|Too small|Too big|expected|received/);
  });
});
