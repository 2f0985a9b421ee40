import type { ReactNode } from "react";
import { formatDate, todayIso } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { ageOn, sexLabels, surfaceLabels } from "@/server/domain/athletes/schemas";

type AthleteDetail = RouterOutputs["athlete"]["get"];

/** The recorded profile as a description list; blanks say "Not recorded". */
export function AthleteProfile({ athlete }: { athlete: AthleteDetail }) {
  const rows: [string, ReactNode][] = [
    ["Date of birth", `${formatDate(athlete.dateOfBirth)} (age ${ageOn(athlete.dateOfBirth, todayIso())})`],
    ["Sex", sexLabels[athlete.sex]],
    ["Email", athlete.email],
    ["Weekly km", athlete.weeklyKm === null ? null : `${athlete.weeklyKm} km`],
    ["Years running", athlete.yearsRunning],
    ["Goal race", athlete.goalRace],
    ["Goal date", athlete.goalDate && formatDate(athlete.goalDate)],
    ["Usual surface", athlete.usualSurface && surfaceLabels[athlete.usualSurface]],
  ];
  return (
    <dl className="mt-3 divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white shadow-sm">
      {rows.map(([term, value]) => (
        <div key={term} className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:gap-4">
          <dt className="text-sm font-medium text-slate-700">{term}</dt>
          <dd className="text-sm text-slate-900 sm:col-span-2">{value ?? <span className="text-slate-600">Not recorded</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
