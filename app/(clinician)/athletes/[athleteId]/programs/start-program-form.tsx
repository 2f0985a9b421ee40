"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import Link from "next/link";
import { useId, useState, type FormEvent } from "react";
import { Alert, CheckboxField, SelectField, SubmitButton, TextField } from "@/app/_components/form";
import { checkRunPlanValues, emptyRunPlanValues, type RunPlanErrors, type RunPlanValues } from "@/app/_components/plan/run-plan-entry";
import { RunPlanFields } from "@/app/_components/plan/run-plan-fields";
import {
  checkProgramInput, hasTensionerWithoutSlider, noErrors, serverErrors, toItemValues, type EditorItem, type LibraryExercise, type ProgramFormErrors,
} from "@/app/_components/program/items";
import { ProgramEditor, sliderWarning } from "@/app/_components/program/program-editor";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import type { GlideKind } from "@/server/domain/exercises/schemas";
import { startProgramInput } from "@/server/domain/programs/schemas";

export type TemplateChoice = { id: string; name: string; items: { exerciseName: string; glideKind: GlideKind | null }[] };
type Source = "template" | "scratch";

/** Starts the athlete's program from a clinic template or from exercises picked here. */
export function StartProgramForm({ athleteId, today, templates, library }: {
  athleteId: string;
  /** Today's date (YYYY-MM-DD), the default start. */
  today: string;
  templates: TemplateChoice[];
  library: LibraryExercise[];
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const sourceName = useId();
  const [source, setSource] = useState<Source>(templates.length ? "template" : "scratch");
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? "");
  const [name, setName] = useState(templates[0]?.name ?? "");
  const [isNameTyped, setIsNameTyped] = useState(false);
  const [startDate, setStartDate] = useState(today);
  const [items, setItems] = useState<EditorItem[]>([]);
  const [errors, setErrors] = useState<ProgramFormErrors>(noErrors);
  const start = useCreateMutation(trpc.program.start.mutationOptions());
  const [hasPlan, setHasPlan] = useState(false);
  const [planValues, setPlanValues] = useState<RunPlanValues>(emptyRunPlanValues);
  const [planErrors, setPlanErrors] = useState<RunPlanErrors>({});
  const suggestion = useQuery(trpc.plan.suggestEntry.queryOptions({ athleteId }, { enabled: hasPlan }));
  const template = templates.find((t) => t.id === templateId);

  function chooseTemplate(id: string) {
    setTemplateId(id);
    // The name follows the template until the therapist types one of their own.
    const next = templates.find((t) => t.id === id);
    if (!isNameTyped && next) setName(next.name);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const base = { athleteId, name, startDate };
    const plan = hasPlan ? checkRunPlanValues(planValues, suggestion.data?.stage ?? null) : null;
    setPlanErrors(plan && !plan.ok ? plan.errors : {});
    const runPlan = plan?.ok ? plan.data : undefined;
    const values = source === "template" ? { ...base, templateId, runPlan } : { ...base, items: toItemValues(items), runPlan };
    const checked = checkProgramInput(startProgramInput, values, items);
    if (!checked.ok) return setErrors(checked.errors);
    if (plan && !plan.ok) return setErrors({ ...noErrors, message: "Please correct the run/walk plan fields" });
    setErrors(noErrors);
    start.submit(checked.data, {
      onSuccess: () => router.refresh(),
      onError: (error) => setErrors(serverErrors(describeError(error))),
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {errors.message && <Alert>{errors.message}</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField
          name="name" label="Program name" required maxLength={120} value={name} errors={errors.fields.name}
          onChange={(e) => {
            setName(e.target.value);
            setIsNameTyped(true);
          }}
        />
        <TextField name="startDate" label="Start date" type="date" required value={startDate} onChange={(e) => setStartDate(e.target.value)} errors={errors.fields.startDate} />
      </div>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">Start from</legend>
        <div className="flex flex-wrap gap-6">
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input
              type="radio" name={sourceName} value="template" className="size-4 accent-brand-600" checked={source === "template"}
              disabled={templates.length === 0} onChange={() => setSource("template")}
            />
            From template
          </label>
          <label className="flex items-center gap-2 text-sm font-medium text-slate-800">
            <input type="radio" name={sourceName} value="scratch" className="size-4 accent-brand-600" checked={source === "scratch"} onChange={() => setSource("scratch")} />
            From scratch
          </label>
        </div>
        {templates.length === 0 && (
          <p className="text-sm text-slate-700">
            Your clinic has no program templates yet.{" "}
            <Link href="/templates/new" className="font-medium text-brand-700 underline">
              Create a template
            </Link>
          </p>
        )}
      </fieldset>

      {source === "template" ? (
        <div className="space-y-3">
          <div className="md:w-1/2">
            <SelectField
              name="templateId" label="Template" value={templateId} onChange={(e) => chooseTemplate(e.target.value)} errors={errors.fields.templateId}
              options={templates.map((t) => ({ value: t.id, label: `${t.name} (${t.items.length} ${t.items.length === 1 ? "exercise" : "exercises"})` }))}
            />
          </div>
          {template && (
            <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-800">
              <p className="font-semibold text-slate-900">Exercises in {template.name}</p>
              <ol className="list-decimal space-y-0.5 pl-5">
                {template.items.map((i, index) => (
                  <li key={index}>{i.exerciseName}</li>
                ))}
              </ol>
              {hasTensionerWithoutSlider(template.items) && <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{sliderWarning}</p>}
              <p className="text-slate-600">You can change the exercises after starting the program.</p>
            </div>
          )}
          {errors.list.length > 0 && <p className="text-sm font-medium text-red-700">{errors.list.join(". ")}</p>}
        </div>
      ) : (
        <ProgramEditor library={library} items={items} onChange={setItems} errors={errors} headingLevel={3} disabled={start.isPending} />
      )}

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Running</legend>
        <CheckboxField
          name="hasRunPlan" label="Add a graded run/walk plan" checked={hasPlan} disabled={start.isPending}
          hint="A stage ladder (S0–S7 run/walk, then S8 weekly minutes) that progresses, holds or steps back each week by the clinic's symptom rules."
          onChange={(e) => setHasPlan(e.target.checked)}
        />
        {hasPlan && (
          <>
            <RunPlanFields
              idPrefix="start-plan" values={planValues} onChange={setPlanValues} errors={planErrors} disabled={start.isPending}
              suggestion={suggestion.isError ? null : suggestion.data}
            />
            {errors.fields.runPlan && <p className="text-sm font-medium text-red-700">{errors.fields.runPlan.join(". ")}</p>}
          </>
        )}
      </fieldset>

      <SubmitButton pending={start.isPending} pendingLabel="Starting…">
        Start program
      </SubmitButton>
    </form>
  );
}
