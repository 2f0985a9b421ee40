/**
 * Mistakes are corrected without deleting history: a measure entered in error is voided or
 * superseded (kept, shown as void, left out of comparisons), a draft visit is discarded (signed ones
 * are amended), a pending invite is withdrawn or resent.
 */
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assessments, outcomeMeasures } from "@/db/schema";
import { callerFor } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { createAssessmentRecord, createAthleteRecord, createClinicFixture } from "../helpers/factories";
import { inviteNewAthlete, quietInviteLinks, tokenFromInvite } from "../helpers/invites";

const db = useTestDb();
quietInviteLinks();

const lefs = (perItem: number) => ({ items: Array.from({ length: 20 }, () => perItem) });
const key = () => ({ requestKey: randomUUID() });

describe("voiding and superseding an outcome measure", () => {
  it("a voided LEFS stays listed as void with its reason and leaves the trend", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const athleteId = fx.athlete.athlete.id;
    await api.outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(2) });
    const wrong = await api.outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(2) });
    expect((await api.outcome.list({ athleteId })).trends[0]).toMatchObject({ baseline: { score: 40 }, latest: { score: 40 } });

    const voided = await api.outcome.void({ outcomeId: wrong.id, reason: "Saved twice by mistake" });
    expect(voided.voided).toMatchObject({ reason: "Saved twice by mistake", supersededById: null });

    const { items, trends } = await api.outcome.list({ athleteId });
    expect(items.map((o) => [o.id, o.voided?.reason ?? null])).toContainEqual([wrong.id, "Saved twice by mistake"]);
    // One valid score left: a baseline and no "40 → 40, no change".
    expect(trends).toEqual([expect.objectContaining({ instrument: "LEFS", baseline: expect.objectContaining({ score: 40 }), latest: null, change: null })]);
    await expect(api.outcome.void({ outcomeId: wrong.id, reason: "again" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const timeline = await api.insight.timeline({ athleteId });
    expect(timeline.filter((e) => e.kind === "outcome").map((e) => e.detail).sort()).toEqual(["Score 40", "Void (entered in error)"]);
  });

  it("the visit comparison (and with it the printed report) leaves a void measure out", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist, new Date("2026-11-02T09:05:00Z"));
    const athleteId = fx.athlete.athlete.id;
    // The first measure a few minutes before the second: baseline and latest are told apart by time.
    await callerFor(db(), fx.therapist, new Date("2026-11-02T09:00:00Z")).outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(2) });
    const wrong = await api.outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(4) });
    expect((await api.assessment.compare({ athleteId })).outcomes[0]).toMatchObject({ latest: { score: 80 } });
    await api.outcome.void({ outcomeId: wrong.id, reason: "Recorded for another athlete" });
    expect((await api.assessment.compare({ athleteId })).outcomes[0]).toMatchObject({ baseline: { score: 40 }, latest: null });
  });

  it("superseding voids the original and records the correct answers, linked", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const athleteId = fx.athlete.athlete.id;
    await api.outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(2) });
    const typo = await api.outcome.record({ ...key(), athleteId, instrument: "LEFS", answers: lefs(1) });
    const corrected = await api.outcome.supersede({ ...key(), outcomeId: typo.id, reason: "Item scores typed one column left", instrument: "LEFS", answers: lefs(3) });
    expect(corrected).toMatchObject({ score: 60, voided: null });

    const { items, trends } = await api.outcome.list({ athleteId });
    expect(items.find((o) => o.id === typo.id)!.voided).toMatchObject({ supersededById: corrected.id, reason: "Item scores typed one column left" });
    expect(trends[0]).toMatchObject({ baseline: { score: 40 }, latest: { score: 60 }, change: { change: 20 } });
    await expect(api.outcome.supersede({ ...key(), outcomeId: typo.id, reason: "twice", instrument: "LEFS", answers: lefs(3) }))
      .rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("a void needs a reason; the correction keeps the instrument; another clinic cannot void", async () => {
    const fx = await createClinicFixture(db());
    const other = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const nrs = await api.outcome.record({ ...key(), athleteId: fx.athlete.athlete.id, instrument: "NRS", answers: { value: 6 } });
    await expect(api.outcome.void({ outcomeId: nrs.id, reason: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(api.outcome.supersede({ ...key(), outcomeId: nrs.id, reason: "Wrong form", instrument: "LEFS", answers: lefs(2) }))
      .rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("same questionnaire") });
    await expect(callerFor(db(), other.therapist).outcome.void({ outcomeId: nrs.id, reason: "Not ours" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await db().select().from(outcomeMeasures).where(eq(outcomeMeasures.id, nrs.id));
    expect(row!.voidedAt).toBeNull();
  });
});

describe("discarding a draft visit", () => {
  it("a discarded draft leaves the list and cannot be edited, but the row stays", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const athleteId = fx.athlete.athlete.id;
    const draft = await api.assessment.start({ ...key(), athleteId, kind: "initial", visitDate: "2026-11-02" });
    await api.assessment.discard({ assessmentId: draft.id, version: draft.version });

    expect((await api.assessment.list({ athleteId })).map((a) => a.id)).not.toContain(draft.id);
    await expect(api.assessment.get({ assessmentId: draft.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.assessment.saveSection({ assessmentId: draft.id, kind: "gait", version: 0, data: { cadenceSpm: 170 } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const [row] = await db().select().from(assessments).where(eq(assessments.id, draft.id));
    expect(row).toMatchObject({ status: "draft", discardedBy: fx.therapist.userId });
    // The discarded initial visit no longer blocks a new initial visit.
    await expect(api.assessment.start({ ...key(), athleteId, kind: "initial", visitDate: "2026-11-03" })).resolves.toMatchObject({ kind: "initial" });
  });

  it("a signed visit cannot be discarded; a stale version is a conflict", async () => {
    const fx = await createClinicFixture(db());
    const api = callerFor(db(), fx.therapist);
    const signed = await createAssessmentRecord(db(), fx, { signed: true });
    await expect(api.assessment.discard({ assessmentId: signed.id, version: signed.version })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("amend") });
    const draft = await createAssessmentRecord(db(), fx);
    await expect(api.assessment.discard({ assessmentId: draft.id, version: draft.version + 1 })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(callerFor(db(), fx.otherTherapist).assessment.discard({ assessmentId: draft.id, version: draft.version })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("withdrawing and resending an invite", () => {
  it("a withdrawn invite's link says it was withdrawn and cannot be accepted", async () => {
    const fx = await createClinicFixture(db());
    const { inviteId, token, athlete } = await inviteNewAthlete(db(), fx.therapist);
    const api = callerFor(db(), fx.therapist);
    await api.invite.revoke({ inviteId });
    const anonymous = callerFor(db(), null);
    expect(await anonymous.invite.inspect({ token })).toEqual({ status: "withdrawn" });
    await expect(anonymous.invite.accept({ token, password: "a brand new passphrase 42" })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringContaining("withdrawn") });
    expect((await api.athlete.get({ athleteId: athlete.id })).pendingInviteId).toBeNull();
    await expect(api.invite.revoke({ inviteId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
  });

  it("resending gives a new link and kills the old one", async () => {
    const fx = await createClinicFixture(db());
    const { inviteId, token, athlete } = await inviteNewAthlete(db(), fx.therapist);
    const api = callerFor(db(), fx.therapist);
    const resent = await api.invite.resend({ ...key(), inviteId });
    expect(resent.inviteId).not.toBe(inviteId);
    const anonymous = callerFor(db(), null);
    expect(await anonymous.invite.inspect({ token })).toEqual({ status: "revoked" });
    expect(await anonymous.invite.inspect({ token: tokenFromInvite(resent) })).toMatchObject({ status: "usable" });
    expect((await api.athlete.get({ athleteId: athlete.id })).pendingInviteId).toBe(resent.inviteId);
  });

  it("another therapist's athlete's invite and a therapist invite are out of a therapist's reach", async () => {
    const fx = await createClinicFixture(db());
    const { inviteId } = await inviteNewAthlete(db(), fx.therapist);
    await expect(callerFor(db(), fx.otherTherapist).invite.revoke({ inviteId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const team = await callerFor(db(), fx.owner).clinic.addTherapist({ ...key(), name: "Toni", email: `${randomUUID().slice(0, 8)}@test.clinic` });
    await expect(callerFor(db(), fx.therapist).invite.revoke({ inviteId: team.inviteId })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerFor(db(), fx.owner).invite.revoke({ inviteId: team.inviteId })).resolves.toMatchObject({ status: "withdrawn" });
    const { athlete } = await createAthleteRecord(db(), fx.therapist);
    expect((await callerFor(db(), fx.therapist).athlete.get({ athleteId: athlete.id })).pendingInviteId).toBeNull();
  });
});
