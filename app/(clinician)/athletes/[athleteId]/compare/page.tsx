import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotRecorded } from "@/app/_components/badge";
import { formatDate } from "@/app/_components/format";
import { OutcomeTrendsTable } from "@/app/_components/questionnaires/outcome-trends-table";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { SubpageHeading } from "../subpage-heading";

export const metadata: Metadata = { title: "Compare assessments" };

const directionLabels = { better: "Better", worse: "Worse", same: "No change" } as const;

/** A value with its unit: "6 cm", "12°", "4 %". */
const withUnit = (n: number, unit = "") => (unit === "" ? String(n) : unit === "°" ? `${n}°` : `${n} ${unit}`);

/** A change with its sign and unit: "+3 cm", "−2 points", "0 cm". */
const signed = (n: number | null, unit = "") =>
  n === null ? null : `${n > 0 ? "+" : n < 0 ? "−" : ""}${withUnit(Math.abs(n), unit)}`;

/** Baseline against the latest signed visit, item by item, with the MCID/MDC verdict where one exists. */
export default async function ComparePage({ params }: { params: Promise<{ athleteId: string }> }) {
  await requireClinician("athlete.read");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();
  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const comparison = await trpc.assessment.compare({ athleteId });
  const name = `${athlete.firstName} ${athlete.lastName}`;
  const rows = comparison.rows.filter((r) => r.baseline !== null || r.latest !== null);

  return (
    <div className="space-y-6">
      <SubpageHeading athleteId={athleteId} name={name} title={`Baseline and latest · ${name}`} />
      {!comparison.baseline ? (
        <p className="text-slate-700">No signed assessment yet.</p>
      ) : !comparison.latest ? (
        <p className="text-slate-700">Sign a re-assessment to compare it with the baseline of {formatDate(comparison.baseline.visitDate)}.</p>
      ) : (
        <>
          <DataTable caption={`Assessment items: ${formatDate(comparison.baseline.visitDate)} (baseline) and ${formatDate(comparison.latest.visitDate)} (latest)`}>
            <TableHead columns={["Item", "Baseline", "Latest", "Change", "Direction", "Meets MCID/MDC"]} />
            <tbody className="divide-y divide-slate-200">
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row" className={`${tdClass} text-left font-medium`}>
                    {r.label}
                    {r.unit ? ` (${r.unit})` : ""}
                  </th>
                  <td className={tdClass}>{r.baseline ?? <NotRecorded />}</td>
                  <td className={tdClass}>{r.latest ?? <NotRecorded />}</td>
                  <td className={tdClass}>{signed(r.change, r.unit) ?? <NotRecorded />}</td>
                  <td className={tdClass}>{r.direction ? directionLabels[r.direction] : "—"}</td>
                  <td className={tdClass}>
                    {r.passesMcid === null ? "—" : r.passesMcid ? "Yes" : "No"}
                    {r.mcidLabel && <span className="block text-xs text-slate-600">{r.mcidLabel}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
      {comparison.outcomes.length > 0 && <OutcomeTrendsTable trends={comparison.outcomes} caption="Outcome measures: first and latest complete score" />}
    </div>
  );
}
