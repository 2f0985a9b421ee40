// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture } from "../helpers/factories";

const db = useTestDb();

describe("exercise library", () => {
  it("starts every clinic with the 34 starter exercises of the library (9), once", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const first = await api.exercise.list();
    const second = await api.exercise.list();
    expect(first.filter((e) => e.isStarter)).toHaveLength(34);
    expect(second).toHaveLength(first.length);
    expect(first[0]).toMatchObject({ starterNumber: 1, name: "Supine tibial nerve slider", glideKind: "slider" });
    expect(first.find((e) => e.starterNumber === 4)?.glideKind).toBe("tensioner");
  });

  it("searches by name, target or category", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const calf = await api.exercise.list({ search: "calf raise" });
    expect(calf.map((e) => e.starterNumber)).toEqual([20, 21]);
    const glides = await api.exercise.list({ category: "Nerve glide (slider)" });
    expect(glides.map((e) => e.starterNumber)).toEqual([1, 2]);
  });

  it("adds, edits and archives the clinic's own exercises, invisible to other clinics", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const created = await api.exercise.create({ requestKey: randomUUID(),
      name: "Stair calf raise with pause", category: "Calf strength", target: "Gastrocnemius", dosage: "3 × 12, 3×/week",
      cues: "Rise high over the big toe, pause two seconds at the top, lower slowly over three seconds.",
    });
    expect(created).toMatchObject({ isStarter: false, version: 1, glideKind: null });
    const updated = await api.exercise.update({ ...created, exerciseId: created.id, dosage: "3 × 15, 3×/week", version: 1 });
    expect(updated).toMatchObject({ dosage: "3 × 15, 3×/week", version: 2 });
    await expect(api.exercise.update({ ...created, exerciseId: created.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });

    await api.exercise.archive({ exerciseId: created.id });
    expect((await api.exercise.list()).map((e) => e.id)).not.toContain(created.id);
    expect((await api.exercise.list({ includeArchived: true })).map((e) => e.id)).toContain(created.id);

    const other = await createClinicFixture(db());
    await expect(callerFor(db(), other.therapist).exercise.get({ exerciseId: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("rejects instructions too short to stand on their own, and non-http image links", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const base = { name: "Toe taps", category: "Mobility", target: "Ankle", dosage: "2 × 20", cues: "Tap." };
    await expect(api.exercise.create({ ...base, requestKey: randomUUID() })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.exercise.create({ requestKey: randomUUID(), ...base, cues: "Tap the toes up and down while the heel stays on the floor.", imageUrl: "javascript:alert(1)" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
