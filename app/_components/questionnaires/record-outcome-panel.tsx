"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/app/_components/form";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { instrumentIds, instruments, type InstrumentId } from "@/server/domain/scoring/instruments";
import { QuestionnaireForm } from "./questionnaire-form";

/** Instruments the clinic may use: the free ones, and add-ons it holds a licence for. */
export function availableInstruments(licensedAddOns: Record<string, string>): InstrumentId[] {
  return instrumentIds.filter((id) => !instruments[id].isAddOn || Boolean(licensedAddOns[id]));
}

/** A measure completed in clinic, scored by the server; optionally part of a draft visit. */
export function RecordOutcomePanel({ athleteId, assessmentId, licensedAddOns }: { athleteId: string; assessmentId?: string; licensedAddOns: Record<string, string> }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [instrument, setInstrument] = useState<InstrumentId | "">("");
  const [formKey, setFormKey] = useState(0);
  const record = useMutation(
    trpc.outcome.record.mutationOptions({
      onSuccess: () => {
        setFormKey((k) => k + 1);
        router.refresh();
      },
    }),
  );
  const available = availableInstruments(licensedAddOns);

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <SelectField
        name="recordInstrument" label="Record a measure" placeholder="Choose a questionnaire…" value={instrument}
        onChange={(e) => {
          setInstrument(e.target.value as InstrumentId | "");
          record.reset();
        }}
        options={available.map((id) => ({ value: id, label: instruments[id].title }))}
      />
      {instrument && instruments[instrument].isAddOn && (
        <p className="text-xs text-slate-600">Licensed add-on: {licensedAddOns[instrument]}</p>
      )}
      {record.isSuccess && (
        <p role="status" className="text-sm text-green-800">
          Recorded{record.data.score !== null ? `: score ${record.data.score}` : " (incomplete, not scored)"}.
        </p>
      )}
      {instrument && (
        <QuestionnaireForm
          key={`${instrument}-${formKey}`}
          instrument={instrument}
          submitLabel="Save measure"
          pending={record.isPending}
          serverError={record.error ? describeError(record.error).message : null}
          onSubmit={(answers) => record.mutate({ athleteId, assessmentId, instrument, answers } as Parameters<typeof record.mutate>[0])}
        />
      )}
    </div>
  );
}
