import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/app/_components/form";
import { api } from "@/app/_trpc/server";
import { instruments } from "@/server/domain/scoring/instruments";
import { surfaceLabels } from "@/server/domain/athletes/schemas";
import { requireAthlete } from "@/server/auth/guards";
import { ThisWeekSection } from "./this-week-section";

export const metadata: Metadata = { title: "My running" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function PortalHomePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAthlete();
  const trpc = await api();
  const [profile, pending, plan] = await Promise.all([trpc.portal.profile(), trpc.portal.pendingOutcomes(), trpc.portal.plan()]);
  const sent = (await searchParams).sent === "1";
  const rows: [string, string][] = [
    ["Goal race", profile.goalRace ?? "Not set"],
    ["Goal date", profile.goalDate ? formatDate(profile.goalDate) : "Not set"],
    ["Weekly running", profile.weeklyKm !== null ? `${profile.weeklyKm} km` : "Not recorded"],
    ["Years running", profile.yearsRunning !== null ? String(profile.yearsRunning) : "Not recorded"],
    ["Usual surface", profile.usualSurface ? surfaceLabels[profile.usualSurface as keyof typeof surfaceLabels] : "Not recorded"],
    ["Date of birth", `${formatDate(profile.dateOfBirth)} (age ${profile.age})`],
    ["Email", profile.email ?? "Not recorded"],
  ];
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Hi {profile.firstName}</h1>
      {sent && <Alert tone="success">Thank you — your answers were sent to your physio.</Alert>}
      {pending.length > 0 && (
        <section aria-labelledby="questionnaires-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="questionnaires-heading" className="text-lg font-semibold">
            Questionnaires from your physio
          </h2>
          <ul className="mt-2 space-y-2">
            {pending.map((o) => (
              <li key={o.id}>
                <Link href={`/portal/questionnaires/${o.id}`} className="flex min-h-11 items-center font-semibold text-brand-700 underline">
                  Fill in the {instruments[o.instrument].title}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ThisWeekSection plan={plan} />
      <section aria-labelledby="profile-heading" className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="profile-heading" className="text-lg font-semibold">
          Your running profile
        </h2>
        <dl className="mt-3 divide-y divide-slate-100">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 py-2 text-sm">
              <dt className="text-slate-600">{label}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-600">Something wrong? Ask your therapist to update it.</p>
      </section>
    </div>
  );
}
