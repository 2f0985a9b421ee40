"use client";

import type { ReactNode } from "react";
import type { RouterOutputs } from "@/app/_components/router-types";
import { TextAreaField, TextField } from "@/app/_components/form";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";

type Model = RouterOutputs["report"]["preview"];
export type ReportText = {
  referrer: string; claim: string; diagnosis: string; goals: string; impression: string; planText: string; goalsMet: string; returnAdvice: string;
};

/** A field the therapist writes into the report; printed exactly as typed. */
function WrittenField({ name, label, hint, value, errors, onChange, maxLength = 4000 }: {
  name: keyof ReportText; label: string; hint: string; value: string; errors?: string[]; onChange: (v: string) => void; maxLength?: number;
}) {
  return <TextAreaField id={`report-${name}`} name={name} label={label} hint={hint} maxLength={maxLength} value={value} errors={errors} onChange={(e) => onChange(e.target.value)} />;
}

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-2">
      <h4 className="text-base font-semibold text-brand-800">{title}</h4>
      {children}
    </section>
  );
}

function Pairs({ caption, rows }: { caption: string; rows: [string, string][] }) {
  return (
    <dl aria-label={caption} className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(0,14rem)_1fr]">
      {rows.map(([k, v]) => (
        <div key={k} className="contents">
          <dt className="text-slate-600">{k}</dt>
          <dd className="text-slate-900">{v}</dd>
        </div>
      ))}
    </dl>
  );
}

function Rows({ caption, columns, rows }: { caption: string; columns: string[]; rows: string[][] }) {
  return (
    <DataTable caption={caption} captionHidden>
      <TableHead columns={columns} />
      <tbody className="divide-y divide-slate-100">
        {rows.map((r, i) => (
          <tr key={i}>
            {r.map((c, j) => (
              <td key={j} className={tdClass}>
                {c}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

/** The report laid out as it will print, with the therapist's parts as fields in place. */
export function ReportPreview({ model, kind, text, onText, errors }: {
  model: Model;
  kind: "progress" | "discharge";
  text: ReportText;
  onText: (t: ReportText) => void;
  errors: Partial<Record<string, string[]>>;
}) {
  const write = (key: keyof ReportText) => (v: string) => onText({ ...text, [key]: v });
  return (
    <article aria-labelledby="preview-title" className="space-y-5 rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
      <div className="border-b border-brand-800 pb-2">
        <p className="font-bold text-brand-800">{model.letterhead.name}</p>
        {model.letterhead.lines.length ? (
          model.letterhead.lines.map((l) => <p key={l} className="text-xs text-slate-700">{l}</p>)
        ) : (
          <p className="text-xs text-slate-700">No address or contact yet: the clinic owner adds them under Settings.</p>
        )}
      </div>
      {model.replaces && <p className="rounded border border-amber-700 p-2 text-sm font-semibold text-amber-900">{model.replaces}</p>}
      <h3 id="preview-title" className="text-xl font-bold text-slate-900">
        {model.title}
      </h3>
      <Pairs caption="Athlete and period" rows={model.identity} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="referrer" label="Referrer (optional)" hint="Who the report is for, e.g. Dr A. Smith, GP" maxLength={200} value={text.referrer}
          errors={errors.referrer} onChange={(e) => write("referrer")(e.target.value)}
        />
        <TextField
          name="claim" label="Insurer and claim number (optional)" hint="When a payer needs the report" maxLength={200} value={text.claim}
          errors={errors.claim} onChange={(e) => write("claim")(e.target.value)}
        />
      </div>
      <Part title="Working diagnosis">
        <WrittenField
          name="diagnosis" label="Working diagnosis" maxLength={1000} value={text.diagnosis} errors={errors.diagnosis} onChange={write("diagnosis")}
          hint="The diagnosis you are working to, with the differentials considered or excluded."
        />
      </Part>
      <Part title="Subjective">
        <p className="text-sm text-slate-900">{model.subjective.summary}</p>
        <Pairs caption="Symptom figures" rows={model.subjective.figures} />
      </Part>
      <Part title="Objective">
        {model.objective.length ? (
          <Rows caption="Re-test findings" columns={["Finding", "Baseline", "Latest", "Change"]} rows={model.objective.map((o) => [o.label, o.baseline, o.latest, o.change])} />
        ) : (
          <p className="text-sm text-slate-700">No findings were re-tested in this period.</p>
        )}
        {model.objectiveNote && <p className="text-sm text-slate-700">{model.objectiveNote}.</p>}
      </Part>
      <Part title="Outcome scores">
        {model.outcomes.length ? (
          <Rows caption="Outcome scores" columns={["Measure", "Baseline", "Latest", "Change", "MCID", "Met"]} rows={model.outcomes.map((o) => [o.title, o.baseline, o.latest, o.change, o.mcid, o.met])} />
        ) : (
          <p className="text-sm text-slate-700">No outcome measures recorded.</p>
        )}
      </Part>
      <Part title="Training load and decisions">
        {model.charts.weeks.length ? (
          <Rows
            caption="Weekly load" columns={["Week", "Run minutes and symptoms", "Decision"]}
            rows={model.charts.weeks.map((w) => [w.label, w.figures, w.decision || "—"])}
          />
        ) : (
          <p className="text-sm text-slate-700">No program weeks in this period.</p>
        )}
        <ul className="list-disc pl-5 text-sm">{model.plan.decisions.map((d) => <li key={d}>{d}</li>)}</ul>
        {model.dueWeeks.length > 0 && (
          <p role="note" aria-label="Weekly decision due" className="rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-900">
            Decision due for week {model.dueWeeks.map((w) => w + 1).join(", week ")}: it is not made yet, so this report shows the plan before it.
          </p>
        )}
      </Part>
      <Part title="Adherence">
        <Pairs caption="Adherence" rows={model.adherence} />
      </Part>
      <Part title="Assessment">
        <WrittenField name="impression" label="Clinical impression" hint="Progress toward goals, reasoning and prognosis. Printed exactly as typed." value={text.impression} errors={errors.impression} onChange={write("impression")} />
        <h5 className="text-sm font-semibold">Red-flag screen</h5>
        <ul className="list-disc pl-5 text-sm">{model.assessment.redFlags.map((f) => <li key={f}>{f}</li>)}</ul>
      </Part>
      <Part title="Goals">
        <WrittenField
          name="goals" label="Goals" maxLength={2000} value={text.goals} errors={errors.goals} onChange={write("goals")}
          hint="One goal a line, with its target and date, e.g. Run 30 min continuous, peak symptom 2/10 or less, by 1 Feb 2027."
        />
      </Part>
      <Part title={model.plan.title}>
        <p className="text-sm">{model.plan.program ? `Program: ${model.plan.program}` : "No exercise program in place."}</p>
        <ul className="list-disc pl-5 text-sm">{model.plan.exercises.map((e) => <li key={e}>{e}</li>)}</ul>
        {model.plan.stage && <p className="text-sm">Run/walk: {model.plan.stage}</p>}
        <WrittenField name="planText" label="Plan and next steps" hint="Interventions, next review date, referrals." value={text.planText} errors={errors.planText} onChange={write("planText")} />
      </Part>
      {kind === "discharge" && (
        <Part title="Discharge">
          {model.discharge && <p className="text-sm">Load reached: {model.discharge.loadReached}</p>}
          <WrittenField name="goalsMet" label="Goals met" hint="Which goals were met, against their targets." value={text.goalsMet} errors={errors.goalsMet} onChange={write("goalsMet")} />
          <WrittenField name="returnAdvice" label="When to come back" hint="Signs that mean the athlete should book in again." value={text.returnAdvice} errors={errors.returnAdvice} onChange={write("returnAdvice")} />
        </Part>
      )}
      <p className="border-t border-slate-300 pt-2 text-sm text-slate-800">
        {model.signature.name}
        {model.signature.registration ? `, registration ${model.signature.registration}` : " (add your registration under Account)"}, {model.signature.date}
      </p>
    </article>
  );
}
