import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Actor, AthleteActor, ClinicianActor, Permission } from "@/server/domain/access";
import { can } from "@/server/domain/access";
import { getAppDb } from "@/server/db";
import { recordAudit } from "@/server/services/infra/audit";
import { resolveSessionActor } from "@/server/services/infra/sessions";
import { auth } from "./config";
import { requestMeta } from "./request-meta";

/** The signed-in actor of this request, checked against the server-side session (once per request). */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  if (!session?.sid) return null;
  const { db } = await getAppDb();
  return resolveSessionActor(db, session.sid, new Date());
});

/** Page guard: clinic staff only, optionally with a permission. Others go to their own home. */
export async function requireClinician(permission?: Permission): Promise<ClinicianActor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in");
  if (actor.kind !== "clinician") redirect("/portal");
  if (permission && !can(actor, permission)) {
    await auditPageDenial(actor, permission);
    redirect("/caseload?denied=1");
  }
  return actor;
}

/** Page guard: athletes only. */
export async function requireAthlete(): Promise<AthleteActor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in");
  if (actor.kind !== "athlete") redirect("/caseload");
  return actor;
}

/** Page guard: anyone signed in. */
export async function requireSignedIn(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in");
  return actor;
}

async function auditPageDenial(actor: Actor, permission: Permission): Promise<void> {
  const { db } = await getAppDb();
  const meta = requestMeta(await headers());
  await recordAudit(db, { actor, requestId: meta.requestId, now: new Date() }, { action: `page.${permission}`, outcome: "denied" });
}
