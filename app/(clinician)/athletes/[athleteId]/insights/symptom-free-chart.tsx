import { formatDate } from "@/app/_components/format";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { niceMax, plural, rangeText } from "./chart-text";

type Point = { date: string; minutes: number };

// Drawn in a fixed frame; the SVG scales to the card's width.
const width = 640;
const height = 200;
const frame = { left: 40, right: 12, top: 12, bottom: 28 };
const plotW = width - frame.left - frame.right;
const plotH = height - frame.top - frame.bottom;

const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
const formatShortDate = (iso: string) => shortDate.format(new Date(`${iso}T00:00:00Z`));

function summaryOf(points: Point[]): string {
  const first = points[0]!;
  const last = points.at(-1)!;
  const span = points.length === 1 ? `1 run on ${formatDate(first.date)}` : `${points.length} runs from ${formatDate(first.date)} to ${formatDate(last.date)}`;
  return `Symptom-free running minutes per run, ${span}: ${rangeText(points.map((p) => p.minutes), " min")}; first run ${first.minutes} min, latest ${last.minutes} min.`;
}

/** Symptom-free running minutes per run (docs/clinical-rules.md R1.6), oldest first: a line with a point per run, each with its number on hover. */
export function SymptomFreeChart({ points }: { points: Point[] }) {
  const n = points.length;
  const top = niceMax(Math.max(...points.map((p) => p.minutes)));
  const x = (i: number) => frame.left + (n === 1 ? plotW / 2 : (plotW * i) / (n - 1));
  const y = (v: number) => frame.top + plotH * (1 - v / top);
  const radius = n > 120 ? 1.5 : n > 40 ? 2.5 : 3.5;
  const ticks = [0, top / 2, top];
  return (
    <figure className="space-y-1">
      <svg role="img" aria-label={summaryOf(points)} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={frame.left} x2={width - frame.right} y1={y(t)} y2={y(t)} stroke={t === 0 ? "#64748b" : "#e2e8f0"} />
            <text x={frame.left - 4} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#334155">
              {t}
            </text>
          </g>
        ))}
        {n > 1 && <polyline points={points.map((p, i) => `${x(i)},${y(p.minutes)}`).join(" ")} fill="none" stroke="#1d4ed8" strokeWidth={1.5} />}
        {points.map((p, i) => (
          <circle key={`${p.date}-${i}`} cx={x(i)} cy={y(p.minutes)} r={radius} fill="#1d4ed8">
            <title>{`${formatDate(p.date)}: ${p.minutes} min before symptoms (or the whole run)`}</title>
          </circle>
        ))}
        <text x={frame.left} y={height - 8} textAnchor="start" fontSize={11} fill="#334155">
          {formatShortDate(points[0]!.date)}
        </text>
        {n > 1 && (
          <text x={width - frame.right} y={height - 8} textAnchor="end" fontSize={11} fill="#334155">
            {formatShortDate(points.at(-1)!.date)}
          </text>
        )}
      </svg>
      <figcaption className="text-xs text-slate-700">
        Minutes run before symptoms started, or the whole run when there were none; oldest on the left, walk-only sessions left out.
      </figcaption>
    </figure>
  );
}

/** The same numbers as a table, newest first, for screen readers and for reading exact figures. */
export function SymptomFreeTable({ points }: { points: Point[] }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white">
      <summary className="flex min-h-11 cursor-pointer items-center px-3 text-sm font-semibold text-brand-700">Show the numbers</summary>
      <div className="p-2">
        <DataTable caption={`Symptom-free running minutes, ${plural(points.length, "run")}, newest first`}>
          <TableHead columns={["Date", "Symptom-free minutes"]} />
          <tbody className="divide-y divide-slate-200">
            {points
              .map((p, i) => ({ ...p, i }))
              .reverse()
              .map((p) => (
                <tr key={`${p.date}-${p.i}`}>
                  <th scope="row" className={`${tdClass} whitespace-nowrap text-left font-medium`}>
                    {formatDate(p.date)}
                  </th>
                  <td className={tdClass}>{p.minutes} min</td>
                </tr>
              ))}
          </tbody>
        </DataTable>
      </div>
    </details>
  );
}
