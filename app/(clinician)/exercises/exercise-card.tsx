import { Badge } from "@/app/_components/badge";
import type { RouterOutputs } from "@/app/_components/router-types";
import { ArchiveExerciseButton } from "./archive-exercise-button";

type Exercise = RouterOutputs["exercise"]["list"][number];

/** An exercise with everything needed to do it from the text alone. */
export function ExerciseCard({ exercise, canWrite }: { exercise: Exercise; canWrite: boolean }) {
  return (
    <article aria-labelledby={`exercise-${exercise.id}`} className="h-full space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id={`exercise-${exercise.id}`} className="text-base font-semibold text-slate-900">
          {exercise.starterNumber ? `${exercise.starterNumber}. ` : ""}
          {exercise.name}
        </h2>
        {!exercise.isStarter && <Badge>Clinic exercise</Badge>}
        {exercise.glideKind && <Badge tone="warning">{exercise.glideKind === "slider" ? "Nerve slider" : "Nerve tensioner"}</Badge>}
        {exercise.archivedAt && <Badge>Archived</Badge>}
      </div>
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">Category</dt>
        <dd className="text-slate-900">{exercise.category}</dd>
        <dt className="text-slate-600">Target</dt>
        <dd className="text-slate-900">{exercise.target}</dd>
        <dt className="text-slate-600">Dosage</dt>
        <dd className="text-slate-900">{exercise.dosage}</dd>
        <dt className="text-slate-600">How to</dt>
        <dd className="text-slate-900">{exercise.cues}</dd>
        {exercise.caution && (
          <>
            <dt className="text-slate-600">Caution</dt>
            <dd className="text-slate-900">{exercise.caution}</dd>
          </>
        )}
        {exercise.imageUrl && (
          <>
            <dt className="text-slate-600">Picture</dt>
            <dd>
              <a href={exercise.imageUrl} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                Open the picture of {exercise.name}
              </a>
            </dd>
          </>
        )}
        {exercise.sources.length > 0 && (
          <>
            <dt className="text-slate-600">Source</dt>
            <dd className="text-slate-900">{exercise.sources.join("; ")}</dd>
          </>
        )}
      </dl>
      {canWrite && <ArchiveExerciseButton exerciseId={exercise.id} name={exercise.name} isArchived={exercise.archivedAt !== null} />}
    </article>
  );
}
