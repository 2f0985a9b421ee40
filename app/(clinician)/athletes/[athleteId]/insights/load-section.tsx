import { WeeklyChart } from "@/app/_components/charts/weekly-chart";
import { formatDate } from "@/app/_components/format";
import { weekNumber } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { decisionMark, decisionMarks, niceMax, plural, rangeText } from "./chart-text";
import { LoadTable } from "./load-table";

type Load = RouterOutputs["insight"]["load"];
type Week = Load["weeks"][number];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";
const show = (v: number | null, suffix = "") => (v === null ? "none" : `${v}${suffix}`);

/** "Plan decisions: week 2 progressed, week 3 held." or "No plan decisions yet." */
function decisionsText(weeks: Week[]): string {
  const made = weeks.flatMap((w) => {
    const applied = w.decision?.appliedDecision;
    return applied ? [`week ${weekNumber(w.weekIndex)} ${decisionMarks[applied]?.meaning ?? applied.toLowerCase()}`] : [];
  });
  return made.length ? `Plan decisions: ${made.join(", ")}.` : "No plan decisions yet.";
}

/** The load timeline (docs/clinical-rules.md R5.7): minutes, sRPE load, ACWR (display only), exercise adherence and symptoms, with plan decisions marked. */
export function LoadSection({ load }: { load: Load }) {
  const { weeks } = load;
  return (
    <section aria-labelledby="load-heading" className="space-y-4">
      <h2 id="load-heading" className="text-lg font-semibold text-slate-900">
        Load timeline{load.programName ? ` · ${load.programName}` : ""}
      </h2>
      {load.programName === null ? (
        <p className={`${cardClass} text-slate-700`}>No program yet: the timeline starts with the first program.</p>
      ) : weeks.length === 0 ? (
        <p className={`${cardClass} text-slate-700`}>No program weeks to show yet.</p>
      ) : (
        <LoadCharts load={load} />
      )}
    </section>
  );
}

function LoadCharts({ load }: { load: Load }) {
  const { weeks } = load;
  const labels = weeks.map((w) => `W${weekNumber(w.weekIndex)}`);
  const markers = weeks.map((w) => decisionMark(w.decision));
  const last = weeks.at(-1)!;
  const lastName = `the latest week (week ${weekNumber(last.weekIndex)})`;
  const span = `${plural(weeks.length, "program week")} from ${formatDate(weeks[0]!.startDate)}`;
  const decisions = decisionsText(weeks);
  const ran = weeks.reduce((s, w) => s + w.runMinutes, 0);
  const planned = weeks.reduce((s, w) => s + w.plannedRunMinutes, 0);
  const unrated = weeks.filter((w) => w.ratedRuns === 0).length;
  const acwrWeeks = weeks.filter((w) => w.acwrRolling !== null || w.acwrEwma !== null).length;
  return (
    <>
      <p className="text-sm text-slate-700">
        One point or bar per program week, oldest on the left. Hover a bar or point for its number; the table under the charts has them all.
      </p>
      <ul aria-label="Legend: plan decisions under each week" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-800">
        {Object.entries(decisionMarks).map(([key, mark]) => (
          <li key={key}>
            <span aria-hidden="true" className="font-semibold text-slate-900">
              {mark.symbol}
            </span>{" "}
            {mark.meaning}
          </li>
        ))}
      </ul>
      <div className="max-w-3xl space-y-4">
        <div className={cardClass}>
          <WeeklyChart
            title="Run minutes per week, planned and run" unit="min" weeks={labels} markers={markers}
            max={niceMax(Math.max(...weeks.map((w) => Math.max(w.plannedRunMinutes, w.runMinutes))))}
            summary={`${span}: ran ${ran} of ${planned} planned minutes in all; ${lastName} ${last.runMinutes} of ${last.plannedRunMinutes}. ${decisions}`}
            series={[
              { label: "Planned", kind: "bar", colour: "#64748b", values: weeks.map((w) => w.plannedRunMinutes) },
              { label: "Run", kind: "bar", colour: "#1d4ed8", values: weeks.map((w) => w.runMinutes) },
            ]}
          />
        </div>
        <div className={cardClass}>
          <WeeklyChart
            title="Peak symptoms on runs per week (0–10)" unit="/10" weeks={labels} markers={markers} max={10}
            summary={`Highest peak ${rangeText(weeks.map((w) => w.maxPeak)) ?? "not rated"}, mean peak ${rangeText(weeks.map((w) => w.meanPeak)) ?? "not rated"}; ${lastName} highest ${show(last.maxPeak)}, mean ${show(last.meanPeak)} over ${plural(last.ratedRuns, "rated run")}.${unrated ? ` ${plural(unrated, "week")} without a rated run, not drawn.` : ""} ${decisions}`}
            series={[
              { label: "Highest peak", kind: "line", colour: "#b91c1c", values: weeks.map((w) => w.maxPeak) },
              { label: "Mean peak", kind: "line", colour: "#334155", values: weeks.map((w) => w.meanPeak), dashed: true },
            ]}
          />
        </div>
        <div className={cardClass}>
          <WeeklyChart
            title="Session-RPE load per week (AU)" unit="AU" weeks={labels} markers={markers}
            max={niceMax(Math.max(...weeks.map((w) => w.load)))}
            summary={`Minutes × effort (0–10) of runs and cross-training, ${span}: ${rangeText(weeks.map((w) => w.load), " AU")}; ${lastName} ${last.load} AU. ${decisions}`}
            series={[{ label: "Load (AU)", kind: "line", colour: "#7c3aed", values: weeks.map((w) => w.load) }]}
          />
        </div>
        <div className={cardClass}>
          <WeeklyChart
            title="Exercise adherence per week (%)" unit="%" weeks={labels} markers={markers} max={100}
            summary={`Share of the week's exercise sessions done, ${span}: ${rangeText(weeks.map((w) => w.exerciseAdherence), " %") ?? "nothing due yet"}; ${lastName} ${show(last.exerciseAdherence, " %")}. ${decisions}`}
            series={[{ label: "Exercises done (%)", kind: "bar", colour: "#15803d", values: weeks.map((w) => w.exerciseAdherence) }]}
          />
        </div>
        <div className={`${cardClass} space-y-2`}>
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
            ACWR: {load.acwrCaveat}. Shown for information; it never changes a decision.
          </p>
          <WeeklyChart
            title="ACWR at each week's end, rolling and EWMA" unit="" weeks={labels} markers={markers}
            max={niceMax(Math.max(1.5, ...weeks.flatMap((w) => [w.acwrRolling ?? 0, w.acwrEwma ?? 0])), 1.5)}
            band={{ from: 0.8, to: 1.3, label: "0.8–1.3 range, shaded" }}
            summary={
              acwrWeeks === 0
                ? `No ratio yet: ACWR needs 28 days of logs. ${load.acwrCaveat}; it never changes a decision.`
                : `Acute:chronic workload ratio, 0.8 to 1.3 shaded. Rolling ${rangeText(weeks.map((w) => w.acwrRolling)) ?? "not available"}, EWMA ${rangeText(weeks.map((w) => w.acwrEwma)) ?? "not available"}; ${lastName} rolling ${show(last.acwrRolling)}, EWMA ${show(last.acwrEwma)}. ${load.acwrCaveat}; it never changes a decision.`
            }
            series={[
              { label: "Rolling (7-day ÷ 28-day average)", kind: "line", colour: "#b45309", values: weeks.map((w) => w.acwrRolling) },
              { label: "EWMA", kind: "line", colour: "#0f766e", values: weeks.map((w) => w.acwrEwma), dashed: true },
            ]}
          />
          <p className="text-xs text-slate-700">Needs 28 days of logs; weeks before that have no point.</p>
        </div>
      </div>
      <LoadTable weeks={weeks} />
    </>
  );
}
