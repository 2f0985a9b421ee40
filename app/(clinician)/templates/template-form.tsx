"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, SubmitButton, TextField } from "@/app/_components/form";
import { FormProblem } from "@/app/_components/program/form-problem";
import {
  checkProgramInput, editorItemsFrom, noErrors, serverErrors, toItemValues, type EditorItem, type LibraryExercise, type ProgramFormErrors,
} from "@/app/_components/program/items";
import { ProgramEditor } from "@/app/_components/program/program-editor";
import { isConflictError, useVersionReload } from "@/app/_components/program/use-version-reload";
import type { RouterOutputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { createTemplateInput, updateTemplateInput } from "@/server/domain/programs/schemas";

type Template = RouterOutputs["template"]["get"];
type Props = { library: LibraryExercise[]; template?: Template };

/** Creates a clinic template, or edits one at the version it was loaded with. */
export function TemplateForm({ library, template }: Props) {
  const { formKey, isReloading, reload } = useVersionReload(template?.version ?? 0);
  return <TemplateFields key={formKey} library={library} template={template} isReloading={isReloading} onReload={reload} />;
}

function TemplateFields({ library, template, isReloading, onReload }: Props & { isReloading: boolean; onReload: (fromVersion: number) => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(template?.name ?? "");
  const [description, setDescription] = useState(template?.description ?? "");
  const [items, setItems] = useState<EditorItem[]>(() => editorItemsFrom(template?.items ?? []));
  const [version, setVersion] = useState(template?.version ?? 0);
  const [errors, setErrors] = useState<ProgramFormErrors>(noErrors);
  const [isConflict, setIsConflict] = useState(false);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const create = useCreateMutation(trpc.template.create.mutationOptions());
  const update = useMutation(trpc.template.update.mutationOptions());
  const isPending = create.isPending || update.isPending;

  function onError(error: unknown) {
    setErrors(serverErrors(describeError(error)));
    setIsConflict(isConflictError(error));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSavedVersion(null);
    setIsConflict(false);
    const values = { name, description: description.trim() || null, items: toItemValues(items) };
    if (template) {
      const checked = checkProgramInput(updateTemplateInput, { ...values, templateId: template.id, version }, items);
      if (!checked.ok) return setErrors(checked.errors);
      setErrors(noErrors);
      update.mutate(checked.data, {
        onSuccess: (saved) => {
          setVersion(saved.version);
          setSavedVersion(saved.version);
          router.refresh();
        },
        onError,
      });
    } else {
      const checked = checkProgramInput(createTemplateInput, values, items);
      if (!checked.ok) return setErrors(checked.errors);
      setErrors(noErrors);
      create.submit(checked.data, { onSuccess: (saved) => router.push(`/templates/${saved.id}?created=1`), onError });
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormProblem message={errors.message} isConflict={isConflict} isReloading={isReloading} onReload={() => onReload(version)} />
      {savedVersion !== null && !errors.message && <Alert tone="success">Template saved (version {savedVersion}).</Alert>}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="name" label="Template name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} errors={errors.fields.name} />
        <div className="md:col-span-2">
          <label htmlFor="field-description" className="block text-sm font-medium text-slate-800">
            Description (optional)
          </label>
          <textarea
            id="field-description" rows={3} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)}
            aria-invalid={errors.fields.description ? true : undefined}
            aria-describedby={errors.fields.description ? "field-description-error" : "field-description-hint"}
            className="mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600"
          />
          <p id="field-description-hint" className="mt-1 text-sm text-slate-600">
            Who it is for and when to use it, e.g. &quot;Early phase, irritable tibial nerve&quot;.
          </p>
          {errors.fields.description && (
            <p id="field-description-error" className="mt-1 text-sm text-red-700">
              {errors.fields.description.join(". ")}
            </p>
          )}
        </div>
      </div>
      <ProgramEditor library={library} items={items} onChange={setItems} errors={errors} disabled={isPending} />
      <div className="flex flex-wrap gap-3">
        <SubmitButton pending={isPending} pendingLabel="Saving…">
          {template ? "Save template" : "Create template"}
        </SubmitButton>
      </div>
    </form>
  );
}
