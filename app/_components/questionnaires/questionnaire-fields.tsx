import type { ReactNode } from "react";
import { TextField, buttonClass } from "@/app/_components/form";
import { dn4Items } from "@/server/domain/scoring/dn4";
import type { InstrumentId } from "@/server/domain/scoring/instruments";
import { lanssItems } from "@/server/domain/scoring/lanss";
import { LEFS_STEM, lefsItems, lefsResponses } from "@/server/domain/scoring/lefs";
import { painDetectCoursePatterns, painDetectItems, painDetectResponses } from "@/server/domain/scoring/paindetect";
import { PSFS_MAX_ACTIVITIES, PSFS_MIN_ACTIVITIES } from "@/server/domain/scoring/psfs";
import { psfsFieldNames } from "./answers";

type Option = { value: string; label: string };

const yesNo: Option[] = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** A radio group: fieldset and legend, each option a label at least 44 px tall (touch). */
export function RadioGroup({ name, legend, options, inline = false }: { name: string; legend: ReactNode; options: Option[]; inline?: boolean }) {
  return (
    <fieldset className="rounded-md border border-slate-200 bg-white p-3">
      <legend className="px-1 text-sm font-medium text-slate-900">{legend}</legend>
      <div className={inline ? "flex flex-wrap gap-x-2" : "grid gap-1"}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 min-w-11 cursor-pointer items-center gap-2 rounded px-2 text-sm text-slate-800 hover:bg-slate-50">
            <input type="radio" name={name} value={o.value} className="size-5 accent-brand-600" />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="mb-2 font-semibold text-slate-900">{legend}</legend>
      {children}
    </fieldset>
  );
}

function YesNoItems({ items }: { items: readonly { key: string; label: string }[] }) {
  return (
    <>
      {items.map((item) => (
        <RadioGroup key={item.key} name={item.key} legend={item.label} options={yesNo} inline />
      ))}
    </>
  );
}

/** The items of every instrument but the PSFS, in the instrument's own order and response options. */
export function InstrumentFields({ instrument }: { instrument: Exclude<InstrumentId, "PSFS"> }) {
  switch (instrument) {
    case "LEFS":
      return (
        <div className="space-y-3">
          <p className="font-medium text-slate-900">{LEFS_STEM}</p>
          {lefsItems.map((item, i) => (
            <RadioGroup
              key={item} name={`item-${i}`} legend={`${i + 1}. ${item}`}
              options={lefsResponses.map((r) => ({ value: String(r.value), label: `${r.value} · ${r.label}` }))}
            />
          ))}
        </div>
      );
    case "NRS":
      return (
        <RadioGroup
          name="value" legend="Your symptoms right now, from 0 (none) to 10 (worst imaginable)" inline
          options={range(0, 10).map((n) => ({ value: String(n), label: String(n) }))}
        />
      );
    case "DN4":
      return (
        <div className="space-y-4">
          <Part legend="Interview: does the pain have one or more of these characteristics?">
            <YesNoItems items={dn4Items.filter((i) => i.part === "interview")} />
          </Part>
          <Part legend="Examination: in the painful area">
            <YesNoItems items={dn4Items.filter((i) => i.part === "examination")} />
          </Part>
        </div>
      );
    case "LANSS":
      return (
        <div className="space-y-4">
          <Part legend="Pain questionnaire">
            <YesNoItems items={lanssItems.filter((i) => i.part === "symptoms")} />
          </Part>
          <Part legend="Sensory testing">
            <YesNoItems items={lanssItems.filter((i) => i.part === "signs")} />
          </Part>
        </div>
      );
    case "PAINDETECT":
      return (
        <div className="space-y-3">
          {painDetectItems.map((item) => (
            <RadioGroup
              key={item.key} name={item.key} legend={item.label}
              options={painDetectResponses.map((r, value) => ({ value: String(value), label: `${value} · ${r}` }))}
            />
          ))}
          <RadioGroup name="coursePattern" legend="Course of the pain" options={painDetectCoursePatterns.map((p) => ({ value: p.key, label: p.label }))} />
          <RadioGroup name="radiation" legend="Does the pain radiate to other parts of the body?" options={yesNo} inline />
        </div>
      );
  }
}

type PsfsProps = {
  idPrefix: string;
  rowKeys: number[];
  errors: Record<string, string[]>;
  onAdd: (form: HTMLFormElement | null) => void;
  onRemove: (form: HTMLFormElement | null, position: number) => void;
};

/** PSFS: 3 to 5 activities the person names, each rated 0 (unable) to 10 (as before the problem). */
export function PsfsFields({ idPrefix, rowKeys, errors, onAdd, onRemove }: PsfsProps) {
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700">
        Name {PSFS_MIN_ACTIVITIES} to {PSFS_MAX_ACTIVITIES} activities that are hard because of the problem, and rate each from 0 (unable to
        do it) to 10 (able to do it as before the problem).
      </p>
      {rowKeys.map((key, i) => {
        const names = psfsFieldNames(i);
        return (
          <div key={key} className="grid items-start gap-3 rounded-md border border-slate-200 bg-white p-3 sm:grid-cols-[1fr_11rem]">
            <TextField id={`${idPrefix}-activity-${i}`} name={names.activity} label={`Activity ${i + 1}`} maxLength={200} errors={errors[names.activity]} />
            <TextField
              id={`${idPrefix}-rating-${i}`} name={names.rating} label={`Rating for activity ${i + 1} (0–10)`} type="number" min={0} max={10}
              step={1} inputMode="numeric" errors={errors[names.rating]}
            />
            {i >= PSFS_MIN_ACTIVITIES && (
              <div className="sm:col-span-2">
                <button type="button" className={buttonClass("secondary")} onClick={(e) => onRemove(e.currentTarget.form, i)}>
                  Remove activity {i + 1}
                </button>
              </div>
            )}
          </div>
        );
      })}
      {rowKeys.length < PSFS_MAX_ACTIVITIES && (
        <button id={`${idPrefix}-add-activity`} type="button" className={buttonClass("secondary")} onClick={(e) => onAdd(e.currentTarget.form)}>
          Add activity
        </button>
      )}
    </div>
  );
}
