import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createClinicFixture } from "../helpers/factories";

const db = useTestDb();

const lefs = (perItem: number) => ({ items: Array.from({ length: 20 }, () => perItem) });

describe("outcome measures", () => {
  it("scores LEFS on the server and flags the change against its MCID of 9", async () => {
    const fx = await createClinicFixture(db());
    // Each measure is completed minutes after the one before, so baseline and latest are told apart by time.
    const at = (minute: number) => callerFor(db(), fx.therapist, new Date(Date.UTC(2026, 10, 2, 9, minute)));
    const athleteId = fx.athlete.athlete.id;
    const baseline = await at(0).outcome.record({ requestKey: randomUUID(), athleteId, instrument: "LEFS", answers: lefs(2) });
    expect(baseline).toMatchObject({ score: 40, complete: true, instrument: "LEFS", licenceNote: expect.any(String) });

    await at(1).outcome.record({ requestKey: randomUUID(), athleteId, instrument: "LEFS", answers: { items: [...lefs(2).items.slice(0, 19), 4] } });
    let trend = (await at(2).outcome.list({ athleteId })).trends.find((t) => t.instrument === "LEFS")!;
    expect(trend.change).toMatchObject({ change: 2, direction: "better", passesMcid: false });

    await at(3).outcome.record({ requestKey: randomUUID(), athleteId, instrument: "LEFS", answers: { items: [...lefs(2).items.slice(0, 11), 3, 3, 3, 3, 3, 3, 3, 3, 3] } });
    trend = (await at(4).outcome.list({ athleteId })).trends.find((t) => t.instrument === "LEFS")!;
    expect(trend).toMatchObject({ baseline: { score: 40 }, latest: { score: 49 }, change: { change: 9, passesMcid: true } });
  });

  it("never prorates: an unanswered LEFS item leaves the measure incomplete and unscored", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const partial = await api.outcome.record({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "LEFS", answers: { items: [...lefs(3).items.slice(0, 19), null] } });
    expect(partial).toMatchObject({ score: null, complete: false });
  });

  it("keeps licensed add-ons off until the owner records a licence", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const dn4 = { instrument: "DN4" as const, athleteId: fx.athlete.athlete.id, answers: {
      burning: true, painfulCold: false, electricShocks: false, tingling: true, pinsAndNeedles: true, numbness: true,
      itching: false, hypoaesthesiaTouch: false, hypoaesthesiaPinprick: false, brushingPain: false,
    } };
    await expect(api.outcome.record({ ...dn4, requestKey: randomUUID() })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("licence") });
    const owner = callerFor(db(), fx.owner);
    const settings = await owner.settings.get();
    await owner.settings.updateAddOns({ licensedAddOns: { DN4: "Mapi Research Trust, licence MRT-2026-0042" }, version: settings.version });
    expect(await api.outcome.record({ ...dn4, requestKey: randomUUID() })).toMatchObject({ instrument: "DN4", score: 4, complete: true, interpretation: expect.stringContaining("cut-off") });
  });

  it("an athlete completes a requested measure in the portal and the score lands on the record", async () => {
    const fx = await createClinicFixture(db());
    const therapist = callerFor(db(), fx.therapist);
    const athleteId = fx.athlete.athlete.id;
    const requested = await therapist.outcome.request({ requestKey: randomUUID(), athleteId, instrument: "NRS" });
    expect(requested.status).toBe("requested");
    // A second request of the same instrument reuses the open one.
    expect((await therapist.outcome.request({ requestKey: randomUUID(), athleteId, instrument: "NRS" })).id).toBe(requested.id);

    const athlete = callerFor(db(), fx.athlete.actor);
    expect((await athlete.portal.pendingOutcomes()).map((o) => o.id)).toEqual([requested.id]);
    // Another athlete of the clinic cannot see or answer it.
    const other = callerFor(db(), fx.otherAthlete.actor);
    expect(await other.portal.pendingOutcomes()).toEqual([]);
    await expect(other.portal.completeOutcome({ outcomeId: requested.id, instrument: "NRS", answers: { value: 1 } })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const done = await athlete.portal.completeOutcome({ outcomeId: requested.id, instrument: "NRS", answers: { value: 3 } });
    expect(done).toMatchObject({ status: "completed", score: 3, completedByRole: "athlete" });
    await expect(athlete.portal.completeOutcome({ outcomeId: requested.id, instrument: "NRS", answers: { value: 2 } })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    expect((await therapist.outcome.list({ athleteId })).items.find((o) => o.id === requested.id)).toMatchObject({ score: 3 });
  });

  it("never sends instruments with examination items (DN4, LANSS) to the portal", async () => {
    const fx = await createClinicFixture(db());
    const owner = callerFor(db(), fx.owner);
    await owner.settings.updateAddOns({ licensedAddOns: { DN4: "Mapi Research Trust, licence MRT-2026-0042" }, version: (await owner.settings.get()).version });
    await expect(callerFor(db(), fx.therapist).outcome.request({ requestKey: randomUUID(), athleteId: fx.athlete.athlete.id, instrument: "DN4" })).rejects.toMatchObject({
      code: "PRECONDITION_FAILED", message: expect.stringContaining("clinical examination"),
    });
  });

  it("cannot send a measure to an athlete without a portal account", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const created = await api.athlete.create({ requestKey: randomUUID(), firstName: "Noor", lastName: "Haddad", dateOfBirth: "1995-02-03", sex: "female" });
    await expect(api.outcome.request({ requestKey: randomUUID(), athleteId: created.id, instrument: "LEFS" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });
});
