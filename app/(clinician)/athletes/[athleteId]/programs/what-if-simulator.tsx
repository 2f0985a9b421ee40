"use client";

import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { CheckboxField, Alert, TextField, buttonClass } from "@/app/_components/form";
import { decisionLabel, prescriptionText, sessionClassLabels, weekNumber } from "@/app/_components/plan/labels";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { addDays } from "@/server/domain/dates";
import type { RunLog } from "@/server/domain/progression/run-log";
import { runDaysByRunsPerWeek } from "@/server/domain/progression/schedule";

type SimulatorPlan = {
  /** The simulation starts from this plan's own state: its freeze and cut-back counters and any pause. */
  id: string;
  /** The plan's current week (0-based) and its first day: the simulation starts there. */
  weekIndex: number;
  weekStartDate: string;
  stage: number;
  weeklyMinutes: number | null;
  targetWeeklyMinutes: number;
  settingsOverrides: Record<string, number>;
  runsPerWeek: number;
  /** The current prescription's run minutes per session: every simulated run is planned and run at this. */
  perRunMinutes: number;
};

type Values = { peak: string; nextMorning: string; onset: string; settle: string; hasNewRegion: boolean; weeks: string };
type Field = Exclude<keyof Values, "hasNewRegion">;
type Result = RouterOutputs["program"]["simulate"];

/** The region a "new region" run marks: not on any body map the simulation knows (knownRegions is empty). */
const NEW_REGION = "LPN-L";

const limits: Record<Field, { label: string; min: number; max: number; isOptional?: boolean }> = {
  peak: { label: "Peak symptom", min: 0, max: 10 },
  nextMorning: { label: "Next-morning level", min: 0, max: 10 },
  onset: { label: "Onset minute", min: 0, max: 600, isOptional: true },
  settle: { label: "Minutes to settle", min: 0, max: 10_080 },
  weeks: { label: "Weeks to simulate", min: 1, max: 12 },
};

/** Whole numbers in range, or a message per field. */
function readValues(values: Values): { ok: true; numbers: Record<Field, number | null> } | { ok: false; errors: Partial<Record<Field, string[]>> } {
  const numbers = {} as Record<Field, number | null>;
  const errors: Partial<Record<Field, string[]>> = {};
  for (const field of Object.keys(limits) as Field[]) {
    const { label, min, max, isOptional } = limits[field];
    const raw = values[field].trim();
    if (raw === "") {
      if (isOptional) numbers[field] = null;
      else errors[field] = [`${label}: enter a whole number from ${min} to ${max}`];
      continue;
    }
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) errors[field] = [`${label}: a whole number from ${min} to ${max}`];
    else numbers[field] = n;
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, numbers };
}

/** The same typical week, repeated: runsPerWeek runs on the plan's run days of every simulated week. */
function typicalRuns(plan: SimulatorPlan, n: Record<Field, number | null>, hasNewRegion: boolean): RunLog[] {
  const days = runDaysByRunsPerWeek[plan.runsPerWeek] ?? [0, 2, 4];
  const weeks = n.weeks ?? 1;
  return Array.from({ length: weeks }, (_, w) =>
    days.map(
      (day): RunLog => ({
        date: addDays(plan.weekStartDate, 7 * w + day),
        plannedRunMinutes: plan.perRunMinutes,
        runMinutes: plan.perRunMinutes,
        preNrs: 0,
        numbness: null,
        tingling: n.peak,
        burning: null,
        pain: null,
        onsetMinute: n.onset,
        settleMinutes: n.settle ?? 0,
        stoppedForSymptoms: false,
        regions: hasNewRegion ? [NEW_REGION] : [],
        motorSign: false,
        restSymptoms: false,
        nextMorningNrs: n.nextMorning,
        rpe: 3,
        surface: "road",
        shoeId: null,
        temperatureC: null,
      }),
    ),
  ).flat();
}

/**
 * What-if (docs/clinical-rules.md R4.12): the therapist describes a typical week of runs and sees how the plan would
 * respond week by week (program.simulate, the very engine of the weekly decision). Writes nothing.
 */
export function WhatIfSimulator({ plan }: { plan: SimulatorPlan }) {
  const trpc = useTRPC();
  const [values, setValues] = useState<Values>({ peak: "2", nextMorning: "0", onset: "", settle: "0", hasNewRegion: false, weeks: "4" });
  const [errors, setErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [message, setMessage] = useState("");
  const [result, setResult] = useState<Result | null>(null);
  const simulate = useMutation(trpc.program.simulate.mutationOptions());
  const set = (field: Field) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMessage("");
    const read = readValues(values);
    if (!read.ok) {
      setErrors(read.errors);
      return setMessage("Please correct the highlighted fields");
    }
    setErrors({});
    simulate.mutate(
      {
        planId: plan.id, startDate: plan.weekStartDate, stage: plan.stage, weeklyMinutes: plan.weeklyMinutes, targetWeeklyMinutes: plan.targetWeeklyMinutes,
        settingsOverrides: plan.settingsOverrides, knownRegions: [], runs: typicalRuns(plan, read.numbers, values.hasNewRegion), weeks: read.numbers.weeks ?? 1,
      },
      {
        onSuccess: setResult,
        onError: (error) => {
          setResult(null);
          setMessage(describeError(error).message);
        },
      },
    );
  }

  const runWord = plan.perRunMinutes === 0 ? "brisk walks (no running)" : `runs of ${plan.perRunMinutes} run minutes`;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer text-base font-semibold text-brand-700 underline">What if… (simulate the coming weeks)</summary>
      <div className="mt-4 space-y-4">
        <p className="text-sm text-slate-700">
          Describe a typical week and see how the plan would respond, week by week, from the current prescription ({prescriptionText(plan)}, week{" "}
          {weekNumber(plan.weekIndex)}). Each simulated week has {plan.runsPerWeek} {runWord} on a road at effort 3/10, with no symptoms before
          the run. The simulation uses the same rules as the real weekly decision but <strong>writes nothing</strong>: nothing is saved and the
          athlete sees nothing. It starts fresh, so the real plan&apos;s freeze and pause are not carried over.
        </p>
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {message && <Alert>{message}</Alert>}
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            <TextField
              id="whatif-peak" name="peak" label="Peak symptom (0–10)" type="number" inputMode="numeric" min={0} max={10} step={1}
              value={values.peak} onChange={set("peak")} errors={errors.peak} hint="The highest numbness or tingling during or just after a run."
            />
            <TextField
              id="whatif-next-morning" name="nextMorning" label="Next-morning level (0–10)" type="number" inputMode="numeric" min={0} max={10} step={1}
              value={values.nextMorning} onChange={set("nextMorning")} errors={errors.nextMorning} hint="Above 0 means not settled by the next morning (red)."
            />
            <TextField
              id="whatif-onset" name="onset" label="Onset minute (optional)" type="number" inputMode="numeric" min={0} max={600} step={1}
              value={values.onset} onChange={set("onset")} errors={errors.onset} hint="Leave empty when symptoms did not start during the run."
            />
            <TextField
              id="whatif-settle" name="settle" label="Minutes to settle" type="number" inputMode="numeric" min={0} max={10080} step={1}
              value={values.settle} onChange={set("settle")} errors={errors.settle} hint="Until symptoms were back to the pre-run level."
            />
            <TextField
              id="whatif-weeks" name="weeks" label="Weeks to simulate (1–12)" type="number" inputMode="numeric" min={1} max={12} step={1}
              value={values.weeks} onChange={set("weeks")} errors={errors.weeks}
            />
            <div className="sm:pt-7">
              <CheckboxField
                id="whatif-new-region" name="hasNewRegion" label={`A new region on every run (${NEW_REGION})`} checked={values.hasNewRegion}
                onChange={(e) => setValues((v) => ({ ...v, hasNewRegion: e.target.checked }))}
              />
            </div>
          </div>
          <button type="submit" className={buttonClass("secondary")} disabled={simulate.isPending}>
            {simulate.isPending ? "Simulating…" : "Simulate"}
          </button>
        </form>
        <div aria-live="polite">{result && <SimulationTable result={result} firstWeekIndex={plan.weekIndex} />}</div>
      </div>
    </details>
  );
}

type SimulatedRun = Result["weeks"][number]["runs"][number];

/** Runs with the same class and reasons, counted ("Amber × 3: tingling 4/10 > 2"). */
function groupRuns(runs: SimulatedRun[]) {
  const groups = new Map<string, { key: string; sessionClass: string; reasons: string[]; count: number }>();
  for (const r of runs) {
    const key = `${r.sessionClass}|${r.reasons.join("|")}`;
    const group = groups.get(key);
    if (group) group.count++;
    else groups.set(key, { key, sessionClass: r.sessionClass, reasons: r.reasons, count: 1 });
  }
  return [...groups.values()];
}

const nextText = (p: { stage: number; weeklyMinutes: number | null }) => (p.stage === 8 ? `S8 · ${p.weeklyMinutes} min a week` : `S${p.stage}`);

function SimulationTable({ result, firstWeekIndex }: { result: Result; firstWeekIndex: number }) {
  if (result.weeks.length === 0) return <p className="text-sm text-slate-700">No weeks were simulated.</p>;
  return (
    <DataTable caption={`Simulated weeks (nothing saved): ${result.weeks.length} ${result.weeks.length === 1 ? "week" : "weeks"}`}>
      <thead className="bg-slate-50">
        <tr>
          {["Week", "Prescribed", "Run classes", "Decision", "Applied", "Paused / frozen", "Next week", "Cut-back next", "Reason"].map((h) => (
            <th key={h} scope="col" className={thClass}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {result.weeks.map((w) => (
          <tr key={w.weekIndex}>
            <th scope="row" className="whitespace-nowrap px-3 py-2 text-left align-top text-sm font-medium text-slate-900">
              Week {weekNumber(firstWeekIndex + w.weekIndex)}
              <span className="block font-normal text-slate-700">
                {formatDate(w.startDate)} to {formatDate(w.endDate)}
              </span>
            </th>
            <td className={tdClass}>
              {nextText(w.prescribed)}
              {w.prescribed.isCutbackWeek ? " (cut-back)" : ""}
            </td>
            <td className={tdClass}>
              {w.runs.length === 0 ? (
                "No runs"
              ) : (
                <ul className="space-y-0.5">
                  {groupRuns(w.runs).map((g) => (
                    <li key={g.key}>
                      <span className="font-medium">
                        {sessionClassLabels[g.sessionClass] ?? g.sessionClass} × {g.count}
                      </span>
                      {g.sessionClass !== "GREEN" && g.reasons.length > 0 && <span className="text-slate-700">: {g.reasons.join("; ")}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </td>
            <td className={tdClass}>{decisionLabel(w.decision)}</td>
            <td className={tdClass}>{decisionLabel(w.appliedDecision)}</td>
            <td className={tdClass}>{[w.paused ? "Paused" : null, w.frozen ? "Frozen for review" : null].filter(Boolean).join(", ") || "No"}</td>
            <td className={tdClass}>{nextText(w.next)}</td>
            <td className={tdClass}>{w.next.isCutbackWeek ? "Yes" : "No"}</td>
            <td className={tdClass}>
              <p className="min-w-64">{w.reason}</p>
              {w.notes.length > 0 && (
                <ul className="mt-1 list-disc pl-4 text-slate-700">
                  {w.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
