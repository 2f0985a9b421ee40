import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships, users } from "@/db/schema";
import { seedDemo } from "@/server/seed/seed";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";

const db = useTestDb();

describe("demo seed", () => {
  it("creates the demo clinic once, with a signed first visit the therapist can open", async () => {
    await seedDemo(db());
    expect(await seedDemo(db())).toBe(false);

    const [therapist] = await db()
      .select({ userId: users.id, clinicId: memberships.clinicId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(sql`lower(${users.email})`, "therapist@demo.clinic"));
    const api = callerFor(db(), { kind: "clinician", role: "therapist", userId: therapist!.userId, clinicId: therapist!.clinicId });
    const caseload = await api.athlete.list();
    expect(caseload.length).toBeGreaterThanOrEqual(5);
    const jordan = caseload.find((a) => a.lastName === "Rivera")!;
    const [visit] = await api.assessment.list({ athleteId: jordan.id });
    expect(visit).toMatchObject({ kind: "initial", status: "signed" });
    const detail = await api.assessment.get({ assessmentId: visit!.id });
    expect(Object.keys(detail.sections).sort()).toEqual(["gait", "mobilityStrength", "redFlags", "symptomHistory", "tarsalTunnel"]);
    expect(detail.cues.map((c) => c.id)).toContain("cadence-increase");
    expect((await api.outcome.list({ athleteId: jordan.id })).items[0]).toMatchObject({ instrument: "LEFS", complete: true });
    expect(await api.shoe.list({ athleteId: jordan.id })).toHaveLength(1);

    // A demo worth opening: starter templates, and two athletes whose plans the engine has decided from their logs.
    expect((await api.template.list()).map((t) => t.name)).toEqual(expect.arrayContaining(["Early nerve glides (irritable)", "Return to run: foot and calf strength"]));
    const marcus = caseload.find((a) => a.lastName === "Okafor")!;
    const [marcusProgram] = await api.program.list({ athleteId: marcus.id });
    const marcusPlan = (await api.plan.get({ programId: marcusProgram!.id }))!;
    const weekly = marcusPlan.decisions.filter((d) => d.kind === "weekly").sort((a, b) => a.weekIndex - b.weekIndex);
    expect(weekly.map((d) => d.decision)).toEqual(["PROGRESS", "HOLD", "PROGRESS", "PROGRESS"]);
    expect(weekly[1]!.reason).toMatch(/amber/i);
    expect(marcusPlan.state.stage).toBe(5);
    const aiko = caseload.find((a) => a.lastName === "Tanaka")!;
    expect((await api.alert.list({ athleteId: aiko.id })).map((a) => a.type)).toContain("red-run");
    expect((await api.outcome.list({ athleteId: aiko.id })).items[0]).toMatchObject({ instrument: "LEFS", complete: true });
  });
});
