import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { buttonClass } from "@/app/_components/form";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { AlertsSection } from "./alerts-section";
import { ArchiveButton } from "./archive-button";
import { AssessmentsSection } from "./assessments-section";
import { LogsSection } from "./logs-section";
import { OutcomesSection } from "./outcomes-section";
import { ShoesSection } from "./shoes-section";
import { AthleteProfile } from "./athlete-profile";
import { CaseloadManager } from "./caseload-manager";
import { ChecklistStatus } from "./checklist-status";
import { PortalSection } from "./portal-section";
import { TriageBanner } from "./triage-banner";

export const metadata: Metadata = { title: "Athlete" };

export default async function AthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  const actor = await requireClinician("athlete.read");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();

  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const [flags, visits, outcomes, shoes, settings, logs, alerts, checklist] = await Promise.all([
    trpc.triage.list({ athleteId }),
    trpc.assessment.list({ athleteId }),
    trpc.outcome.list({ athleteId }),
    trpc.shoe.list({ athleteId }),
    trpc.settings.get(),
    trpc.log.list({ athleteId }),
    trpc.alert.list({ athleteId }),
    trpc.triage.checklistStatus({ athleteId }),
  ]);
  const canWrite = can(actor, "athlete.write") && athlete.archivedAt === null;
  const isOwner = actor.role === "owner";
  const team = isOwner ? (await trpc.clinic.team()).members : [];
  const isArchived = athlete.archivedAt !== null;
  const fullName = `${athlete.firstName} ${athlete.lastName}`;

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <p>
          <Link href="/caseload" className="text-sm font-medium text-brand-700 underline">
            Back to the caseload
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-slate-900">{fullName}</h1>
          {isArchived && <Badge tone="warning">Archived</Badge>}
        </div>
        <TriageBanner flags={flags} canAcknowledge={can(actor, "triage.acknowledge")} />
        <AlertsSection alerts={alerts} canWrite={can(actor, "athlete.write")} />
        <ChecklistStatus status={checklist} />
        <div className="flex flex-wrap items-start gap-3">
          {!isArchived && (
            <Link href={`/athletes/${athlete.id}/edit`} className={buttonClass("secondary")}>
              Edit profile
            </Link>
          )}
          <ArchiveButton athleteId={athlete.id} isArchived={isArchived} />
        </div>
      </div>

      <div className="grid gap-8 lg:grid-cols-3">
        <div className="space-y-8 lg:col-span-2">
          <section aria-labelledby="profile-heading">
            <h2 id="profile-heading" className="text-lg font-semibold text-slate-900">
              Profile
            </h2>
            <AthleteProfile athlete={athlete} />
          </section>
          <AssessmentsSection athleteId={athlete.id} visits={visits} canWrite={canWrite} />
          <OutcomesSection
            athleteId={athlete.id} outcomes={outcomes} canWrite={canWrite} hasPortalAccount={athlete.hasPortalAccount}
            licensedAddOns={settings.licensedAddOns}
          />
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <Link href={`/athletes/${athlete.id}/programs`} className="font-semibold text-brand-700 underline">
              Programs and exercises
            </Link>
            <Link href={`/athletes/${athlete.id}/insights`} className="font-semibold text-brand-700 underline">
              Trends and timeline
            </Link>
            <Link href={`/athletes/${athlete.id}/reports`} className="font-semibold text-brand-700 underline">
              Reports
            </Link>
          </p>
          <LogsSection logs={logs} />
        </div>

        <div className="space-y-8">
          <section aria-labelledby="caseload-heading" className="space-y-3">
            <h2 id="caseload-heading" className="text-lg font-semibold text-slate-900">
              Caseload
            </h2>
            {isOwner ? (
              <CaseloadManager
                athleteId={athlete.id}
                therapists={athlete.therapists}
                candidates={team.filter((m) => !m.disabled && !athlete.therapists.some((t) => t.userId === m.userId))}
              />
            ) : athlete.therapists.length ? (
              <ul className="list-disc space-y-1 pl-5 text-slate-800">
                {athlete.therapists.map((t) => (
                  <li key={t.userId}>{t.name}</li>
                ))}
              </ul>
            ) : (
              <p className="text-slate-700">No therapist has this athlete on their caseload.</p>
            )}
          </section>

          <ShoesSection athleteId={athlete.id} shoes={shoes} canWrite={canWrite} defaultReviewKm={settings.protocol.shoeReviewKm} />

          <section aria-labelledby="portal-heading" className="space-y-3">
            <h2 id="portal-heading" className="text-lg font-semibold text-slate-900">
              Portal
            </h2>
            <PortalSection
              athleteId={athlete.id}
              email={athlete.email}
              hasPortalAccount={athlete.hasPortalAccount}
              isArchived={isArchived}
              pendingInviteExpiresAt={athlete.pendingInviteExpiresAt}
              pendingInviteId={athlete.pendingInviteId}
            />
          </section>
        </div>
      </div>
    </div>
  );
}
