"use client";

import { useState } from "react";
import { validateInput, type FormErrors } from "@/app/_components/validate";
import { correctLogInput, logInput } from "@/server/domain/logs/schemas";
import { newClientId, usePortalSubmit, type Sent } from "./portal-outbox";
import type { RunFormMode } from "./run-form";

/**
 * The steps every log form shares: check the entry with the procedure's own schema, send it (or its
 * correction) through the outbox under one idempotency key, and turn a refusal into form errors. A
 * new key is taken after a conflict, so the athlete's next try is a new entry.
 */
export function useEntrySubmit(mode: RunFormMode) {
  const submitEntry = usePortalSubmit();
  const [clientId, setClientId] = useState(newClientId);
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [pending, setPending] = useState(false);

  type Accepted = Exclude<Sent<"log"> | Sent<"correctLog">, { status: "rejected" }>;

  async function send(entry: Record<string, unknown> & { kind: string }, label: string): Promise<Accepted | null> {
    const checked = mode.kind === "correct"
      ? validateInput(correctLogInput, { ...entry, clientId, logId: mode.logId, expectedVersion: mode.version })
      : validateInput(logInput, { ...entry, clientId });
    if (!checked.ok) {
      setErrors(checked.errors);
      return null;
    }
    setPending(true);
    setErrors(null);
    const sent = mode.kind === "correct"
      ? await submitEntry("correctLog", checked.data as typeof correctLogInput._output, `Correction: ${label}`)
      : await submitEntry("log", checked.data as typeof logInput._output, label);
    setPending(false);
    if (sent.status === "rejected") {
      if (/different details|changed meanwhile/.test(sent.message)) setClientId(newClientId());
      setErrors({ message: sent.message, fieldErrors: sent.fieldErrors });
      return null;
    }
    return sent;
  }

  return { send, errors, pending, setErrors, renewKey: () => setClientId(newClientId()) };
}
