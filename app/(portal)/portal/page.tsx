import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/app/_components/form";
import { api } from "@/app/_trpc/server";
import { instruments, isInstrumentId } from "@/server/domain/scoring/instruments";
import { surfaceLabels } from "@/server/domain/athletes/schemas";
import { requireAthlete } from "@/server/auth/guards";
import { NextMorningCard } from "./_log/next-morning-card";
import { ThisWeekSection } from "./this-week-section";

export const metadata: Metadata = { title: "My running" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

const checklistDueText = {
  weekly: "Your weekly safety questions are due.",
  "red-run": "After your last run, please answer the safety questions.",
  incomplete: "Some safety questions are still unanswered. Please answer them all.",
} as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortalHomePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAthlete();
  const trpc = await api();
  const [profile, pending, plan, checkIns, schedule] = await Promise.all([
    trpc.portal.profile(), trpc.portal.pendingOutcomes(), trpc.portal.plan(), trpc.portal.checkIns(), trpc.portal.outcomeSchedule(),
  ]);
  const sent = (await searchParams).sent === "1";
  const rows: [string, string][] = [
    ["Goal race", profile.goalRace ?? "Not set"],
    ["Goal date", profile.goalDate ? formatDate(profile.goalDate) : "Not set"],
    ["Weekly running", profile.weeklyKm !== null ? `${profile.weeklyKm} km` : "Not recorded"],
    ["Years running", profile.yearsRunning !== null ? String(profile.yearsRunning) : "Not recorded"],
    ["Usual surface", profile.usualSurface ? surfaceLabels[profile.usualSurface as keyof typeof surfaceLabels] : "Not recorded"],
    ["Date of birth", `${formatDate(profile.dateOfBirth)} (age ${profile.age})`],
    ["Email", profile.email ?? "Not recorded"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hi {profile.firstName}</h1>
      {sent && <Alert tone="success">Thank you — your answers were sent to your physio.</Alert>}
      {(checkIns.nextMorning.length > 0 || checkIns.checklist.due) && (
        <section aria-labelledby="check-ins-heading" className="space-y-3">
          <h2 id="check-ins-heading" className="text-lg font-semibold">
            Quick check-ins
          </h2>
          {checkIns.nextMorning.map((r) => (
            <NextMorningCard key={r.logId} logId={r.logId} date={r.date} runMinutes={r.runMinutes} />
          ))}
          {checkIns.checklist.due && (
            <div className="rounded-xl border border-amber-400 bg-amber-50 p-4 text-amber-950">
              <p className="font-semibold">{checklistDueText[checkIns.checklist.reason ?? "weekly"]}</p>
              <Link href="/portal/checklist" className="mt-1 inline-flex min-h-11 items-center font-semibold text-brand-800 underline">
                Answer the safety questions
              </Link>
            </div>
          )}
        </section>
      )}
      <nav aria-label="Log something" className="grid grid-cols-3 gap-2">
        {[["/portal/log/run", "Log a run"], ["/portal/log/exercise", "Log an exercise"], ["/portal/log/activity", "Other activity"]].map(([href, label]) => (
          <Link key={href} href={href!} className="flex min-h-12 items-center justify-center rounded-lg bg-brand-600 px-2 text-center text-sm font-semibold text-white hover:bg-brand-700">
            {label}
          </Link>
        ))}
      </nav>
      {(pending.length > 0 || schedule.length > 0) && (
        <section aria-labelledby="questionnaires-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="questionnaires-heading" className="text-lg font-semibold">
            Questionnaires from your physio
          </h2>
          {pending.length > 0 && (
            <ul className="mt-2 space-y-2">
              {pending.map((o) => (
                <li key={o.id}>
                  <Link href={`/portal/questionnaires/${o.id}`} className="flex min-h-11 items-center font-semibold text-brand-700 underline">
                    Fill in the {instruments[o.instrument].title}
                  </Link>
                  {o.requestedAt && <span className="text-sm text-slate-700">Sent by your physio on {formatDate(o.requestedAt.toISOString().slice(0, 10))}</span>}
                </li>
              ))}
            </ul>
          )}
          {schedule.length > 0 && (
            <ul className="mt-2 space-y-1 text-sm text-slate-800">
              {schedule.map((d) => (
                <li key={d.instrument}>
                  {isInstrumentId(d.instrument) ? instruments[d.instrument].title : d.instrument}:{" "}
                  {d.isDue ? "due now; your physio will send it" : `next due around ${formatDate(d.dueDate)}`} (last done {formatDate(d.lastCompleted)})
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <ThisWeekSection plan={plan} />
      <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Your running profile
        </h2>
        <dl className="mt-3 divide-y divide-slate-100">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 py-2 text-sm">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">Something wrong? Ask your therapist to update it.</p>
      </section>
    </div>
  );
}
