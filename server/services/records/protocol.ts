import { and, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { programs, runPlans } from "@/db/schema";
import { resolveSettings, type ProtocolSettings } from "@/server/domain/progression/settings";
import type { ScopedAthlete } from "../scope";
import { loadClinicSettings } from "./settings";

/** The plan's protocol: the clinic's with the plan's overrides (R10). Pass a plan row from a scoped load. */
export async function settingsOf(db: DbOrTx, plan: { clinicId: string; settingsOverrides: Record<string, number> }): Promise<ProtocolSettings> {
  const clinic = await loadClinicSettings(db, plan.clinicId);
  return resolveSettings(clinic.protocolOverrides, plan.settingsOverrides);
}

/**
 * The protocol the athlete's runs are judged by: their active plan's (clinic protocol with the plan's
 * overrides), or the clinic's when no plan is active.
 */
export async function athleteProtocol(db: DbOrTx, athlete: ScopedAthlete): Promise<ProtocolSettings> {
  const [plan] = await db
    .select({ clinicId: runPlans.clinicId, settingsOverrides: runPlans.settingsOverrides })
    .from(runPlans)
    .innerJoin(programs, eq(programs.id, runPlans.programId))
    .where(and(eq(runPlans.athleteId, athlete.id), eq(runPlans.clinicId, athlete.clinicId), eq(programs.status, "active")))
    .limit(1);
  return settingsOf(db, plan ?? { clinicId: athlete.clinicId, settingsOverrides: {} });
}
