import { DateTime } from "@/app/_components/date-time";
import type { RouterOutputs } from "@/app/_components/router-types";
import { plural } from "@/app/_components/format";

type Status = RouterOutputs["triage"]["checklistStatus"];

/** The athlete's safety checklist as the therapist needs it: when last answered in full, and a later one left with gaps. */
export function ChecklistStatus({ status }: { status: Status }) {
  const { lastComplete, laterIncomplete } = status;
  return (
    <section aria-labelledby="checklist-status-heading" className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <h2 id="checklist-status-heading" className="font-semibold text-slate-900">
        Safety questions
      </h2>
      <p className="text-slate-800">
        {lastComplete ? (
          <>
            Last answered in full on <DateTime value={lastComplete.createdAt} />.
          </>
        ) : (
          "Never answered in full."
        )}
      </p>
      {laterIncomplete && (
        <p className="font-medium text-amber-900">
          Not completed: the set sent on <DateTime value={laterIncomplete.createdAt} /> left {plural(laterIncomplete.unanswered, "question")} unanswered
          (unanswered is not “no”; the athlete is asked again).
        </p>
      )}
    </section>
  );
}
