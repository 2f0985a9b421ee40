import { randomUUID } from "node:crypto";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import type { DomainError } from "@/server/domain/errors";
import { callerFor, publicCtx } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { athleteFieldsFixture, createClinicFixture } from "../helpers/factories";

const db = useTestDb();

describe("athletes", () => {
  it("a therapist creates, edits and archives an athlete on their caseload", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const created = await api.athlete.create({ ...athleteFieldsFixture({ firstName: "Robin", lastName: "Hale" }), requestKey: randomUUID() });
    expect(created).toMatchObject({ firstName: "Robin", lastName: "Hale", version: 1 });
    expect(created.therapists.map((t) => t.userId)).toEqual([fx.therapist.userId]);

    const list = await api.athlete.list();
    expect(list.map((a) => a.id)).toContain(created.id);

    const updated = await api.athlete.update({ ...athleteFieldsFixture({ firstName: "Robin", lastName: "Hale-Smith" }), athleteId: created.id, version: 1 });
    expect(updated).toMatchObject({ lastName: "Hale-Smith", version: 2 });
    await expect(api.athlete.update({ ...athleteFieldsFixture(), athleteId: created.id, version: 1 })).rejects.toMatchObject({ code: "CONFLICT" });

    const archived = await api.athlete.archive({ athleteId: created.id });
    expect(archived.archivedAt).toBeInstanceOf(Date);
    expect((await api.athlete.list()).map((a) => a.id)).not.toContain(created.id);
    expect((await api.athlete.list({ includeArchived: true })).map((a) => a.id)).toContain(created.id);
  });
});

describe("athlete dates", () => {
  const today = new Date("2026-12-02T09:00:00Z");

  it("refuses a date of birth in the future: BAD_REQUEST naming the field, nothing stored", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist, today);
    const error = await api.athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture({ lastName: "Futureborn", dateOfBirth: "2031-07-01" }) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "The date of birth cannot be in the future" });
    expect((error as { cause?: DomainError }).cause?.fieldErrors).toEqual({ dateOfBirth: ["The date of birth cannot be in the future"] });
    expect((await api.athlete.list({ search: "Futureborn" })).length).toBe(0);
  });

  it("over HTTP, the form gets the problem beside the date of birth", async () => {
    const fx = await createClinicFixture(db());
    const res = await fetchRequestHandler({
      endpoint: "/api/trpc",
      req: new Request("http://localhost:3000/api/trpc/athlete.create", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize({ requestKey: randomUUID(), ...athleteFieldsFixture({ dateOfBirth: "2024-01-01" }) })),
      }),
      router: appRouter,
      createContext: () => ({ ...publicCtx(db(), { now: today }), actor: fx.therapist }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: Parameters<typeof superjson.deserialize>[0] };
    const shape = superjson.deserialize(body.error) as { data: { code: string; zodError: { fieldErrors: Record<string, string[]> } } };
    expect(shape.data.code).toBe("BAD_REQUEST");
    expect(shape.data.zodError.fieldErrors).toEqual({ dateOfBirth: ["The athlete must be at least 5 years old; check the year"] });
  });

  it("checks a changed date on edit, and lets a goal race that has since receded stay", async () => {
    const fx = await createClinicFixture(db());
    const created = await callerFor(db(), fx.therapist, new Date("2025-01-10T09:00:00Z")).athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture({ goalDate: "2025-03-01" }) });
    const api = callerFor(db(), fx.therapist, today);
    const edit = { ...athleteFieldsFixture({ goalDate: "2025-03-01", weeklyKm: 30 }), athleteId: created.id, version: 1 };
    await expect(api.athlete.update(edit)).resolves.toMatchObject({ weeklyKm: 30, version: 2 });
    await expect(api.athlete.update({ ...edit, version: 2, dateOfBirth: "2027-01-01" })).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The date of birth cannot be in the future" });
  });

  it.each([
    ["a visit dated in two days", (api: ReturnType<typeof callerFor>, athleteId: string) => api.assessment.start({ requestKey: randomUUID(), athleteId, kind: "initial", visitDate: "2026-12-04" }), "The visit date cannot be in the future"],
    ["a visit in 1999", (api: ReturnType<typeof callerFor>, athleteId: string) => api.assessment.start({ requestKey: randomUUID(), athleteId, kind: "initial", visitDate: "1999-06-01" }), "A visit date before 2000 is not accepted; check the year"],
    ["a shoe bought next week", (api: ReturnType<typeof callerFor>, athleteId: string) => api.shoe.create({ requestKey: randomUUID(), athleteId, brand: "Asics", model: "Nimbus", purchaseDate: "2026-12-09", use: "road" }), "The purchase date cannot be in the future"],
  ])("refuses %s", async (_label, call, message) => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist, today);
    const athlete = await api.athlete.create({ requestKey: randomUUID(), ...athleteFieldsFixture() });
    await expect(call(api, athlete.id)).rejects.toMatchObject({ code: "BAD_REQUEST", message });
  });
});
