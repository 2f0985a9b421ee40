import type { DbOrTx } from "@/db/client";
import type { outcomeMeasures } from "@/db/schema";
import { DomainError } from "@/server/domain/errors";
import { instruments, type InstrumentId } from "@/server/domain/scoring/instruments";
import { loadClinicSettings } from "./settings";

type OutcomeRow = typeof outcomeMeasures.$inferSelect;

export type OutcomeDto = {
  id: string;
  instrument: InstrumentId;
  instrumentVersion: string;
  licenceNote: string;
  status: OutcomeRow["status"];
  assessmentId: string | null;
  answers: unknown;
  score: number | null;
  complete: boolean;
  interpretation: string | null;
  requestedAt: Date | null;
  completedAt: Date | null;
  completedByRole: string | null;
  /** Entered in error: shown as void with its reason, left out of every comparison. */
  voided: { at: Date; reason: string; supersededById: string | null } | null;
};


export function toOutcomeDto(o: OutcomeRow): OutcomeDto {
  const instrument = o.instrument as InstrumentId;
  const scored = o.status === "completed" && o.answers ? instruments[instrument].score(o.answers as never) : null;
  return {
    id: o.id, instrument, instrumentVersion: o.instrumentVersion, licenceNote: o.licenceNote, status: o.status,
    assessmentId: o.assessmentId, answers: o.answers, score: o.score, complete: o.complete,
    interpretation: scored?.interpretation ?? null, requestedAt: o.requestedAt, completedAt: o.completedAt,
    completedByRole: o.completedByRole,
    voided: o.voidedAt ? { at: o.voidedAt, reason: o.voidReason ?? "", supersededById: o.supersededById } : null,
  };
}

/** Instruments with examination items only a clinician can complete; never sent to the portal. */
export const clinicianExamined = new Set<InstrumentId>(["DN4", "LANSS"]);

/** Scores answers on the server; totals are never taken from the client. */
export function scoreAnswers(instrument: InstrumentId, answers: unknown) {
  return instruments[instrument].score(answers as never);
}

/** Add-on questionnaires (DN4, LANSS, painDETECT) are used only where the clinic recorded a licence. */
export async function assertInstrumentAvailable(db: DbOrTx, clinicId: string, instrument: InstrumentId): Promise<void> {
  if (!instruments[instrument].isAddOn) return;
  const settings = await loadClinicSettings(db, clinicId);
  if (!settings.licensedAddOns[instrument]) {
    throw new DomainError("INVALID_STATE", `${instruments[instrument].title} is a licensed add-on: the clinic owner must record the licence in Settings first`);
  }
}

