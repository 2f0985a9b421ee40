"use client";

import Link from "next/link";
import { buttonClass } from "@/app/_components/form";
import type { RunFinding, SessionClass } from "@/server/domain/progression/classify";
import { RunClassNotice } from "./run-class-notice";

type Triage = { urgency: "emergency" | "urgent" | "routine"; messages: string[] } | null;

/**
 * What the athlete sees after saving: sent, or kept on the phone; at once, plainly, any red-flag
 * advice; and for a run, why it counts as red, amber, green or not complete yet.
 */
export function SubmitOutcome({ outcome, what, triage, runClass = null, onAnother }: {
  outcome: "sent" | "queued";
  what: string;
  triage: Triage;
  runClass?: { sessionClass: SessionClass; findings: RunFinding[] } | null;
  onAnother?: () => void;
}) {
  return (
    <div className="space-y-4">
      {triage && <TriageNotice triage={triage} />}
      <div role="status" className={`rounded-xl border p-4 ${outcome === "sent" ? "border-green-300 bg-green-50 text-green-900" : "border-amber-300 bg-amber-50 text-amber-950"}`}>
        {outcome === "sent" ? (
          <p className="font-semibold">{what} saved. Your physio can see it.</p>
        ) : (
          <>
            <p className="font-semibold">{what} saved on this phone: waiting to send.</p>
            <p className="mt-1 text-sm">You seem to be offline. It will be sent automatically when you are back online; you can close the app.</p>
            {what === "Run" && <p className="mt-1 text-sm">Once it is sent, My log shows how the run went and why.</p>}
          </>
        )}
      </div>
      {runClass && <RunClassNotice runClass={runClass} />}
      <div className="flex flex-wrap gap-3">
        <Link href="/portal" className={`${buttonClass()} min-h-11`}>
          Back to today
        </Link>
        {onAnother && (
          <button type="button" onClick={onAnother} className={`${buttonClass("secondary")} min-h-11`}>
            Log another
          </button>
        )}
      </div>
    </div>
  );
}

/** Red-flag advice (docs/clinical-rules.md R8.5): emergency is shown first, as an alert, in plain words. */
export function TriageNotice({ triage }: { triage: NonNullable<Triage> }) {
  const emergency = triage.urgency === "emergency";
  return (
    <div role="alert" className={`rounded-xl border-2 p-4 ${emergency ? "border-red-700 bg-red-50 text-red-950" : "border-amber-500 bg-amber-50 text-amber-950"}`}>
      <p className="text-lg font-bold">{emergency ? "Seek emergency care now" : triage.urgency === "urgent" ? "Please see a doctor soon" : "Your physio will follow this up"}</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {triage.messages.map((m) => (
          <li key={m}>{m}</li>
        ))}
      </ul>
      <p className="mt-2 text-sm">Your physio has been told.</p>
    </div>
  );
}
