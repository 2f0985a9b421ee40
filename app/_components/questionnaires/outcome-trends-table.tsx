import { NotRecorded } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { instruments } from "@/server/domain/scoring/instruments";

type Trend = RouterOutputs["outcome"]["list"]["trends"][number];

const directionLabels = { better: "better", worse: "worse", same: "no change" } as const;
const signedNumber = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : "0");

/** "MCID 9", or NRS's two-part threshold (docs/clinical-rules.md R9.3). */
function mcidText(instrument: Trend["instrument"]): string | null {
  if (instrument === "NRS") return "MCID 2 points or 30 %";
  const mcid = instruments[instrument].mcid;
  return mcid === null ? null : `MCID ${mcid}`;
}

function meetsMcidText(t: Trend): string {
  const threshold = mcidText(t.instrument);
  if (!t.change) return "—";
  if (t.change.passesMcid === null || !threshold) return "— (no MCID)";
  return `${t.change.passesMcid ? "Yes" : "No"} (${threshold})`;
}

/** Each instrument's first and latest complete score, the change and whether it meets the MCID. */
export function OutcomeTrendsTable({ trends, caption }: { trends: Trend[]; caption: string }) {
  return (
    <DataTable caption={caption}>
      <TableHead columns={["Measure", "Baseline", "Latest", "Change", "Meets MCID"]} />
      <tbody className="divide-y divide-slate-200">
        {trends.map((t) => (
          <tr key={t.instrument}>
            <th scope="row" className={`${tdClass} text-left font-medium`}>{instruments[t.instrument].title}</th>
            <td className={tdClass}>{t.baseline ? `${t.baseline.score} (${formatDate(t.baseline.at)})` : <NotRecorded />}</td>
            <td className={tdClass}>{t.latest ? `${t.latest.score} (${formatDate(t.latest.at)})` : "Only one score so far"}</td>
            <td className={tdClass}>{t.change ? `${signedNumber(t.change.change)}, ${directionLabels[t.change.direction]}` : "—"}</td>
            <td className={tdClass}>{meetsMcidText(t)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
