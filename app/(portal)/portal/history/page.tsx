import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { formatLongDayDate, sessionClassLabels } from "@/app/_components/plan/labels";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { entryDetail, entryTitle } from "../_log/entry-summary";
import { requestLocale } from "../_log/locale";
import { RunClassNotice } from "../_log/run-class-notice";

export const metadata: Metadata = { title: "My log" };

const classTone = { GREEN: "success", AMBER: "warning", RED: "danger", INCOMPLETE: "neutral" } as const;

export default async function HistoryPage() {
  await requireAthlete();
  const trpc = await api();
  const [logs, locale] = await Promise.all([trpc.portal.logs(), requestLocale()]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">My log</h1>
      <p className="text-slate-800">What you logged in the last four weeks. You can correct an entry for 7 days; your physio sees both versions.</p>
      <p className="flex flex-wrap gap-3">
        <Link href="/portal/log/exercise" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">Log an exercise</Link>
        <Link href="/portal/log/activity" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">Log other activity</Link>
      </p>
      {logs.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-800">Nothing logged yet.</p>
      ) : (
        <ol className="space-y-3">
          {logs.map((log) => (
            <li key={log.id} className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <h2 className="text-base font-semibold">{formatLongDayDate(log.date)}</h2>
                <span className="flex gap-1">
                  {log.runClass && <Badge tone={classTone[log.runClass]}>{sessionClassLabels[log.runClass]}</Badge>}
                  {log.revisions.length > 0 && <Badge>Corrected</Badge>}
                </span>
              </div>
              <p className="mt-1 font-medium text-slate-900">{entryTitle(log)}</p>
              <p className="text-sm text-slate-800">{entryDetail(log, locale)}</p>
              {log.runClass && log.runClass !== "GREEN" && (
                <div className="mt-2">
                  <RunClassNotice runClass={{ sessionClass: log.runClass, findings: log.classFindings }} />
                </div>
              )}
              {/* An incomplete run's notice already asks for the next-morning answer. */}
              {log.needsNextMorning && log.runClass !== "INCOMPLETE" && <p className="mt-1 text-sm text-amber-900">Waiting for your next-morning answer.</p>}
              {log.canCorrect && (
                <Link href={`/portal/history/${log.id}`} className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
                  Correct this entry<span className="sr-only">: {entryTitle(log)} on {log.date}</span>
                </Link>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
