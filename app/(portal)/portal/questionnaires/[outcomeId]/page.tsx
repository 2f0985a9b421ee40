import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { instruments } from "@/server/domain/scoring/instruments";
import { CompleteQuestionnaire } from "./complete-questionnaire";

export const metadata: Metadata = { title: "Questionnaire" };

export default async function QuestionnairePage({ params }: { params: Promise<{ outcomeId: string }> }) {
  await requireAthlete();
  const { outcomeId } = await params;
  const pending = await (await api()).portal.pendingOutcomes();
  const outcome = pending.find((o) => o.id === outcomeId);
  if (!outcome) notFound();
  return (
    <div className="space-y-4">
      <p>
        <Link href="/portal" className="text-sm font-medium text-brand-700 underline">
          Back
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{instruments[outcome.instrument].title}</h1>
      <p className="text-sm text-slate-700">Your physio asked you to fill this in. Answer every question as things are today.</p>
      <CompleteQuestionnaire outcomeId={outcome.id} instrument={outcome.instrument} />
    </div>
  );
}
