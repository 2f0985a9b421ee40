import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { activityLogs } from "@/db/schema";
import { addDays } from "@/server/domain/dates";
import { loadLogs } from "@/server/services/records/logs";
import { getAthleteOrThrow } from "@/server/services/scope";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, greenRun } from "../helpers/factories";

const db = useTestDb();
const TODAY = "2026-11-26";

describe("windowed run history (R2)", () => {
  it("classifies the runs of a window exactly as the whole history does", async () => {
    const fx = await createClinicFixture(db());
    const athleteId = fx.athlete.athlete.id;
    // 200 days, some days with two runs: planned lengths that are and are not within ±10 % of each other, onsets known, unknown and 0.
    const planned = [8, 12, 18, 20, 22, 25, 30, null];
    const rows = Array.from({ length: 260 }, (_, i) => {
      const date = addDays(TODAY, -200 + Math.floor((i * 200) / 260));
      const p = planned[(i * 7) % planned.length]!;
      const onset = i % 4 === 0 ? null : i % 9 === 0 ? 0 : Math.max(1, (p ?? 20) - (i % 6) * 2);
      const at = new Date(`${date}T${String(6 + (i % 12)).padStart(2, "0")}:00:00Z`);
      return {
        clinicId: fx.clinicId, athleteId, clientId: randomUUID(), kind: "run" as const, date, payloadHash: randomUUID(), response: {}, createdAt: at, updatedAt: at,
        data: greenRun(date, { plannedRunMinutes: p, runMinutes: p ?? 15, onsetMinute: onset, tingling: onset === null ? 0 : 2 }),
      };
    });
    await db().insert(activityLogs).values(rows);
    const athlete = await getAthleteOrThrow({ db: db(), actor: fx.therapist }, athleteId);
    const whole = await loadLogs(db(), athlete, null, TODAY);
    const classes = (logs: typeof whole) => logs.map((l) => ({ id: l.id, runClass: l.runClass, reasons: l.classReasons }));
    let amberByOnset = 0;
    for (const days of [1, 7, 28, 60, 84, 150]) {
      const from = addDays(TODAY, -days);
      const windowed = await loadLogs(db(), athlete, from, TODAY);
      expect(windowed.length).toBeGreaterThan(0);
      expect(classes(windowed)).toEqual(classes(whole.filter((l) => l.date >= from)));
      amberByOnset += windowed.filter((l) => l.classFindings.some((f) => f.kind === "earlier-onset")).length;
    }
    // The comparison run mattered: some runs of the windows are amber for an earlier onset.
    expect(amberByOnset).toBeGreaterThan(0);
  });
});
