import { runFeedback } from "@/server/domain/logs/run-feedback";
import type { RunFinding, SessionClass } from "@/server/domain/progression/classify";

const tones: Record<SessionClass, string> = {
  RED: "border-red-300 bg-red-50 text-red-950",
  AMBER: "border-amber-400 bg-amber-50 text-amber-950",
  INCOMPLETE: "border-slate-300 bg-slate-50 text-slate-900",
  GREEN: "border-green-300 bg-green-50 text-green-950",
};

/** Why a run is red, amber, green or not complete yet, in the athlete's words. */
export function RunClassNotice({ runClass, headingLevel = 3 }: { runClass: { sessionClass: SessionClass; findings: readonly RunFinding[] }; headingLevel?: 2 | 3 }) {
  const feedback = runFeedback(runClass.sessionClass, runClass.findings);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className={`rounded-lg border p-3 text-sm ${tones[runClass.sessionClass]}`}>
      <Heading className="font-semibold">{feedback.headline}</Heading>
      {feedback.reasons.length > 0 && (
        <ul className="mt-1 list-disc space-y-0.5 pl-5">
          {feedback.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
