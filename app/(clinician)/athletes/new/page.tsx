import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { NewAthleteForm } from "./new-athlete-form";

export const metadata: Metadata = { title: "Add athlete" };

export default async function NewAthletePage() {
  const actor = await requireClinician("athlete.write");
  const trpc = await api();
  // Only owners may place an athlete on someone else's caseload.
  const therapists =
    actor.role === "owner"
      ? (await trpc.clinic.team()).members.filter((m) => !m.disabled).map((m) => ({ value: m.userId, label: m.name }))
      : null;

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href="/caseload" className="text-sm font-medium text-brand-700 underline">
          Back to the caseload
        </Link>
      </p>
      <h1 className="text-2xl font-bold text-slate-900">Add athlete</h1>
      <NewAthleteForm therapists={therapists} defaultTherapistId={actor.userId} />
    </div>
  );
}
