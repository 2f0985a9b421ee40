/**
 * A tiny inline chart of weekly values 0–10 (null = nothing rated that week). Decorative next to its
 * text: the accessible name lists every value, so nothing is conveyed by the line alone.
 */
export function Sparkline({ values, label, max = 10 }: { values: readonly (number | null)[]; label: string; max?: number }) {
  const width = 96;
  const height = 24;
  const step = values.length > 1 ? width / (values.length - 1) : width;
  const y = (v: number) => height - 2 - (v / max) * (height - 4);
  const points = values.flatMap((v, i) => (v === null ? [] : [{ x: i * step, y: y(v), v }]));
  const text = values.map((v) => (v === null ? "none" : String(v))).join(", ");
  return (
    <svg role="img" aria-label={`${label}: ${text}`} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="overflow-visible">
      <line x1={0} x2={width} y1={y(max * 0.2)} y2={y(max * 0.2)} className="stroke-slate-200" strokeDasharray="2 2" />
      {points.length > 1 && <polyline points={points.map((p) => `${p.x},${p.y}`).join(" ")} fill="none" className="stroke-brand-600" strokeWidth={1.5} />}
      {points.map((p) => (
        <circle key={p.x} cx={p.x} cy={p.y} r={2} className={p.v >= 6 ? "fill-red-600" : p.v > 2 ? "fill-amber-500" : "fill-brand-600"} />
      ))}
    </svg>
  );
}
