import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createShoeRecord } from "../helpers/factories";

const db = useTestDb();

async function startVisit(kind: "initial" | "reassessment" = "initial", visitDate = "2026-11-02") {
  const fx = await createClinicFixture(db());
  const api = callerFor(db(), fx.therapist);
  const visit = await api.assessment.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, kind, visitDate });
  return { fx, api, visit, athleteId: fx.athlete.athlete.id };
}

describe("assessment visits", () => {
  it("records sections on a draft, signs it read-only, and amends it as a new version", async () => {
    const { api, visit, athleteId } = await startVisit();
    expect(visit).toMatchObject({ status: "draft", kind: "initial", visitDate: "2026-11-02", sections: {} });

    const saved = await api.assessment.saveSection({
      assessmentId: visit.id, kind: "mobilityStrength", version: 0,
      data: { kneeToWallCm: { L: 9.5, R: 7 }, calfRaiseReps: { L: 24, R: 18 } },
    });
    expect(saved.sections.mobilityStrength).toMatchObject({ kneeToWallCm: { L: 9.5, R: 7 } });
    expect(saved.sectionStates.mobilityStrength?.version).toBe(1);

    const signed = await api.assessment.sign({ assessmentId: visit.id, version: saved.version });
    expect(signed).toMatchObject({ status: "signed", signedAt: expect.any(Date) });
    await expect(
      api.assessment.saveSection({ assessmentId: visit.id, kind: "mobilityStrength", version: 1, data: { kneeToWallCm: { L: 1 } } }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    const amendment = await api.assessment.amend({ assessmentId: visit.id });
    expect(amendment).toMatchObject({ status: "draft", amendsAssessmentId: visit.id, sections: saved.sections });
    await api.assessment.saveSection({
      assessmentId: amendment.id, kind: "mobilityStrength", version: 1, data: { kneeToWallCm: { L: 10, R: 7 } },
    });
    await api.assessment.sign({ assessmentId: amendment.id, version: amendment.version });

    const list = await api.assessment.list({ athleteId });
    const original = list.find((a) => a.id === visit.id)!;
    expect(original.supersededAt).toBeInstanceOf(Date);
    // The old version is still readable, unchanged.
    expect((await api.assessment.get({ assessmentId: visit.id })).sections.mobilityStrength?.kneeToWallCm).toEqual({ L: 9.5, R: 7 });
    await expect(api.assessment.amend({ assessmentId: visit.id })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("refuses a second initial assessment", async () => {
    const { api, athleteId } = await startVisit();
    await expect(api.assessment.start({ requestKey: randomUUID(), athleteId, kind: "initial", visitDate: "2026-11-09" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("gives the second of two concurrent writers a conflict instead of overwriting", async () => {
    const { fx, api, visit } = await startVisit();
    const colleague = callerFor(db(), fx.owner);
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "gait", version: 0, data: { cadenceSpm: 158 } });
    // The colleague's form was loaded before that save (version 0).
    await expect(
      colleague.assessment.saveSection({ assessmentId: visit.id, kind: "gait", version: 0, data: { cadenceSpm: 170 } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Reload") });
    expect((await api.assessment.get({ assessmentId: visit.id })).sections.gait?.cadenceSpm).toBe(158);
  });

  it("validates section data against its schema and writes nothing when it is invalid", async () => {
    const { api, visit } = await startVisit();
    await expect(
      api.assessment.saveSection({ assessmentId: visit.id, kind: "gait", version: 0, data: { cadenceSpm: 900 } } as never),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect((await api.assessment.get({ assessmentId: visit.id })).sections).toEqual({});
  });

  it("computes gait cues from the saved values", async () => {
    const { api, visit } = await startVisit();
    const saved = await api.assessment.saveSection({
      assessmentId: visit.id, kind: "gait", version: 0,
      data: { cadenceSpm: 160, speedKmh: 10, footStrike: { L: "rearfoot", R: "rearfoot" }, overstride: "yes" },
    });
    expect(saved.cues.map((c) => c.id)).toContain("cadence-increase");
  });

  it("accepts footwear reviews only of the athlete's own shoes", async () => {
    const { fx, api, visit } = await startVisit();
    const shoe = await createShoeRecord(db(), fx);
    const other = await createClinicFixture(db());
    const foreign = await createShoeRecord(db(), other);
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "footwear", version: 0, data: { shoes: [{ shoeId: shoe.id }] } as never });
    await expect(
      api.assessment.saveSection({ assessmentId: visit.id, kind: "footwear", version: 1, data: { shoes: [{ shoeId: foreign.id }] } as never }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("red-flag triage from an assessment", () => {
  it("a yes on the screen raises a flag shown on the record and the caseload until acknowledged", async () => {
    const { fx, api, visit, athleteId } = await startVisit();
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "redFlags", version: 0, data: { "T-U7": "yes", "T-E1": "no" } as never });

    const flags = await api.triage.list({ athleteId });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ urgency: "urgent", source: "assessment", sourceId: visit.id, acknowledgedAt: null });
    expect(flags[0]!.triggers.map((t) => t.id)).toEqual(["T-U7"]);
    expect((await api.athlete.list()).find((a) => a.id === athleteId)?.openTriage).toBe("urgent");

    // Saving the same answers again does not raise a duplicate; a new yes raises only the new trigger.
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "redFlags", version: 1, data: { "T-U7": "yes", "T-E1": "yes" } as never });
    const after = await api.triage.list({ athleteId });
    expect(after).toHaveLength(2);
    expect(after.find((f) => f.urgency === "emergency")!.triggers.map((t) => t.id)).toEqual(["T-E1"]);
    expect((await api.athlete.get({ athleteId })).openTriage).toBe("emergency");

    // Answering "no" later never clears a flag; only an acknowledgement does.
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "redFlags", version: 2, data: { "T-U7": "no", "T-E1": "no" } as never });
    expect((await api.triage.list({ athleteId })).every((f) => f.acknowledgedAt === null)).toBe(true);
    for (const flag of after) {
      await callerFor(db(), fx.therapist).triage.acknowledge({ triageId: flag.id, action: "referred", note: "Sent to the emergency department" });
    }
    expect((await api.athlete.get({ athleteId })).openTriage).toBeNull();
    await expect(api.triage.acknowledge({ triageId: after[0]!.id, action: "advised", note: "again" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("findings raise flags too: a saddle region, and lost protective sensation", async () => {
    const { api, visit, athleteId } = await startVisit();
    await api.assessment.saveSection({ assessmentId: visit.id, kind: "symptomHistory", version: 0, data: { regions: ["MPN-R", "SADDLE"] } as never });
    await api.assessment.saveSection({
      assessmentId: visit.id, kind: "tarsalTunnel", version: 0,
      data: { R: { sensory: { monofilament: { plantarHallux: 1, firstMetHead: 3, fifthMetHead: 3 } } } } as never,
    });
    const ids = (await api.triage.list({ athleteId })).flatMap((f) => f.triggers.map((t) => t.id)).sort();
    expect(ids).toEqual(["T-E1", "T-U3"]);
  });
});

describe("re-assessment comparison", () => {
  it("compares baseline and latest signed visits item by item, with MCID verdicts", async () => {
    const { api, visit, athleteId } = await startVisit("initial", "2026-09-01");
    const first = await api.assessment.saveSection({ assessmentId: visit.id, kind: "mobilityStrength", version: 0, data: { kneeToWallCm: { L: 6, R: 6 } } });
    await api.assessment.sign({ assessmentId: visit.id, version: first.version });
    expect((await api.assessment.compare({ athleteId })).latest).toBeNull();

    const re = await api.assessment.start({ requestKey: randomUUID(), athleteId, kind: "reassessment", visitDate: "2026-10-13" });
    const second = await api.assessment.saveSection({ assessmentId: re.id, kind: "mobilityStrength", version: 0, data: { kneeToWallCm: { L: 9, R: 6.5 } } });
    await api.assessment.sign({ assessmentId: re.id, version: second.version });

    const comparison = await api.assessment.compare({ athleteId });
    expect(comparison.baseline?.id).toBe(visit.id);
    expect(comparison.latest?.id).toBe(re.id);
    const left = comparison.rows.find((r) => r.baseline === 6 && r.latest === 9)!;
    expect(left).toMatchObject({ change: 3, direction: "better", passesMcid: true });
    const right = comparison.rows.find((r) => r.baseline === 6 && r.latest === 6.5)!;
    expect(right).toMatchObject({ direction: "better", passesMcid: false });
  });
});
