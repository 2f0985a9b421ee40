"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { SelectField } from "@/app/_components/form";
import type { RouterInputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation, type WithoutRequestKey } from "@/app/_trpc/use-create-mutation";
import { instrumentIds, instruments, type InstrumentId } from "@/server/domain/scoring/instruments";
import { formatScore } from "./answers";
import { QuestionnaireForm } from "./questionnaire-form";

/** Instruments the clinic may use: the free ones, and the add-ons it recorded a licence for (docs/clinical-rules.md R9.6). */
export function availableInstruments(licensedAddOns: Record<string, string>): InstrumentId[] {
  return instrumentIds.filter((id) => !instruments[id].isAddOn || Boolean(licensedAddOns[id]));
}

type Props = {
  athleteId: string;
  /** Set on a draft visit: the measure becomes part of that assessment. */
  assessmentId?: string;
  /** Add-on id → the clinic's licence reference (settings.get). */
  licensedAddOns: Record<string, string>;
};

/** A measure completed in clinic: choose it, fill it in, and the server scores it onto the record. */
export function RecordOutcomePanel({ athleteId, assessmentId, licensedAddOns }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const [instrument, setInstrument] = useState<InstrumentId | "">("");
  const [formKey, setFormKey] = useState(0);
  const record = useCreateMutation(
    trpc.outcome.record.mutationOptions({
      onSuccess: () => {
        setFormKey((k) => k + 1);
        router.refresh();
      },
    }),
  );
  const available = availableInstruments(licensedAddOns);
  const selectId = assessmentId ? `record-instrument-${assessmentId}` : "record-instrument";
  const chosen = instrument ? instruments[instrument] : null;
  const saved = record.data;

  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <SelectField
        id={selectId} name="recordInstrument" label="Record a measure" placeholder="Choose a questionnaire…" value={instrument}
        onChange={(e) => {
          setInstrument(e.target.value as InstrumentId | "");
          record.reset();
        }}
        options={available.map((id) => ({ value: id, label: instruments[id].title }))}
        hint={available.some((id) => instruments[id].isAddOn) ? undefined : "DN4, LANSS and painDETECT appear here once the clinic owner records a licence in Settings."}
      />
      {chosen?.isAddOn && instrument && (
        <div className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700">
          <p>
            <span className="font-semibold text-slate-900">Licensed add-on.</span> Clinic licence: {licensedAddOns[instrument]}
          </p>
          <p className="mt-1">{chosen.licenceNote}</p>
        </div>
      )}
      {saved && (
        <p role="status" className="text-sm font-medium text-green-800">
          {instruments[saved.instrument].title} recorded: {saved.score !== null ? formatScore(saved.instrument, saved.score) : "incomplete, not scored"}.
        </p>
      )}
      {instrument && (
        <QuestionnaireForm
          key={`${instrument}-${formKey}`}
          instrument={instrument}
          submitLabel="Save measure"
          pendingLabel="Saving…"
          pending={record.isPending}
          serverError={record.error ? describeError(record.error).message : null}
          onSubmit={(answers) => record.submit({ athleteId, assessmentId, instrument, answers } as WithoutRequestKey<RouterInputs["outcome"]["record"]>)}
        />
      )}
    </div>
  );
}
