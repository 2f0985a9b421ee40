import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { formatDate, todayIso } from "@/app/_components/format";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { addDays } from "@/server/domain/dates";
import { IssuedReports } from "./issued-reports";
import { ReportComposer } from "./report-composer";
import { SubpageHeading } from "../subpage-heading";

export const metadata: Metadata = { title: "Reports" };

/** Progress reports and discharge summaries of one athlete: compose and preview, issue, download, release. */
export default async function ReportsPage({ params }: { params: Promise<{ athleteId: string }> }) {
  const actor = await requireClinician("athlete.read");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();
  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const issued = await trpc.report.list({ athleteId });
  const name = `${athlete.firstName} ${athlete.lastName}`;
  const canWrite = can(actor, "athlete.write");
  const today = todayIso();
  return (
    <div className="space-y-8">
      <SubpageHeading athleteId={athlete.id} name={name} title={`Reports · ${name}`} />
      <IssuedReports reports={issued} canWrite={canWrite} hasPortalAccount={athlete.hasPortalAccount} />
      {canWrite && (
        <ReportComposer
          athleteId={athlete.id} today={today} defaultFrom={addDays(today, -27)} reports={issued}
          athleteGoal={athlete.goalRace ? `${athlete.goalRace}${athlete.goalDate ? ` by ${formatDate(athlete.goalDate)}` : ""}` : null}
        />
      )}
    </div>
  );
}
