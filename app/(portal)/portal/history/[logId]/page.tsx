import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { ActivityForm } from "../../_log/activity-form";
import { formatTypedNumber } from "@/server/domain/logs/distance";
import { requestLocale } from "../../_log/locale";
import { RunClassNotice } from "../../_log/run-class-notice";
import { draftFromRun } from "../../_log/run-draft";
import { shoeOptions } from "../../_log/run-defaults";
import { ExerciseForm } from "../../_log/exercise-form";
import { RunForm } from "../../_log/run-form";

export const metadata: Metadata = { title: "Correct an entry" };

export default async function CorrectEntryPage({ params }: { params: Promise<{ logId: string }> }) {
  const actor = await requireAthlete();
  const { logId } = await params;
  const trpc = await api();
  const [logs, plan, shoes, locale] = await Promise.all([trpc.portal.logs(), trpc.portal.plan(), trpc.portal.shoes(), requestLocale()]);
  const log = logs.find((l) => l.id === logId);
  if (!log) notFound();
  const mode = { kind: "correct" as const, logId: log.id, version: log.version };
  const serverToday = new Date().toISOString().slice(0, 10);
  const entry = log.entry;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Correct an entry</h1>
      {log.runClass && <RunClassNotice runClass={{ sessionClass: log.runClass, findings: log.classFindings }} headingLevel={2} />}
      {!log.canCorrect ? (
        <p className="text-slate-800">Entries can be corrected for 7 days. Tell your physio if something in this one is wrong.</p>
      ) : entry.kind === "run" ? (
        <RunForm mode={mode} userId={actor.userId} initial={draftFromRun(entry, (n) => formatTypedNumber(n, locale))} shoes={shoeOptions(shoes)} plannedStructure={null} serverToday={serverToday} />
      ) : entry.kind === "exercise" ? (
        plan?.programId === entry.programId && plan.exercises.some((e) => e.exerciseId === entry.exerciseId && e.side === entry.side) ? (
          <ExerciseForm mode={mode} programId={entry.programId} initial={entry} serverToday={serverToday} options={plan.exercises} />
        ) : (
          <p className="text-slate-800">This exercise is no longer in your program. Tell your physio if something in it is wrong.</p>
        )
      ) : (
        <ActivityForm mode={mode} initial={entry} serverToday={serverToday} />
      )}
    </div>
  );
}
