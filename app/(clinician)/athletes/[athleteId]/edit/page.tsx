import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Alert } from "@/app/_components/form";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { EditAthleteForm } from "./edit-athlete-form";
import { SubpageHeading } from "../subpage-heading";

export const metadata: Metadata = { title: "Edit athlete" };

export default async function EditAthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  await requireClinician("athlete.write");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();

  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const fullName = `${athlete.firstName} ${athlete.lastName}`;

  return (
    <div className="max-w-3xl space-y-6">
      <SubpageHeading athleteId={athlete.id} name={fullName} title={`Edit ${fullName}`} />
      {athlete.archivedAt ? (
        <Alert tone="info">This athlete is archived. Restore them from their page before editing.</Alert>
      ) : (
        // A new version (after a refresh) remounts the form with the latest values.
        <EditAthleteForm key={athlete.version} athlete={athlete} />
      )}
    </div>
  );
}
