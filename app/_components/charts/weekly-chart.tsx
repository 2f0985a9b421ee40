/**
 * A small accessible chart over program weeks: bar and line series, optional shaded band, and markers
 * under the x-axis (plan decisions). The SVG has a summarising name; each mark has a <title> with its
 * number for hover; callers give a table of the same numbers for screen readers.
 */
export type WeeklySeries = { label: string; kind: "bar" | "line"; colour: string; values: (number | null)[]; dashed?: boolean };

const width = 640;
const height = 200;
const frame = { left: 40, right: 10, top: 12, bottom: 42 };
const plotW = width - frame.left - frame.right;
const plotH = height - frame.top - frame.bottom;

export function WeeklyChart({ title, summary, weeks, series, max, band, markers, unit }: {
  title: string;
  summary: string;
  weeks: string[];
  series: WeeklySeries[];
  max?: number;
  /** A shaded range, e.g. the 0.8–1.3 ACWR band. */
  band?: { from: number; to: number; label: string };
  /** One symbol per week under the axis (null: none), with its meaning for the <title>. */
  markers?: ({ symbol: string; meaning: string } | null)[];
  unit: string;
}) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const top = max ?? Math.max(1, ...all, band?.to ?? 0) * 1.1;
  const n = Math.max(1, weeks.length);
  const slot = plotW / n;
  const x = (i: number) => frame.left + slot * (i + 0.5);
  const y = (v: number) => frame.top + plotH * (1 - Math.min(v, top) / top);
  const bars = series.filter((s) => s.kind === "bar");
  const barW = Math.max(2, (slot * 0.7) / Math.max(1, bars.length));
  const ticks = [0, top / 2, top].map((t) => Math.round(t * 10) / 10);
  return (
    <figure className="space-y-1">
      <figcaption className="text-sm font-semibold text-slate-900">{title}</figcaption>
      <svg role="img" aria-label={`${title}. ${summary}`} viewBox={`0 0 ${width} ${height}`} className="h-auto w-full">
        {band && (
          <rect x={frame.left} y={y(band.to)} width={plotW} height={y(band.from) - y(band.to)} fill="#dcfce7">
            <title>{band.label}</title>
          </rect>
        )}
        {ticks.map((t) => (
          <g key={t}>
            <line x1={frame.left} x2={width - frame.right} y1={y(t)} y2={y(t)} stroke="#e2e8f0" />
            <text x={frame.left - 4} y={y(t) + 4} textAnchor="end" fontSize={11} fill="#334155">{t}</text>
          </g>
        ))}
        {bars.map((s, b) =>
          s.values.map((v, i) =>
            v === null ? null : (
              <rect key={`${s.label}-${i}`} x={x(i) - (barW * bars.length) / 2 + b * barW} y={y(v)} width={barW - 1} height={frame.top + plotH - y(v)} fill={s.colour}>
                <title>{`${weeks[i]}: ${s.label} ${v} ${unit}`}</title>
              </rect>
            ),
          ),
        )}
        {series.filter((s) => s.kind === "line").map((s) => {
          const pts = s.values.flatMap((v, i) => (v === null ? [] : [{ i, v }]));
          return (
            <g key={s.label}>
              {pts.length > 1 && (
                <polyline points={pts.map((p) => `${x(p.i)},${y(p.v)}`).join(" ")} fill="none" stroke={s.colour} strokeWidth={2} strokeDasharray={s.dashed ? "5 3" : undefined} />
              )}
              {pts.map((p) => (
                <circle key={p.i} cx={x(p.i)} cy={y(p.v)} r={3.5} fill={s.colour}>
                  <title>{`${weeks[p.i]}: ${s.label} ${p.v} ${unit}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
        {weeks.map((w, i) => (
          <text key={w} x={x(i)} y={height - frame.bottom + 14} textAnchor="middle" fontSize={11} fill="#334155">
            {n > 16 && i % 2 === 1 ? "" : w}
          </text>
        ))}
        {markers?.map((m, i) =>
          m ? (
            <text key={`m-${i}`} x={x(i)} y={height - 8} textAnchor="middle" fontSize={13} fill="#0f172a">
              <title>{`${weeks[i]}: ${m.meaning}`}</title>
              {m.symbol}
            </text>
          ) : null,
        )}
      </svg>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-800">
        {series.map((s) => (
          <li key={s.label} className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-4" style={{ background: s.colour, borderRadius: s.kind === "line" ? 4 : 0 }} />
            {s.label}
            {s.dashed ? " (dashed)" : ""}
          </li>
        ))}
        {band && (
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-2.5 w-4 bg-green-100" />
            {band.label}
          </li>
        )}
      </ul>
    </figure>
  );
}
