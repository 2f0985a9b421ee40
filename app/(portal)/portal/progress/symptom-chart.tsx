import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/app/_components/format";
import { sessionClassLabels } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Run = RouterOutputs["portal"]["progress"]["symptomTrend"][number];
type RunClass = NonNullable<Run["runClass"]>;

// Both charts share one frame so a run sits at the same x in each; the SVG scales to the card's width.
const width = 320;
const height = 180;
const frame = { left: 34, right: 8, top: 10, bottom: 28 };
const plotWidth = width - frame.left - frame.right;
const plotHeight = height - frame.top - frame.bottom;
const baseline = frame.top + plotHeight;

/** x of run i of n: the middle of its slot. */
const xAt = (i: number, n: number) => frame.left + (plotWidth * (i + 0.5)) / n;
/** y of a value on a 0–max scale. */
const yAt = (value: number, max: number) => frame.top + plotHeight * (1 - value / max);

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const formatShortDate = (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`));

// Colours are at least 4.5:1 on white; the shape tells the classes apart without colour.
const classMarks: Record<RunClass, { colour: string; shape: string; meaning: string }> = {
  GREEN: { colour: "#15803d", shape: "circle", meaning: "went well" },
  AMBER: { colour: "#b45309", shape: "triangle", meaning: "a warning sign, take care" },
  RED: { colour: "#b91c1c", shape: "square", meaning: "too much for now" },
  INCOMPLETE: { colour: "#475569", shape: "hollow diamond", meaning: "some answers missing" },
};
const legendOrder: RunClass[] = ["GREEN", "AMBER", "RED", "INCOMPLETE"];

// Every run is classed (docs/clinical-rules.md R2); the type allows null only because other kinds of entry have no class.
const classOf = (run: Run): RunClass => run.runClass ?? "INCOMPLETE";

function Marker({ runClass, x, y, size = 5 }: { runClass: RunClass; x: number; y: number; size?: number }) {
  const { colour } = classMarks[runClass];
  switch (runClass) {
    case "GREEN":
      return <circle cx={x} cy={y} r={size} fill={colour} />;
    case "AMBER":
      return <polygon points={`${x},${y - size * 1.2} ${x + size * 1.15},${y + size * 0.85} ${x - size * 1.15},${y + size * 0.85}`} fill={colour} />;
    case "RED":
      return <rect x={x - size * 0.9} y={y - size * 0.9} width={size * 1.8} height={size * 1.8} fill={colour} />;
    case "INCOMPLETE":
      return <polygon points={`${x},${y - size * 1.1} ${x + size * 1.1},${y} ${x},${y + size * 1.1} ${x - size * 1.1},${y}`} fill="#ffffff" stroke={colour} strokeWidth={2} />;
  }
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function spanText(runs: Run[]): string {
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return "";
  return runs.length === 1 ? `your run on ${formatDate(first.date)}` : `your ${runs.length} runs from ${formatDate(first.date)} to ${formatDate(last.date)}`;
}

function peakSummary(runs: Run[]): string {
  const rated = runs.flatMap((r) => (r.peak === null ? [] : [r.peak]));
  const latest = runs.at(-1)?.peak ?? null;
  const counts = legendOrder
    .map((c) => [c, runs.filter((r) => classOf(r) === c).length] as const)
    .filter(([, n]) => n > 0)
    .map(([c, n]) => `${n} ${sessionClassLabels[c]?.toLowerCase() ?? c}`)
    .join(", ");
  const values = rated.length
    ? `latest ${latest === null ? "not rated" : `${latest} out of 10`}, highest ${Math.max(...rated)}, lowest ${Math.min(...rated)}`
    : "no symptoms rated";
  const unrated = runs.length - rated.length;
  return `Peak symptoms, 0 to 10, of ${spanText(runs)}: ${values}. Runs by result: ${counts}.${unrated ? ` ${plural(unrated, "run")} without a rating, not drawn.` : ""}`;
}

function symptomFreeSummary(runs: Run[]): string {
  const latest = runs.at(-1);
  const free = runs.reduce((sum, r) => sum + r.symptomFreeMinutes, 0);
  const total = runs.reduce((sum, r) => sum + r.runMinutes, 0);
  const latestText = latest ? `latest run ${latest.symptomFreeMinutes} of ${latest.runMinutes} minutes without symptoms` : "";
  return `Symptom-free running minutes of ${spanText(runs)}: ${latestText}; in all, ${free} of ${total} minutes were symptom-free.`;
}

/** First and last date under the x axis. */
function DateLabels({ runs }: { runs: Run[] }) {
  const first = runs[0];
  const last = runs.at(-1);
  if (!first || !last) return null;
  const y = height - 8;
  if (runs.length === 1) {
    return (
      <text x={xAt(0, 1)} y={y} textAnchor="middle" fontSize={11} fill="#334155">
        {formatShortDate(first.date)}
      </text>
    );
  }
  return (
    <>
      <text x={frame.left} y={y} textAnchor="start" fontSize={11} fill="#334155">
        {formatShortDate(first.date)}
      </text>
      <text x={width - frame.right} y={y} textAnchor="end" fontSize={11} fill="#334155">
        {formatShortDate(last.date)}
      </text>
    </>
  );
}

/** Horizontal grid lines with their values on the left. */
function Grid({ ticks, max, unit = "" }: { ticks: number[]; max: number; unit?: string }) {
  return (
    <>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={frame.left} x2={width - frame.right} y1={yAt(t, max)} y2={yAt(t, max)} stroke={t === 0 ? "#64748b" : "#e2e8f0"} strokeWidth={1} />
          <text x={frame.left - 6} y={yAt(t, max) + 4} textAnchor="end" fontSize={11} fill="#334155">
            {t}
            {unit}
          </text>
        </g>
      ))}
    </>
  );
}

function PeakChart({ runs }: { runs: Run[] }) {
  const n = runs.length;
  const line = runs
    .flatMap((r, i) => (r.peak === null ? [] : [`${xAt(i, n)},${yAt(r.peak, 10)}`]))
    .join(" ");
  return (
    <svg role="img" aria-label={peakSummary(runs)} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full">
      <Grid ticks={[0, 2, 4, 6, 8, 10]} max={10} />
      {line && <polyline points={line} fill="none" stroke="#94a3b8" strokeWidth={1.5} />}
      {runs.map((r, i) => (r.peak === null ? null : <Marker key={`${r.date}-${i}`} runClass={classOf(r)} x={xAt(i, n)} y={yAt(r.peak, 10)} />))}
      <DateLabels runs={runs} />
    </svg>
  );
}

function SymptomFreeChart({ runs }: { runs: Run[] }) {
  const n = runs.length;
  const max = Math.max(10, Math.ceil(Math.max(...runs.map((r) => r.runMinutes)) / 10) * 10);
  const barWidth = Math.min(18, (plotWidth / n) * 0.7);
  return (
    <svg role="img" aria-label={symptomFreeSummary(runs)} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full">
      <Grid ticks={[0, max / 2, max]} max={max} />
      {runs.map((r, i) => {
        const x = xAt(i, n) - barWidth / 2;
        return (
          <g key={`${r.date}-${i}`}>
            {r.runMinutes > 0 && (
              <rect x={x} y={yAt(r.runMinutes, max)} width={barWidth} height={baseline - yAt(r.runMinutes, max)} fill="#ffffff" stroke="#475569" strokeWidth={1.5} />
            )}
            {r.symptomFreeMinutes > 0 && (
              <rect x={x} y={yAt(r.symptomFreeMinutes, max)} width={barWidth} height={baseline - yAt(r.symptomFreeMinutes, max)} fill="#0f766e" />
            )}
          </g>
        );
      })}
      <DateLabels runs={runs} />
    </svg>
  );
}

function LegendSwatch({ children }: { children: ReactNode }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4 shrink-0">
      {children}
    </svg>
  );
}

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** Peak symptoms and symptom-free running minutes (docs/clinical-rules.md R1.2, R1.6) per run, oldest first, with the numbers as a table. */
export function SymptomTrendSection({ trend }: { trend: Run[] }) {
  return (
    <section aria-labelledby="symptoms-heading" className="space-y-3">
      <h2 id="symptoms-heading" className="text-lg font-semibold">
        Symptoms on your runs
      </h2>
      {trend.length === 0 ? (
        <div className={cardClass}>
          <p className="text-slate-700">No runs logged in the last 12 weeks. Your charts appear here after your first run.</p>
          <Link href="/portal/log/run" className="mt-2 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            Log a run
          </Link>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-700">Your runs of the last 12 weeks, oldest on the left.</p>
          <section aria-labelledby="peak-heading" className={cardClass}>
            <h3 id="peak-heading" className="text-base font-semibold">
              Peak symptoms per run (0–10)
            </h3>
            <p className="mt-1 text-sm text-slate-700">The highest of numbness, tingling, burning and pain during the run.</p>
            <div className="mt-3">
              <PeakChart runs={trend} />
            </div>
            <ul aria-label="Legend: result of each run" className="mt-3 grid grid-cols-1 gap-2 text-sm text-slate-800 sm:grid-cols-2">
              {legendOrder.map((c) => (
                <li key={c} className="flex items-center gap-2">
                  <LegendSwatch>
                    <Marker runClass={c} x={8} y={8} />
                  </LegendSwatch>
                  <span>
                    <span className="font-semibold">{sessionClassLabels[c]}</span> ({classMarks[c].shape}): {classMarks[c].meaning}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="symptom-free-heading" className={cardClass}>
            <h3 id="symptom-free-heading" className="text-base font-semibold">
              Symptom-free running minutes
            </h3>
            <p className="mt-1 text-sm text-slate-700">How long you ran before symptoms started; the whole run when you had none.</p>
            <div className="mt-3">
              <SymptomFreeChart runs={trend} />
            </div>
            <ul aria-label="Legend: bars" className="mt-3 space-y-2 text-sm text-slate-800">
              <li className="flex items-center gap-2">
                <LegendSwatch>
                  <rect x={2} y={2} width={12} height={12} fill="#0f766e" />
                </LegendSwatch>
                Solid: minutes without symptoms
              </li>
              <li className="flex items-center gap-2">
                <LegendSwatch>
                  <rect x={2.75} y={2.75} width={10.5} height={10.5} fill="#ffffff" stroke="#475569" strokeWidth={1.5} />
                </LegendSwatch>
                Outline: the whole run
              </li>
            </ul>
          </section>
          <details className="rounded-xl border border-slate-200 bg-white shadow-sm">
            <summary className="flex min-h-11 cursor-pointer items-center px-4 font-semibold text-brand-700">Show the numbers as a table</summary>
            <div className="p-2">
              <DataTable caption="Your runs, oldest first">
                <TableHead columns={["Date", "Result", "Peak (0–10)", "Symptom-free", "Run"]} />
                <tbody className="divide-y divide-slate-200">
                  {trend.map((r, i) => (
                    <tr key={`${r.date}-${i}`}>
                      <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-medium`}>
                        {formatDate(r.date)}
                      </th>
                      <td className={tdClass}>{sessionClassLabels[classOf(r)]}</td>
                      <td className={tdClass}>{r.peak ?? "Not rated"}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>{r.symptomFreeMinutes} min</td>
                      <td className={`${tdClass} whitespace-nowrap`}>{r.runMinutes} min</td>
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
