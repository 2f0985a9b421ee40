"use client";

import { useState } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { formatLongDayDate } from "@/app/_components/plan/labels";
import { NrsField } from "./nrs-field";
import { newClientId, usePortalSubmit } from "./portal-outbox";

/** The one-screen next-morning check of a run (docs/clinical-rules.md R1.4): the engine waits for it before deciding the week (R3.2). */
export function NextMorningCard({ logId, date, runMinutes }: { logId: string; date: string; runMinutes: number }) {
  const submitEntry = usePortalSubmit();
  const [value, setValue] = useState<number | null>(null);
  const [clientId] = useState(newClientId);
  const [state, setState] = useState<"idle" | "saving" | "sent" | "queued">("idle");
  const [error, setError] = useState<string | null>(null);
  const headingId = `next-morning-${logId}`;

  async function save() {
    if (value === null) return setError("Choose a number from 0 to 10");
    setState("saving");
    const sent = await submitEntry("answerNextMorning", { clientId, logId, nextMorningNrs: value }, `Next morning after the run on ${date}: ${value}/10`);
    if (sent.status === "rejected") {
      setState("idle");
      return setError(sent.message);
    }
    setError(null);
    setState(sent.status);
  }

  if (state === "sent" || state === "queued") {
    return (
      <section aria-labelledby={headingId} className="rounded-xl border border-green-300 bg-green-50 p-4 text-green-900">
        <h3 id={headingId} className="font-semibold">Next morning after {formatLongDayDate(date)}</h3>
        <p role="status">{state === "sent" ? `Thanks: ${value}/10 saved.` : `Saved on this phone (${value}/10): waiting to send.`}</p>
      </section>
    );
  }
  return (
    <section aria-labelledby={headingId} className="space-y-3 rounded-xl border border-brand-600 bg-white p-4 shadow-sm">
      <h3 id={headingId} className="font-semibold">
        Your run on {formatLongDayDate(date)} ({runMinutes} min)
      </h3>
      {error && <Alert>{error}</Alert>}
      <NrsField name={`next-morning-${logId}`} legend="How are your feet this morning?" value={value} onChange={setValue} />
      <button type="button" onClick={save} disabled={state === "saving"} className={`${buttonClass()} min-h-12 w-full`}>
        {state === "saving" ? "Saving…" : "Save morning check"}
      </button>
    </section>
  );
}
