"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, TextField, buttonClass } from "@/app/_components/form";
import { FormProblem } from "@/app/_components/program/form-problem";
import {
  checkProgramInput, editorItemsFrom, noErrors, serverErrors, toItemValues, type EditorItem, type LibraryExercise, type ProgramFormErrors,
  type ProgramItemView,
} from "@/app/_components/program/items";
import { ProgramEditor } from "@/app/_components/program/program-editor";
import { isConflictError, useVersionReload } from "@/app/_components/program/use-version-reload";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useMutationOnce } from "@/app/_trpc/use-create-mutation";
import { reviseProgramInput } from "@/server/domain/programs/schemas";

type Props = { programId: string; currentVersion: number; items: ProgramItemView[]; library: LibraryExercise[] };

/** Changes the exercises of the active program: a new version, refused (CONFLICT) if the program changed meanwhile. */
export function ReviseProgramForm(props: Props) {
  const { formKey, isReloading, reload } = useVersionReload(props.currentVersion);
  return <ReviseFields key={formKey} {...props} isReloading={isReloading} onReload={reload} />;
}

function ReviseFields({ programId, currentVersion, items: savedItems, library, isReloading, onReload }: Props & {
  isReloading: boolean;
  onReload: (fromVersion: number) => void;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [items, setItems] = useState<EditorItem[]>(() => editorItemsFrom(savedItems));
  const [baseVersion, setBaseVersion] = useState(currentVersion);
  const [savedJson, setSavedJson] = useState(() => JSON.stringify(toItemValues(editorItemsFrom(savedItems))));
  const [changeNote, setChangeNote] = useState("");
  const [errors, setErrors] = useState<ProgramFormErrors>(noErrors);
  const [isConflict, setIsConflict] = useState(false);
  const [notice, setNotice] = useState<{ tone: "success" | "info"; text: string } | null>(null);
  const revise = useMutationOnce(trpc.program.revise.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    setIsConflict(false);
    const values = toItemValues(items);
    if (JSON.stringify(values) === savedJson) {
      setErrors(noErrors);
      return setNotice({ tone: "info", text: `Nothing to save: the exercises are the same as version ${baseVersion}.` });
    }
    const checked = checkProgramInput(reviseProgramInput, { programId, currentVersion: baseVersion, items: values, changeNote }, items);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors(noErrors);
    revise.submit(checked.data, {
      onSuccess: (program) => {
        setBaseVersion(program.currentVersion);
        setSavedJson(JSON.stringify(values));
        setChangeNote("");
        setNotice({ tone: "success", text: `Saved as version ${program.currentVersion}. The athlete now sees this version.` });
        router.refresh();
      },
      onError: (error) => {
        setErrors(serverErrors(describeError(error)));
        setIsConflict(isConflictError(error));
      },
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormProblem message={errors.message} isConflict={isConflict} isReloading={isReloading} onReload={() => onReload(baseVersion)} />
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
      <ProgramEditor library={library} items={items} onChange={setItems} errors={errors} headingLevel={3} disabled={revise.isPending} />
      <div className="md:w-2/3">
        <TextField
          name="changeNote" label="Change note" maxLength={500} value={changeNote} onChange={(e) => setChangeNote(e.target.value)}
          hint="What changed and why; shown in the version history (optional)." errors={errors.fields.changeNote}
        />
      </div>
      <button type="submit" className={buttonClass()} disabled={revise.isPending}>
        {revise.isPending ? "Saving…" : "Save changes"}
      </button>
    </form>
  );
}
