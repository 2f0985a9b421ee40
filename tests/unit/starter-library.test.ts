import { describe, expect, it } from "vitest";
import { starterExercises } from "@/server/domain/exercises/starter-library";

// What the athlete reads in the portal: no rule or section codes, no clinician shorthand.
const codes = /\bR\d+\b|DOMAIN|\bsection \d|\(\d+\.\d+\)|\b(?:ladder|stage) \d+\.\d+|T-[EUR]\d/i;
const jargon = /\b(LOPS|DVT|GREEN|AMBER|RED|MT heads|radicular|hallux rigidus|irritability)\b|As above/;

describe("starter exercise library", () => {
  it.each(starterExercises.map((e) => [e.number, e.name, e] as const))("%i %s speaks plainly to the athlete", (_n, _name, e) => {
    for (const text of [e.dosage, e.cues, e.caution ?? ""]) {
      expect(text).not.toMatch(codes);
      expect(text).not.toMatch(jargon);
    }
  });
});
