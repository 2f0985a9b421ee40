import { WeeklyChart } from "@/app/_components/charts/weekly-chart";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Patterns = RouterOutputs["insight"]["patterns"];

/** Symptom triggers (R7): groups with counts, and only differences large enough to mention; then symptom-free minutes (5.1b). */
export function PatternsSection({ patterns }: { patterns: Patterns }) {
  const trend = patterns.symptomFree;
  return (
    <section aria-labelledby="patterns-heading" className="space-y-4">
      <h2 id="patterns-heading" className="text-lg font-semibold text-slate-900">
        Symptom triggers
      </h2>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
        {patterns.caveat}. A factor is compared only when every group has at least 5 runs.
      </p>
      {patterns.runs < 5 ? (
        <p className="text-sm text-slate-700">{patterns.runs} runs logged so far: not enough to look for patterns.</p>
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {patterns.factors.map((f) => (
            <div key={f.factor} className="space-y-2 rounded-lg border border-slate-200 bg-white p-3">
              <h3 className="font-semibold text-slate-900">{f.label}</h3>
              {f.shown ? (
                <>
                  <DataTable caption={`${f.label}: runs and symptoms by group`} captionHidden>
                    <TableHead columns={["Group", "Runs", "Mean peak", "AMBER or RED"]} />
                    <tbody className="divide-y divide-slate-200">
                      {f.groups.map((g) => (
                        <tr key={g.key}>
                          <td className={tdClass}>{g.label}</td>
                          <td className={tdClass}>{g.runs}</td>
                          <td className={tdClass}>{g.meanPeak === null ? "—" : `${g.meanPeak}/10`}</td>
                          <td className={tdClass}>{g.amberRedShare} %</td>
                        </tr>
                      ))}
                    </tbody>
                  </DataTable>
                  {f.findings.length ? (
                    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-900">
                      {f.findings.map((text) => <li key={text}>{text}</li>)}
                    </ul>
                  ) : (
                    <p className="text-sm text-slate-700">No difference large enough to mention.</p>
                  )}
                </>
              ) : (
                <p className="text-sm text-slate-700">
                  Not enough runs yet: every group needs at least 5 runs
                  {f.groups.length ? ` (${f.groups.map((g) => `${g.label}: ${g.runs}`).join(", ")})` : ""}.
                </p>
              )}
            </div>
          ))}
        </div>
      )}
      {trend.length > 0 && (
        <>
          <WeeklyChart
            title="Symptom-free running minutes per run" unit="min" weeks={trend.map((t) => t.date.slice(5))}
            summary={`${trend.length} runs; first ${trend[0]!.minutes} min, latest ${trend.at(-1)!.minutes} min before symptoms started.`}
            series={[{ label: "Minutes before symptoms (or the whole run)", kind: "line", colour: "#1d4ed8", values: trend.map((t) => t.minutes) }]}
          />
          <details className="rounded-lg border border-slate-200 bg-white p-3">
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">Show the numbers</summary>
            <ul className="mt-2 grid gap-1 text-sm text-slate-800 sm:grid-cols-3">
              {trend.map((t, i) => <li key={`${t.date}-${i}`}>{t.date}: {t.minutes} min</li>)}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
