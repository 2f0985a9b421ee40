"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from "react";
import { Alert, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import type { RouterInputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { sectionDefinitions, sectionSchemas, type SectionKind } from "@/server/domain/assessments/sections";
import { fieldId, readSectionForm, validateSection, type PathErrors } from "./form-data";
import { SectionProvider, useDraftStatus, type SectionMode } from "./section-context";
import type { SectionState } from "./types";

export type ShellProps = {
  kind: SectionKind;
  mode: SectionMode;
  assessmentId: string;
  saved: unknown;
  state: SectionState | undefined;
  /** Guidance under the heading, in both modes. */
  intro?: ReactNode;
  /** Shown after the fields in both modes (e.g. suggested cues from the saved values). */
  after?: ReactNode;
  /** Reshapes what the form holds into the schema's shape before validation (e.g. shoes keyed by id → array). */
  normalize?: (data: Record<string, unknown>) => unknown;
  /** Maps a schema issue path back to the input's name, when `normalize` reshaped it. */
  mapIssuePath?: (path: string) => string;
  children: ReactNode;
};

/** One assessment section: a form of its own while the visit is a draft, a read-only record once signed. */
export function SectionShell(props: ShellProps) {
  const { kind, mode, saved, state, intro, after, children } = props;
  const title = sectionDefinitions[kind].title;
  const headingId = `${kind}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
      <div className="space-y-1">
        <h2 id={headingId} className="text-xl font-semibold text-slate-900">
          {title}
        </h2>
        {state && (
          <p className="text-sm text-slate-600">
            Last saved {state.updatedByName ? `by ${state.updatedByName} ` : ""}on {formatDate(state.updatedAt)}
          </p>
        )}
      </div>
      {intro && <div className="space-y-2 text-sm text-slate-700">{intro}</div>}
      {mode === "edit" ? (
        <SectionEditor {...props} />
      ) : saved === undefined ? (
        <p className="text-slate-700">Not recorded in this visit.</p>
      ) : (
        <SectionProvider value={{ kind, mode, saved, values: saved, errors: {} }}>
          <div className="space-y-6">{children}</div>
        </SectionProvider>
      )}
      {after}
    </section>
  );
}

type SaveProblem = { message: string; details: string[]; canReload: boolean };

/**
 * Keeps the section version the form was loaded with. Saving sends it; a newer version on the server
 * means someone else saved meanwhile, and the server refuses (CONFLICT) instead of overwriting.
 * "Load the latest version" refreshes and remounts the form with the stored values.
 */
function SectionEditor(props: ShellProps) {
  const router = useRouter();
  const draft = useDraftStatus();
  const serverVersion = props.state?.version ?? 0;
  const [baseVersion, setBaseVersion] = useState(serverVersion);
  const [formKey, setFormKey] = useState(0);
  const [wantsReload, setWantsReload] = useState(false);

  // The reload asked for has arrived: start again from the stored values.
  if (wantsReload && serverVersion !== baseVersion) {
    setWantsReload(false);
    setBaseVersion(serverVersion);
    setFormKey((k) => k + 1);
  }

  return (
    <SectionForm
      key={formKey}
      {...props}
      baseVersion={baseVersion}
      onSaved={setBaseVersion}
      onReload={() => {
        // The user chose to drop what they entered here in favour of the stored version.
        draft?.setDirty(props.kind, false);
        setWantsReload(true);
        router.refresh();
      }}
    />
  );
}

function SectionForm({
  kind, assessmentId, saved, normalize, mapIssuePath, children, baseVersion, onSaved, onReload,
}: ShellProps & { baseVersion: number; onSaved: (version: number) => void; onReload: () => void }) {
  const trpc = useTRPC();
  const router = useRouter();
  const draft = useDraftStatus();
  const title = sectionDefinitions[kind].title;
  // The stored values the inputs started from; later refreshes must not change untouched inputs under the user.
  const [defaults] = useState(saved);
  const [values, setValues] = useState<unknown>(saved ?? {});
  const [errors, setErrors] = useState<PathErrors>({});
  const [summary, setSummary] = useState<{ id: string; label: string; message: string }[]>([]);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [isDirty, setIsDirty] = useState(false);
  const [isSaved, setIsSaved] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  const save = useMutation(
    trpc.assessment.saveSection.mutationOptions({
      onSuccess: (result) => {
        onSaved(result.sectionStates[kind]?.version ?? baseVersion + 1);
        setIsDirty(false);
        setIsSaved(true);
        draft?.setDirty(kind, false);
        router.refresh();
      },
      onError: (error) => {
        const described = describeError(error);
        const code = error instanceof TRPCClientError ? (error.data as { code?: string } | undefined)?.code : undefined;
        setProblem({
          message: described.message,
          details: Object.values(described.fieldErrors).flatMap((messages) => messages ?? []),
          canReload: code === "CONFLICT" || code === "PRECONDITION_FAILED",
        });
      },
    }),
  );

  function onChange(event: FormEvent<HTMLFormElement>) {
    setValues(readSectionForm(event.currentTarget).data);
    if (!isDirty) {
      setIsDirty(true);
      draft?.setDirty(kind, true);
    }
    setIsSaved(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const { data, problems } = readSectionForm(form);
    const shaped = normalize ? normalize(data) : data;
    const checked = validateSection(sectionSchemas[kind], shaped, mapIssuePath);
    const found: PathErrors = { ...(checked.ok ? {} : checked.errors), ...problems };
    setProblem(null);
    setErrors(found);
    if (!checked.ok || Object.keys(problems).length > 0) {
      setSummary(Object.entries(found).map(([path, message]) => describeField(form, kind, path, message)));
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSummary([]);
    save.mutate({ assessmentId, kind, version: baseVersion, data: checked.data } as RouterInputs["assessment"]["saveSection"]);
  }

  return (
    <SectionProvider value={{ kind, mode: "edit", saved: defaults, values, errors }}>
      <form onSubmit={submit} onChange={onChange} noValidate className="space-y-6" aria-label={title}>
        {summary.length > 0 && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-800">
            <p className="font-semibold">Please correct {summary.length === 1 ? "this entry" : `these ${summary.length} entries`} before saving:</p>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {summary.map((item) => (
                <li key={item.id}>
                  <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id)} className="underline">
                    {item.label}
                  </a>
                  : {item.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {children}
        <div className="space-y-3 border-t border-slate-200 pt-4">
          {problem && (
            <Alert>
              {problem.message}
              {problem.details.length > 0 && (
                <ul className="mt-1 list-disc pl-5">
                  {problem.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
              {problem.canReload && (
                <>
                  {" "}
                  <button type="button" onClick={onReload} className="font-semibold underline">
                    Load the latest version
                  </button>{" "}
                  (what you entered here will be replaced).
                </>
              )}
            </Alert>
          )}
          <div className="flex flex-wrap items-center gap-3">
            <button type="submit" disabled={save.isPending} className={buttonClass()}>
              {save.isPending ? "Saving…" : `Save ${title.toLowerCase()}`}
            </button>
            <p role="status" className="text-sm font-medium text-green-800">
              {isSaved && !save.isPending ? "Saved" : ""}
            </p>
            {isDirty && !save.isPending && <p className="text-sm text-slate-700">Unsaved changes</p>}
          </div>
        </div>
      </form>
    </SectionProvider>
  );
}

/** The visible label of the field an error belongs to, with the legends around it, for the error summary. */
function describeField(form: HTMLFormElement, kind: SectionKind, path: string, message: string) {
  const id = fieldId(kind, path);
  const element = form.ownerDocument.getElementById(id);
  if (!element || !form.contains(element)) return { id, label: path, message };
  const own =
    element instanceof HTMLFieldSetElement
      ? element.querySelector("legend")?.textContent
      : element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement
        ? (element.labels?.[0]?.textContent ?? element.getAttribute("aria-label"))
        : null;
  const legends: string[] = [];
  for (let node = element.parentElement?.closest("fieldset"); node && form.contains(node); node = node.parentElement?.closest("fieldset")) {
    const legend = node.querySelector(":scope > legend")?.textContent;
    if (legend) legends.unshift(legend);
  }
  return { id, label: [...legends, own ?? path].join(" › "), message };
}

/** Error summary links move focus to the field itself (the first control of a group), not just scroll to it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const target = document.getElementById(id);
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>("input, select, textarea") : target;
  if (!control) return;
  event.preventDefault();
  control.scrollIntoView({ block: "center" });
  control.focus({ preventScroll: true });
}
