import type { Metadata } from "next";
import Link from "next/link";
import { plainDecision, weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { AdherenceSection } from "./adherence-section";
import { ReportsList } from "./reports-list";
import { ShoesList } from "./shoes-list";
import { SymptomTrendSection } from "./symptom-chart";
import { WeeklyMinutesSection } from "./weekly-minutes";

export const metadata: Metadata = { title: "My progress" };

type Decision = RouterOutputs["portal"]["progress"]["latestDecision"];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** The athlete's progress (portal.progress): adherence, symptom trend, weekly minutes vs plan, the plan decision, shoes and released reports. */
export default async function PortalProgressPage() {
  await requireAthlete();
  const trpc = await api();
  const [progress, reports] = await Promise.all([trpc.portal.progress(), trpc.portal.reports()]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/portal" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          Back to today
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Your progress</h1>
      <AdherenceSection adherence={progress.adherence} />
      <SymptomTrendSection trend={progress.symptomTrend} />
      <WeeklyMinutesSection weeks={progress.weeks} />
      <DecisionSection decision={progress.latestDecision} />
      <ShoesList shoes={progress.shoes} />
      <ReportsList reports={reports} />
    </div>
  );
}

function DecisionSection({ decision }: { decision: Decision }) {
  return (
    <section aria-labelledby="decision-heading" className="space-y-3">
      <h2 id="decision-heading" className="text-lg font-semibold">
        Your plan
      </h2>
      {decision === null ? (
        <p className={`${cardClass} text-slate-700`}>No weekly decision yet. Your plan is looked at again at the end of each program week.</p>
      ) : (
        <div className={cardClass}>
          <p className="font-semibold text-slate-900">
            After week {weekNumber(decision.weekIndex)}:{" "}
            {decision.appliedDecision ? (plainDecision[decision.appliedDecision] ?? decision.appliedDecision) : "Decided"}
          </p>
          <p className="mt-1 text-sm text-slate-800">
            <span className="font-medium">Why:</span> {decision.reason}
          </p>
        </div>
      )}
    </section>
  );
}
