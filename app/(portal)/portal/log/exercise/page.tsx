import type { Metadata } from "next";
import Link from "next/link";
import { firstParam } from "@/app/_components/format";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { ExerciseForm } from "../../_log/exercise-form";

export const metadata: Metadata = { title: "Log an exercise" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LogExercisePage({ searchParams }: { searchParams: SearchParams }) {
  await requireAthlete();
  const params = await searchParams;
  const plan = await (await api()).portal.plan();
  const date = firstParam(params.date);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log an exercise</h1>
      {!plan || plan.exercises.length === 0 ? (
        <p className="text-slate-800">
          Your program has no exercises yet. <Link href="/portal" className="font-semibold text-brand-700 underline">Back to today</Link>
        </p>
      ) : (
        <ExerciseForm
          mode={{ kind: "new" }} programId={plan.programId} options={plan.exercises} serverToday={new Date().toISOString().slice(0, 10)}
          initial={{ exerciseId: firstParam(params.exerciseId) ?? "", side: firstParam(params.side) ?? "", date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "" }}
        />
      )}
    </div>
  );
}
