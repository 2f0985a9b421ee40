import { randomUUID } from "node:crypto";
import { and, eq, inArray } from "drizzle-orm";
import { createCaller } from "@/server/api/root";
import type { ClinicianActor } from "@/server/domain/access";
import { addDays } from "@/server/domain/dates";
import type { RunLog } from "@/server/domain/progression/run-log";
import { afterAthleteEvent } from "@/server/services/engine/weekly-decisions";
import { ensureStarterLibrary } from "@/server/services/use-cases/exercise";
import { systemScope } from "@/server/services/scope";
import type { Db } from "@/db/client";
import { activityLogs, exercises } from "@/db/schema";

const DAY = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Starter program templates of the demo clinic, each from the clinic's copy of the starter library. */
const templates = [
  {
    name: "Early nerve glides (irritable)",
    items: [
      { starter: 1, sets: 2, reps: 10, perWeek: 14 },
      { starter: 3, sets: 2, reps: 15, perWeek: 14 },
      { starter: 14, sets: 3, reps: 10, perWeek: 7 },
    ],
  },
  {
    name: "Return to run: foot and calf strength",
    items: [
      { starter: 1, sets: 2, reps: 12, perWeek: 7 },
      { starter: 21, sets: 3, reps: 12, perWeek: 3 },
      { starter: 16, sets: 3, reps: 10, perWeek: 7 },
      { starter: 23, sets: 3, reps: 12, perWeek: 3 },
    ],
  },
] as const;

/** One run of the demo history: `day` counted from the plan start; symptoms as the athlete rated them. */
type DemoRun = { day: number; minutes: number; planned: number; tingling: number; numbness?: number; nextMorning: number | null; settle?: number };

/**
 * Marcus improves steadily from S2 (green weeks, then a week held for two amber runs); Aiko's latest run
 * was red and her next-morning answer is still to come. The plan decisions are not written here: the
 * app's engine makes them from these logs, as it does for every athlete.
 */
const histories: { key: "okafor" | "tanaka"; template: 0 | 1; weeksAgo: number; stage: number; runs: DemoRun[] }[] = [
  {
    key: "okafor", template: 1, weeksAgo: 4, stage: 2,
    runs: [
      { day: 0, minutes: 12, planned: 12, tingling: 1, nextMorning: 0 },
      { day: 2, minutes: 12, planned: 12, tingling: 2, nextMorning: 0 },
      { day: 4, minutes: 12, planned: 12, tingling: 1, nextMorning: 0 },
      { day: 7, minutes: 18, planned: 18, tingling: 3, settle: 20, nextMorning: 0 },
      { day: 9, minutes: 18, planned: 18, tingling: 4, numbness: 2, settle: 30, nextMorning: 0 },
      { day: 11, minutes: 18, planned: 18, tingling: 2, nextMorning: 0 },
      { day: 14, minutes: 18, planned: 18, tingling: 1, nextMorning: 0 },
      { day: 16, minutes: 18, planned: 18, tingling: 2, nextMorning: 0 },
      { day: 18, minutes: 18, planned: 18, tingling: 1, nextMorning: 0 },
      { day: 21, minutes: 20, planned: 20, tingling: 1, nextMorning: 0 },
      { day: 23, minutes: 20, planned: 20, tingling: 2, nextMorning: 0 },
    ],
  },
  {
    key: "tanaka", template: 0, weeksAgo: 2, stage: 1,
    runs: [
      { day: 0, minutes: 8, planned: 8, tingling: 2, nextMorning: 0 },
      { day: 2, minutes: 8, planned: 8, tingling: 1, nextMorning: 0 },
      { day: 4, minutes: 8, planned: 8, tingling: 2, nextMorning: 0 },
      { day: 7, minutes: 12, planned: 12, tingling: 3, settle: 25, nextMorning: 1 },
      { day: 9, minutes: 12, planned: 12, tingling: 7, numbness: 4, settle: 90, nextMorning: null },
    ],
  },
];

const runOf = (date: string, r: DemoRun, surface: RunLog["surface"]): RunLog => ({
  date, plannedRunMinutes: r.planned, runMinutes: r.minutes, preNrs: 0, numbness: r.numbness ?? 0, tingling: r.tingling, burning: 0, pain: 0,
  onsetMinute: r.tingling > 2 ? Math.max(1, Math.round(r.minutes * 0.6)) : null, settleMinutes: r.settle ?? 0, stoppedForSymptoms: false,
  regions: [], motorSign: false, restSymptoms: false, nextMorningNrs: r.nextMorning, rpe: 3, surface, shoeId: null, temperatureC: 11,
  durationMinutes: r.minutes + 10,
});

/**
 * A few weeks of history for two demo athletes, made through the app's own procedures as the demo
 * therapist: starter templates, a program with a run/walk plan each, their logged runs, a LEFS, and
 * then the weekly decisions and alerts the engine makes from those logs. Dated relative to `now`.
 */
export async function seedDemoHistory(
  db: Db,
  ids: { clinicId: string; therapistId: string; athletes: Record<"okafor" | "tanaka", string> },
  now = new Date(),
): Promise<void> {
  const therapist: ClinicianActor = { kind: "clinician", userId: ids.therapistId, clinicId: ids.clinicId, role: "therapist" };
  const at = (when: Date) => createCaller({ db, actor: therapist, now: when, requestId: randomUUID(), ip: "127.0.0.1", appUrl: "" });
  await ensureStarterLibrary(db, ids.clinicId);
  const library = await db
    .select({ id: exercises.id, starterNumber: exercises.starterNumber })
    .from(exercises)
    .where(and(eq(exercises.clinicId, ids.clinicId), inArray(exercises.starterNumber, [1, 3, 14, 16, 21, 23])));
  const exerciseId = (n: number) => library.find((e) => e.starterNumber === n)!.id;

  const templateIds: string[] = [];
  for (const t of templates) {
    const created = await at(now).template.create({
      requestKey: randomUUID(), name: t.name,
      items: t.items.map((i) => ({ exerciseId: exerciseId(i.starter), sets: i.sets, reps: i.reps, holdSeconds: null, perWeek: i.perWeek, side: "both", notes: null })),
    });
    templateIds.push(created.id);
  }

  for (const h of histories) {
    const athleteId = ids.athletes[h.key];
    const start = new Date(now.getTime() - h.weeksAgo * 7 * DAY);
    const startDate = isoDay(start);
    await at(start).program.start({
      requestKey: randomUUID(), athleteId, name: templates[h.template].name, startDate, templateId: templateIds[h.template]!,
      runPlan: { stage: h.stage, targetWeeklyMinutes: 150 },
    });
    await at(start).outcome.record({
      requestKey: randomUUID(), athleteId, instrument: "LEFS",
      answers: { items: h.key === "okafor" ? [3, 3, 3, 3, 2, 3, 3, 2, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3] : [3, 2, 3, 2, 2, 2, 3, 2, 2, 2, 1, 1, 1, 2, 1, 2, 3, 2, 2, 3] },
    });
    for (const r of h.runs) {
      const date = addDays(startDate, r.day);
      const loggedAt = new Date(`${date}T18:30:00Z`);
      if (loggedAt > now) continue;
      await db.insert(activityLogs).values({
        clinicId: ids.clinicId, athleteId, clientId: randomUUID(), kind: "run", date, data: runOf(date, r, h.key === "tanaka" ? "trail" : "road"),
        payloadHash: randomUUID(), response: {}, createdAt: loggedAt, updatedAt: loggedAt,
      });
    }
    const engine = { db, now, requestId: randomUUID(), actor: null };
    await afterAthleteEvent(engine, await systemScope(db, { clinicId: ids.clinicId }).athlete(athleteId), { alerts: "always" });
  }
}
