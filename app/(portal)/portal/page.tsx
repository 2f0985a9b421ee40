import type { Metadata } from "next";
import { api } from "@/app/_trpc/server";
import { surfaceLabels } from "@/server/domain/athletes/schemas";
import { requireAthlete } from "@/server/auth/guards";

export const metadata: Metadata = { title: "My running" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const formatDate = (iso: string) => dateFormat.format(new Date(`${iso}T00:00:00Z`));

export default async function PortalHomePage() {
  await requireAthlete();
  const profile = await (await api()).portal.profile();
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
