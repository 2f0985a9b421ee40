import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { LoadSection } from "./load-section";
import { PatternsSection } from "./patterns-section";
import { TimelineSection } from "./timeline-section";
import { SubpageHeading } from "../subpage-heading";

export const metadata: Metadata = { title: "Trends and timeline" };

/** Between visits: the load timeline, symptom triggers and everything that happened, for one athlete. */
export default async function InsightsPage({ params }: { params: Promise<{ athleteId: string }> }) {
  await requireClinician("athlete.read");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();
  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const [load, patterns, timeline] = await Promise.all([trpc.insight.load({ athleteId }), trpc.insight.patterns({ athleteId }), trpc.insight.timeline({ athleteId })]);
  const name = `${athlete.firstName} ${athlete.lastName}`;
  return (
    <div className="space-y-8">
      <SubpageHeading athleteId={athlete.id} name={name} title={`Trends · ${name}`} />
      <LoadSection load={load} />
      <PatternsSection patterns={patterns} />
      <TimelineSection events={timeline} />
    </div>
  );
}
