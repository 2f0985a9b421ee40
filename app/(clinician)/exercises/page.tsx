import type { Metadata } from "next";
import { firstParam } from "@/app/_components/format";
import { SearchFilters } from "@/app/_components/search-filters";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { AddExerciseForm } from "./add-exercise-form";
import { ExerciseCard } from "./exercise-card";

export const metadata: Metadata = { title: "Exercise library" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ExercisesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireClinician("library.read");
  const params = await searchParams;
  const search = (firstParam(params.q) ?? "").trim().slice(0, 100);
  const includeArchived = firstParam(params.archived) === "1";
  const exercises = await (await api()).exercise.list({ search: search || undefined, includeArchived });
  const canWrite = can(actor, "library.write");

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900">Exercise library</h1>
        <p className="max-w-3xl text-sm text-slate-700">
          The starter library (34 exercises) with typical starting doses, plus your clinic&apos;s own. Stop rule for all: stop or
          reduce if symptoms exceed 2/10 during the exercise or linger more than 30 minutes after. Doses are conventions
          unless a source is given; adjust them per athlete.
        </p>
      </div>
      <SearchFilters action="/exercises" name="Exercises" searchLabel="Search exercises" search={search} includeArchived={includeArchived} />
      {canWrite && <AddExerciseForm />}
      {exercises.length === 0 ? (
        <p className="text-slate-700">No exercise matches your search.</p>
      ) : (
        <ul aria-label={`Exercises (${exercises.length})`} className="grid gap-4 md:grid-cols-2">
          {exercises.map((exercise) => (
            <li key={exercise.id}>
              <ExerciseCard exercise={exercise} canWrite={canWrite} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
