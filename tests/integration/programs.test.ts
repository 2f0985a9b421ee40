// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture, createExerciseRecord } from "../helpers/factories";

const db = useTestDb();

const itemOf = (exerciseId: string, over: Record<string, unknown> = {}) => ({ exerciseId, sets: 3, reps: 10, perWeek: 3, side: "both" as const, ...over });

describe("program templates and programs", () => {
  it("builds a template from the library and starts a program from it", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const library = await api.exercise.list();
    const slider = library.find((e) => e.starterNumber === 1)!;
    const shortFoot = library.find((e) => e.starterNumber === 14)!;
    const template = await api.template.create({ requestKey: randomUUID(),
      name: "Tarsal tunnel, phase 1",
      items: [itemOf(slider.id, { sets: 2, reps: 12, perWeek: 14 }), itemOf(shortFoot.id, { reps: null, holdSeconds: 5, sets: 3, perWeek: 7 })],
    });
    expect(template.items.map((i) => i.exerciseName)).toEqual([slider.name, shortFoot.name]);
    expect((await api.template.list()).map((t) => t.id)).toContain(template.id);

    const program = await api.program.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Back to running", startDate: "2026-11-02", templateId: template.id });
    expect(program).toMatchObject({ status: "active", currentVersion: 1, templateId: template.id });
    expect(program.items).toHaveLength(2);
    await expect(
      api.program.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Second", startDate: "2026-11-02", templateId: template.id }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("versions every change; the history stays and a stale edit conflicts", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const exercise = await createExerciseRecord(db(), fx.clinicId);
    const program = await api.program.start({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, name: "Plan", startDate: "2026-11-02", items: [itemOf(exercise.id)] });
    const revised = await api.program.revise({ programId: program.id, currentVersion: 1, items: [itemOf(exercise.id, { reps: 15 })], changeNote: "More reps" });
    expect(revised).toMatchObject({ currentVersion: 2, items: [expect.objectContaining({ reps: 15 })] });
    expect(revised.history.map((h) => h.version)).toEqual([2, 1]);
    await expect(api.program.revise({ programId: program.id, currentVersion: 1, items: [itemOf(exercise.id)] })).rejects.toMatchObject({ code: "CONFLICT" });

    // An archived exercise can stay in the program but cannot be newly added.
    await api.exercise.archive({ exerciseId: exercise.id });
    await api.program.revise({ programId: program.id, currentVersion: 2, items: [itemOf(exercise.id, { reps: 12 })] });
    const other = await createExerciseRecord(db(), fx.clinicId);
    await api.exercise.archive({ exerciseId: other.id });
    await expect(api.program.revise({ programId: program.id, currentVersion: 3, items: [itemOf(other.id)] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("keeps sliders before tensioners across versions (2.3)", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const library = await api.exercise.list();
    const slider = library.find((e) => e.starterNumber === 1)!;
    const tensioner = library.find((e) => e.starterNumber === 4)!;
    const athleteId = fx.athlete.athlete.id;
    await expect(
      api.program.start({ requestKey: randomUUID(), athleteId, name: "Too early", startDate: "2026-11-02", items: [itemOf(tensioner.id, { reps: 5, perWeek: 7 })] }),
    ).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("Sliders come before tensioners") });
    const program = await api.program.start({ requestKey: randomUUID(), athleteId, name: "Glides", startDate: "2026-11-02", items: [itemOf(slider.id, { perWeek: 14 })] });
    const later = await api.program.revise({
      programId: program.id, currentVersion: 1, changeNote: "Settles within seconds: add the tensioner",
      items: [itemOf(slider.id, { perWeek: 14 }), itemOf(tensioner.id, { reps: 5, perWeek: 7 })],
    });
    expect(later.items.map((i) => i.glideKind)).toEqual(["slider", "tensioner"]);
  });

  it("refuses another clinic's exercises and items without reps or a hold", async () => {
    const fx = await createClinicFixture(db());
    const other = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const foreign = await createExerciseRecord(db(), other.clinicId);
    await expect(api.template.create({ requestKey: randomUUID(), name: "Borrowed", items: [itemOf(foreign.id)] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await createExerciseRecord(db(), fx.clinicId);
    await expect(api.template.create({ requestKey: randomUUID(), name: "Empty dose", items: [itemOf(own.id, { reps: null })] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
