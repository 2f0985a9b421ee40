"use client";

import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { TriageBadge } from "@/app/_components/triage-badge";
import { triageFromAnswers, type RedFlagAnswers } from "@/server/domain/triage/triage";
import { triggerIds, triggers, type TriggerId, type TriggerUrgency } from "@/server/domain/triage/triggers";
import { Fields, FieldMessages, Group, TextField } from "./fields";
import { fieldId, getAt } from "./form-data";
import { useSection } from "./section-context";
import { SectionShell } from "./section-shell";
import type { SectionProps } from "./types";

const urgencyGroups: { urgency: TriggerUrgency; legend: string }[] = [
  { urgency: "emergency", legend: "Emergency: advise immediate emergency care (T-E)" },
  { urgency: "urgent", legend: "Urgent: medical review within days, pause run progression (T-U)" },
  { urgency: "routine", legend: "Routine referral or investigation (T-R)" },
];

const answerChoices = [
  { value: "", label: "Not asked yet" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** Red-flag screen (docs/clinical-rules.md R8.3, 7): a yes/no per trigger; unanswered stays "not asked", never "no". */
export function RedFlagSection({ mode, assessmentId, saved, state }: SectionProps<"redFlags">) {
  return (
    <SectionShell
      kind="redFlags" mode={mode} assessmentId={assessmentId} saved={saved} state={state}
      intro={
        mode === "edit" ? (
          <p>
            Answer each question you asked. A question left as <strong>Not asked yet</strong> is recorded as unanswered, not as no.
            Saving a <strong>yes</strong> raises a red flag on the athlete&apos;s record with its urgency; it stays open until a
            therapist acknowledges it with what was done.
          </p>
        ) : null
      }
    >
      <TriageSummary />
      {mode === "edit" ? (
        urgencyGroups.map(({ urgency, legend }) => (
          <Group key={urgency} legend={legend}>
            <div className="divide-y divide-slate-200">
              {triggerIds.filter((id) => triggers[id].urgency === urgency).map((id) => (
                <TriggerQuestion key={id} id={id} />
              ))}
            </div>
          </Group>
        ))
      ) : (
        <AnswersTable />
      )}
      <Fields columns={1}>
        <TextField name="notes" label="Notes" multiline maxLength={4000} />
      </Fields>
    </SectionShell>
  );
}

function TriggerQuestion({ id }: { id: TriggerId }) {
  const { kind, saved, errors } = useSection();
  const answer = getAt(saved, id);
  const groupId = fieldId(kind, id);
  const error = errors[id];
  return (
    <div className="py-3">
      <fieldset id={groupId} className="space-y-2" aria-describedby={error ? `${groupId}-error` : undefined}>
        <legend className="text-sm text-slate-900">
          <span className="font-semibold">{id}</span> {triggers[id].clinicianLabel}
        </legend>
        <div className="flex flex-wrap gap-x-5 gap-y-1 pt-1">
          {answerChoices.map((choice) => {
            const optionId = fieldId(kind, `${id}.${choice.value || "unanswered"}`);
            return (
              <div key={choice.value} className="flex items-center gap-1.5">
                <input
                  id={optionId} type="radio" name={id} value={choice.value} data-kind="enum"
                  defaultChecked={(answer ?? "") === choice.value}
                  className="size-4 accent-brand-600"
                />
                <label htmlFor={optionId} className="text-sm text-slate-800">
                  {choice.label}
                </label>
              </div>
            );
          })}
        </div>
        <FieldMessages id={groupId} error={error} />
      </fieldset>
    </div>
  );
}

/** The urgency the current answers would raise (docs/clinical-rules.md R8.1: the highest "yes" wins). */
function TriageSummary() {
  const { mode, values } = useSection();
  const answers = Object.fromEntries(triggerIds.map((id) => [id, getAt(values, id)])) as RedFlagAnswers;
  const result = triageFromAnswers(answers);
  const unanswered = result.unanswered.length;
  return (
    <div aria-live="polite" className={`space-y-2 rounded-md border p-3 text-sm ${result.urgency === "none" ? "border-slate-200 bg-slate-50" : "border-red-300 bg-red-50"}`}>
      <p className="font-semibold text-slate-900">{mode === "edit" ? "These answers" : "This screen"}:</p>
      {result.urgency === "none" ? (
        <p className="text-slate-800">No red flag from the answers.</p>
      ) : (
        <>
          <TriageBadge urgency={result.urgency} />
          <ul className="list-disc pl-5 text-slate-900">
            {result.flags.map((flag) => (
              <li key={flag.id}>
                <span className="font-semibold">{flag.id}</span> {triggers[flag.id].clinicianLabel}. Route: {triggers[flag.id].route}.
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="text-slate-700">
        {unanswered === 0 ? "Every question answered." : `${unanswered} of ${triggerIds.length} questions not asked yet.`} Findings in other
        sections (saddle or stocking areas on the body map, lost monofilament sensation, weakness since the last visit) can raise red flags too.
      </p>
    </div>
  );
}

function AnswersTable() {
  const { saved } = useSection();
  return (
    <DataTable caption="Red-flag questions and answers">
      <TableHead columns={["Trigger", "Question", "Answer"]} />
      <tbody className="divide-y divide-slate-200">
        {triggerIds.map((id) => {
          const answer = getAt(saved, id);
          return (
            <tr key={id}>
              <th scope="row" className={`${tdClass} text-left font-semibold whitespace-nowrap`}>{id}</th>
              <td className={tdClass}>{triggers[id].clinicianLabel}</td>
              <td className={`${tdClass} whitespace-nowrap`}>
                {answer === "yes" ? <strong className="text-red-800">Yes</strong> : answer === "no" ? "No" : <span className="text-slate-600">Not asked</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
