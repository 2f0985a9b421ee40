import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
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
