// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { athleteChecklist } from "@/server/domain/triage/triggers";
import { createClinicFixture, createExerciseRecord, createShoeRecord, createTemplateRecord, greenRun, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();
const START = "2026-11-02";

/** A program started on 2026-11-02 with one exercise 3×/week and a run/walk plan at S1 (8 min, days 0, 2, 4). */
async function startProgram(fx: ClinicFixture) {
  const { template } = await createTemplateRecord(db(), fx);
  return callerFor(db(), fx.therapist, new Date(`${START}T08:00:00Z`)).program.start({ requestKey: randomUUID(),
    athleteId: fx.athlete.athlete.id, name: "Return to run", startDate: START, templateId: template.id, runPlan: { stage: 1, targetWeeklyMinutes: 150 },
  });
}

/** A checklist with every question answered "no". */
const allNo = Object.fromEntries(athleteChecklist.map((q) => [q.key, "no" as const]));
const at = (iso: string) => new Date(`${iso}T19:00:00Z`);
const api = (fx: ClinicFixture, day: string) => callerFor(db(), fx.athlete.actor!, at(day));
const logRun = (fx: ClinicFixture, date: string, over: Parameters<typeof greenRun>[1] = {}) =>
  api(fx, date).portal.log({ kind: "run", clientId: randomUUID(), ...greenRun(date, over) });

describe("portal.plan: this week's sessions and what became of them (R5)", () => {
  it("marks done, partial, due, upcoming and missed; a log up to 2 days late counts", async () => {
    const fx = await createClinicFixture(db());
    const program = await startProgram(fx);
    const item = program.items[0]!;
    // Week 1 (index 1): 2026-11-09 … 15; planned exercise days 9, 11, 13; runs 9, 11, 13.
    await api(fx, "2026-11-10").portal.log({
      kind: "exercise", clientId: randomUUID(), date: "2026-11-10", programId: program.id, exerciseId: item.exerciseId, side: item.side,
      status: "done", setsDone: 3, repsDone: 10, symptomNrs: 0, settleMinutes: 0, note: null,
    });
    await logRun(fx, "2026-11-11", { plannedRunMinutes: 8, runMinutes: 3 });
    const plan = (await api(fx, "2026-11-13").portal.plan())!;
    expect(plan.weekIndex).toBe(1);
    expect(plan.exercises[0]!.week.map((s) => [s.date, s.status])).toEqual([["2026-11-09", "done"], ["2026-11-11", "due"], ["2026-11-13", "due"]]);
    expect(plan.runStatuses.map((s) => [s.date, s.status])).toEqual([["2026-11-09", "missed"], ["2026-11-11", "partial"], ["2026-11-13", "due"]]);
    // Exercise: 1 done of 3 prescribed → 33 %; runs: 0.5 of 3 → 17 %; overall 1.5 of 6 → 25 %.
    expect(plan.adherence).toEqual({ exercise: 33, run: 17, overall: 25 });
  });
});

describe("portal.checkIns", () => {
  it("asks yesterday's run for its next-morning answer, and the checklist weekly and after a RED run", async () => {
    const fx = await createClinicFixture(db());
    await startProgram(fx);
    const { logId } = await logRun(fx, "2026-11-04", { nextMorningNrs: null });
    let checkIns = await api(fx, "2026-11-05").portal.checkIns();
    expect(checkIns).toEqual({ nextMorning: [{ logId, date: "2026-11-04", runMinutes: 8 }], checklist: { due: true, reason: "weekly" } });
    await api(fx, "2026-11-05").portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-05", answers: allNo });
    expect((await api(fx, "2026-11-05").portal.checkIns()).checklist).toEqual({ due: false, reason: null });
    // Next morning worse than before the run → RED (docs/clinical-rules.md R2.2) → the checklist is asked again (7.4).
    await callerFor(db(), fx.athlete.actor!, new Date("2026-11-05T19:30:00Z")).portal.answerNextMorning({ clientId: randomUUID(), logId, nextMorningNrs: 3 });
    checkIns = await callerFor(db(), fx.athlete.actor!, new Date("2026-11-05T20:00:00Z")).portal.checkIns();
    expect(checkIns).toEqual({ nextMorning: [], checklist: { due: true, reason: "red-run" } });
    // A week after the last checklist it is due again.
    await api(fx, "2026-11-06").portal.submitChecklist({ clientId: randomUUID(), date: "2026-11-06", answers: allNo });
    expect((await api(fx, "2026-11-12").portal.checkIns()).checklist.due).toBe(false);
    expect((await api(fx, "2026-11-13").portal.checkIns()).checklist).toEqual({ due: true, reason: "weekly" });
  });
});

describe("portal.progress and shoe mileage", () => {
  it("shows weekly run minutes vs plan, the symptom trend and shoe km that grow with logged runs", async () => {
    const fx = await createClinicFixture(db());
    await startProgram(fx);
    const shoe = await createShoeRecord(db(), fx);
    await logRun(fx, "2026-11-02", { shoeId: shoe.id, distanceKm: 1.4 });
    await logRun(fx, "2026-11-04", { shoeId: shoe.id, distanceKm: 1.5, tingling: 4, onsetMinute: 6 });
    await api(fx, "2026-11-05").portal.log({ kind: "cross_training", clientId: randomUUID(), date: "2026-11-05", activity: "cycling", minutes: 30, rpe: 4, note: null });
    const progress = await api(fx, "2026-11-10").portal.progress();
    expect(progress.weeks).toEqual([
      { weekIndex: 0, startDate: "2026-11-02", plannedRunMinutes: 24, runMinutes: 16, load: 8 * 3 + 8 * 3 + 30 * 4 },
      { weekIndex: 1, startDate: "2026-11-09", plannedRunMinutes: expect.any(Number), runMinutes: 0, load: 0 },
    ]);
    expect(progress.symptomTrend).toEqual([
      { date: "2026-11-02", peak: 1, symptomFreeMinutes: 8, runMinutes: 8, runClass: "GREEN" },
      { date: "2026-11-04", peak: 4, symptomFreeMinutes: 6, runMinutes: 8, runClass: "AMBER" },
    ]);
    expect(progress.shoes).toEqual([expect.objectContaining({ id: shoe.id, loggedKm: 2.9, totalKm: 2.9, isDueForReview: false })]);
    const [therapistView] = await callerFor(db(), fx.therapist, at("2026-11-10")).shoe.list({ athleteId: fx.athlete.athlete.id });
    expect(therapistView).toMatchObject({ loggedKm: 2.9, totalKm: 2.9 });
  });
});

describe("nerve glides follow their symptom rule (lasting symptoms regress)", () => {
  it("a glide session with symptoms lingering over 30 min advises regressing, to the athlete and the therapist", async () => {
    const fx = await createClinicFixture(db());
    const slider = await createExerciseRecord(db(), fx.clinicId, { name: "Supine tibial nerve slider", category: "Neural mobility", glideKind: "slider" });
    const program = await callerFor(db(), fx.therapist, at(START)).program.start({ requestKey: randomUUID(),
      athleteId: fx.athlete.athlete.id, name: "Glides", startDate: START,
      items: [{ exerciseId: slider.id, sets: 2, reps: 10, holdSeconds: null, perWeek: 7, side: "left", notes: null }],
    });
    const session = (date: string, symptomNrs: number, settleMinutes: number) => api(fx, date).portal.log({
      kind: "exercise", clientId: randomUUID(), date, programId: program.id, exerciseId: slider.id, side: "left",
      status: "done", setsDone: 2, repsDone: 10, symptomNrs, settleMinutes, note: null,
    });
    await session("2026-11-03", 1, 0);
    expect((await api(fx, "2026-11-03").portal.plan())!.exercises[0]!.glideAdvice).toMatchObject({ action: "hold" });
    await session("2026-11-04", 3, 45);
    const advice = (await api(fx, "2026-11-04").portal.plan())!.exercises[0]!.glideAdvice;
    expect(advice).toEqual({ action: "regress", reason: expect.stringContaining("symptoms lingered 45 min") });
    const [seen] = await callerFor(db(), fx.therapist, at("2026-11-04")).program.list({ athleteId: fx.athlete.athlete.id });
    expect(seen!.glideAdvice).toEqual([{ exerciseId: slider.id, side: "left", advice }]);
    // A week later the lingering session has left the window.
    expect((await api(fx, "2026-11-12").portal.plan())!.exercises[0]!.glideAdvice).toBeNull();
  });
});

describe("portal.outcomeSchedule", () => {
  it("says when a questionnaire is next due: the last completion plus the re-assessment interval (6 weeks)", async () => {
    const fx = await createClinicFixture(db());
    const clinic = callerFor(db(), fx.therapist, at("2026-11-02"));
    await clinic.outcome.record({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "NRS", answers: { value: 5 } });
    await clinic.outcome.record({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "DN4", answers: {} }).catch(() => null);
    expect(await api(fx, "2026-12-13").portal.outcomeSchedule()).toEqual([{ instrument: "NRS", lastCompleted: "2026-11-02", dueDate: "2026-12-14", isDue: false }]);
    expect((await api(fx, "2026-12-14").portal.outcomeSchedule())[0]!.isDue).toBe(true);
    // Once the physio sends it, it is listed with the questionnaires to fill in instead.
    await callerFor(db(), fx.therapist, at("2026-12-14")).outcome.request({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "NRS" });
    expect(await api(fx, "2026-12-14").portal.outcomeSchedule()).toEqual([]);
  });
});
