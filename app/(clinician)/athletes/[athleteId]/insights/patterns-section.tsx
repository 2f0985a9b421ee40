import { NotRecorded } from "@/app/_components/badge";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { NO_SHOE_KEY, PATTERN_MIN_GROUP_RUNS } from "@/server/domain/patterns/symptom-patterns";
import { plural } from "./chart-text";
import { SymptomFreeChart, SymptomFreeTable } from "./symptom-free-chart";

type Patterns = RouterOutputs["insight"]["patterns"];
type Factor = Patterns["factors"][number];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** Symptom triggers (docs/clinical-rules.md R7): groups with counts, and only differences large enough to mention; then symptom-free minutes (R1.6). */
export function PatternsSection({ patterns }: { patterns: Patterns }) {
  const trend = patterns.symptomFree;
  return (
    <section aria-labelledby="patterns-heading" className="space-y-4">
      <h2 id="patterns-heading" className="text-lg font-semibold text-slate-900">
        Symptom triggers
      </h2>
      <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm font-medium text-amber-950">
        {patterns.caveat}. One factor at a time, over all {plural(patterns.runs, "logged run")}; a factor is compared only when every group has at least{" "}
        {PATTERN_MIN_GROUP_RUNS} runs.
      </p>
      {patterns.runs < PATTERN_MIN_GROUP_RUNS ? (
        <p className={`${cardClass} text-slate-700`}>
          {plural(patterns.runs, "run")} logged so far: patterns are looked for from {PATTERN_MIN_GROUP_RUNS} runs per group.
        </p>
      ) : (
        <div className="grid items-start gap-4 lg:grid-cols-2">
          {patterns.factors.map((f) => (
            <FactorCard key={f.factor} factor={f} />
          ))}
        </div>
      )}
      {trend.length > 0 && (
        <section aria-labelledby="symptom-free-heading" className={`${cardClass} max-w-3xl space-y-3`}>
          <h3 id="symptom-free-heading" className="font-semibold text-slate-900">
            Symptom-free running minutes per run
          </h3>
          <SymptomFreeChart points={trend} />
          <SymptomFreeTable points={trend} />
        </section>
      )}
    </section>
  );
}

const countsText = (f: Factor) => f.groups.map((g) => `${g.label}: ${plural(g.runs, "run")}`).join(", ");

function FactorCard({ factor: f }: { factor: Factor }) {
  const headingId = `factor-${f.factor}-heading`;
  // The domain lists runs without a shoe but never compares them (docs/clinical-rules.md R7.1); the rest are the compared groups.
  const compared = f.groups.filter((g) => !(f.factor === "shoe" && g.key === NO_SHOE_KEY));
  return (
    <section aria-labelledby={headingId} className={`${cardClass} space-y-2`}>
      <h3 id={headingId} className="font-semibold text-slate-900">
        {f.label}
      </h3>
      {f.shown ? (
        <>
          <DataTable caption={`${f.label}: runs and symptoms by group`} captionHidden>
            <TableHead columns={["Group", "Runs", "Mean peak", "AMBER or RED"]} />
            <tbody className="divide-y divide-slate-200">
              {f.groups.map((g) => (
                <tr key={g.key}>
                  <th scope="row" className={`${tdClass} text-left font-medium`}>
                    {g.label}
                  </th>
                  <td className={tdClass}>{g.runs}</td>
                  <td className={tdClass}>{g.meanPeak === null ? <NotRecorded /> : `${g.meanPeak.toFixed(1)}/10`}</td>
                  <td className={tdClass}>{g.amberRedShare} %</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
          {f.findings.length ? (
            <ul aria-label={`${f.label}: findings`} className="list-disc space-y-1 pl-5 text-sm text-slate-900">
              {f.findings.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-700">No difference large enough to mention.</p>
          )}
        </>
      ) : compared.length < 2 ? (
        <p className="text-sm text-slate-700">
          Nothing to compare yet: {compared.length === 0 ? "no run has this recorded" : "there is only one group to compare"}
          {f.groups.length ? ` (${countsText(f)})` : ""}.
          {compared.length < f.groups.length ? " Runs without a shoe are listed but never compared." : ""}
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          Not enough runs yet: every group needs at least {PATTERN_MIN_GROUP_RUNS} runs ({countsText(f)}).
          {compared.length < f.groups.length ? " Runs without a shoe are listed but never compared." : ""}
        </p>
      )}
    </section>
  );
}
