import { WeeklyChart } from "@/app/_components/charts/weekly-chart";
import { decisionLabel } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Load = RouterOutputs["insight"]["load"];

const decisionMarks: Record<string, { symbol: string; meaning: string }> = {
  PROGRESS: { symbol: "▲", meaning: "progressed" },
  HOLD: { symbol: "■", meaning: "held" },
  REGRESS: { symbol: "▼", meaning: "regressed" },
  PAUSED: { symbol: "‖", meaning: "paused" },
};

const show = (v: number | null, suffix = "") => (v === null ? "—" : `${v}${suffix}`);

/** The load timeline (R5): minutes, sRPE load, ACWR (display only), exercise adherence and symptoms, with plan decisions marked. */
export function LoadSection({ load }: { load: Load }) {
  const weeks = load.weeks.map((w) => `W${w.weekIndex + 1}`);
  const markers = load.weeks.map((w) => (w.decision?.appliedDecision ? (decisionMarks[w.decision.appliedDecision] ?? null) : null));
  const last = load.weeks.at(-1);
  return (
    <section aria-labelledby="load-heading" className="space-y-4">
      <h2 id="load-heading" className="text-lg font-semibold text-slate-900">
        Load timeline{load.programName ? ` · ${load.programName}` : ""}
      </h2>
      {load.weeks.length === 0 ? (
        <p className="text-sm text-slate-700">No program yet: the timeline starts with the first program.</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Plan decisions under each week: ▲ progressed, ■ held, ▼ regressed, ‖ paused. Hover a bar or point for its number.
          </p>
          <div className="grid gap-6 lg:grid-cols-2">
            <WeeklyChart
              title="Run minutes per week" unit="min" weeks={weeks} markers={markers}
              summary={`${load.weeks.length} weeks; latest ${last?.runMinutes ?? 0} of ${last?.plannedRunMinutes ?? 0} planned minutes.`}
              series={[
                { label: "Planned", kind: "bar", colour: "#cbd5e1", values: load.weeks.map((w) => w.plannedRunMinutes) },
                { label: "Run", kind: "bar", colour: "#1d4ed8", values: load.weeks.map((w) => w.runMinutes) },
              ]}
            />
            <WeeklyChart
              title="Session-RPE load per week" unit="AU" weeks={weeks} markers={markers}
              summary={`Minutes × effort, runs and cross-training; latest week ${last?.load ?? 0} AU.`}
              series={[{ label: "Load (AU)", kind: "line", colour: "#7c3aed", values: load.weeks.map((w) => w.load) }]}
            />
            <div className="space-y-1">
              <WeeklyChart
                title="ACWR at each week's end" unit="" weeks={weeks} markers={markers} band={{ from: 0.8, to: 1.3, label: "0.8–1.3" }}
                summary={`Rolling and EWMA ratios. ${load.acwrCaveat}; it never changes a decision.`}
                series={[
                  { label: "Rolling", kind: "line", colour: "#b45309", values: load.weeks.map((w) => w.acwrRolling) },
                  { label: "EWMA", kind: "line", colour: "#0f766e", values: load.weeks.map((w) => w.acwrEwma), dashed: true },
                ]}
              />
              <p className="text-sm font-medium text-amber-900">{load.acwrCaveat}: shown for information, it never changes a decision. It needs 28 days of logs.</p>
            </div>
            <WeeklyChart
              title="Symptoms on runs (peak 0–10)" unit="/10" weeks={weeks} markers={markers} max={10}
              summary={`Highest and mean peak per week; latest week highest ${show(last?.maxPeak ?? null)}, mean ${show(last?.meanPeak ?? null)}.`}
              series={[
                { label: "Highest peak", kind: "line", colour: "#b91c1c", values: load.weeks.map((w) => w.maxPeak) },
                { label: "Mean peak", kind: "line", colour: "#475569", values: load.weeks.map((w) => w.meanPeak), dashed: true },
              ]}
            />
            <WeeklyChart
              title="Exercise adherence" unit="%" weeks={weeks} markers={markers} max={100}
              summary={`Latest week ${show(last?.exerciseAdherence ?? null, " %")}.`}
              series={[{ label: "Exercises done", kind: "bar", colour: "#15803d", values: load.weeks.map((w) => w.exerciseAdherence) }]}
            />
          </div>
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">Show the numbers</summary>
            <div className="mt-3">
              <DataTable caption="Load timeline by week">
                <TableHead columns={["Week", "Run / planned min", "Load (AU)", "ACWR rolling / EWMA", "Exercises", "Peak max / mean", "Decision"]} />
                <tbody className="divide-y divide-slate-200">
                  {load.weeks.map((w) => (
                    <tr key={w.weekIndex}>
                      <td className={tdClass}>Week {w.weekIndex + 1} ({w.startDate})</td>
                      <td className={tdClass}>{w.runMinutes} / {w.plannedRunMinutes}</td>
                      <td className={tdClass}>{w.load}</td>
                      <td className={tdClass}>{show(w.acwrRolling)} / {show(w.acwrEwma)}</td>
                      <td className={tdClass}>{show(w.exerciseAdherence, " %")}</td>
                      <td className={tdClass}>{show(w.maxPeak)} / {show(w.meanPeak)} ({w.ratedRuns} runs)</td>
                      <td className={tdClass}>{w.decision ? `${decisionLabel(w.decision.appliedDecision)}: ${w.decision.reason}` : "—"}</td>
                    </tr>
                  ))}
                </tbody>
              </DataTable>
            </div>
          </details>
        </>
      )}
    </section>
  );
}
