import type { z } from "zod";
import { dn4Items } from "@/server/domain/scoring/dn4";
import { instruments, type InstrumentId, type ScoreResult } from "@/server/domain/scoring/instruments";
import { lanssItems } from "@/server/domain/scoring/lanss";
import { lefsItems } from "@/server/domain/scoring/lefs";
import { painDetectItems } from "@/server/domain/scoring/paindetect";

const numberOrNull = (v: FormDataEntryValue | null) => (v === null || v === "" ? null : Number(v));
const yesNoOrNull = (v: FormDataEntryValue | null) => (v === "yes" ? true : v === "no" ? false : null);
const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.trim() : "");

/** Form field names of the PSFS row at a position. */
export const psfsFieldNames = (row: number) => ({ activity: `activity-${row}`, rating: `rating-${row}` });

/**
 * Form fields → the instrument's answer shape. Unanswered stays null, never "no": the server then
 * marks the administration incomplete instead of prorating (docs/clinical-rules.md R9.2).
 */
export function answersFromForm(instrument: InstrumentId, form: FormData, psfsRows = 0): unknown {
  switch (instrument) {
    case "LEFS":
      return { items: lefsItems.map((_, i) => numberOrNull(form.get(`item-${i}`))) };
    case "PSFS":
      return {
        activities: Array.from({ length: psfsRows }, (_, i) => {
          const names = psfsFieldNames(i);
          return { activity: text(form.get(names.activity)), rating: numberOrNull(form.get(names.rating)) };
        }),
      };
    case "NRS":
      return { value: numberOrNull(form.get("value")) };
    case "DN4":
      return Object.fromEntries(dn4Items.map((i) => [i.key, yesNoOrNull(form.get(i.key))]));
    case "LANSS":
      return Object.fromEntries(lanssItems.map((i) => [i.key, yesNoOrNull(form.get(i.key))]));
    case "PAINDETECT":
      return {
        ...Object.fromEntries(painDetectItems.map((i) => [i.key, numberOrNull(form.get(i.key))])),
        coursePattern: form.get("coursePattern") || null,
        radiation: yesNoOrNull(form.get("radiation")),
      };
  }
}

/** How many of the scored answers are given (PSFS: ratings of the listed activities). */
export function answeredCount(instrument: InstrumentId, answers: unknown): { answered: number; total: number } {
  const values =
    instrument === "LEFS"
      ? (answers as { items: (number | null)[] }).items
      : instrument === "PSFS"
        ? (answers as { activities: { rating: number | null }[] }).activities.map((a) => a.rating)
        : Object.values(answers as Record<string, unknown>);
  return { answered: values.filter((v) => v !== null && v !== undefined).length, total: values.length };
}

/** "52 / 80", or "20 (−1 to 38)" for a scale that does not start at 0. */
export function formatScore(instrument: InstrumentId, score: number): string {
  const [min, max] = instruments[instrument].range;
  return min === 0 ? `${score} / ${max}` : `${score} (${String(min).replace("-", "−")} to ${max})`;
}

export type LiveTotal = { answered: number; total: number; result: ScoreResult | null };

/** The total as the browser sees it, only as a hint: the server scores what is saved. */
export function liveTotal(instrument: InstrumentId, answers: unknown): LiveTotal {
  const { answered, total } = answeredCount(instrument, answers);
  const definition = instruments[instrument] as { answersSchema: z.ZodType; score: (a: unknown) => ScoreResult };
  const parsed = definition.answersSchema.safeParse(answers);
  return { answered, total, result: parsed.success ? definition.score(parsed.data) : null };
}

export type AnswerProblems = { messages: string[]; fields: Record<string, string[]> };

/** Zod issues of an instrument's answers as sentences, and per form field where there is one. */
export function describeAnswerIssues(instrument: InstrumentId, issues: z.ZodError["issues"]): AnswerProblems {
  const messages: string[] = [];
  const fields: Record<string, string[]> = {};
  for (const issue of issues) {
    const [first, row, field] = issue.path;
    if (instrument === "PSFS" && first === "activities" && typeof row === "number" && (field === "activity" || field === "rating")) {
      const name = psfsFieldNames(row)[field];
      const message = field === "rating" ? "Rate it with a whole number from 0 to 10" : issue.message;
      fields[name] = [...(fields[name] ?? []), message];
      messages.push(`Activity ${row + 1}: ${message}`);
    } else {
      messages.push(issue.message);
    }
  }
  return { messages: [...new Set(messages)], fields };
}
