import type { ComparisonRow } from "../assessments/comparison";
import { formatDate } from "../format";
import { daysBetween } from "../dates";
import { instruments, isInstrumentId, scoreChange } from "../scoring/instruments";

/**
 * The view model of a printed report (docs/clinical-rules.md 8): everything the PDF shows, computed here so the
 * document only lays it out. Free text stays literal text (never markup).
 */
export type ReportKind = "progress" | "discharge";
export type PaperSize = "A4" | "LETTER";

export type ReportRun = { date: string; peak: number | null; sessionClass: "RED" | "AMBER" | "INCOMPLETE" | "GREEN"; runMinutes: number; symptomFreeMinutes: number };
export type ReportOutcome = { instrument: string; baseline: { date: string; score: number } | null; latest: { date: string; score: number } | null };
/** One re-test row of the assessment comparison, as printed. */
export type ReportFinding = Pick<ComparisonRow, "label" | "unit" | "baseline" | "latest" | "change" | "direction" | "mcidLabel" | "passesMcid">;
/** A red flag as printed: its triggers in words and what was done, never the clinician's internal note. */
export type ReportRedFlag = { raisedOn: string; urgency: string; triggers: string[]; handledOn: string | null; handling: string | null };
/** The clinic's letterhead. */
export type ReportClinic = { name: string; address: string; phone: string; email: string };
/** The issued report a correction replaces. */
export type ReportReplaces = { kind: ReportKind; issuedOn: string; reference: string };

export type ReportInput = {
  kind: ReportKind;
  paper: PaperSize;
  issuedOn: string;
  period: { from: string; to: string };
  clinic: ReportClinic;
  therapist: { name: string; registration: string | null };
  athlete: { name: string; dateOfBirth: string; reference: string; goal: string | null };
  /** Signed assessment visits in the period. */
  visits: number;
  /** The athlete's runs in the period, oldest first. */
  runs: ReportRun[];
  outcomes: ReportOutcome[];
  /** Comparison rows, baseline vs latest signed visit; only those measured at both are printed as re-tested. */
  findings: ReportFinding[];
  redFlags: ReportRedFlag[];
  program: { name: string; exercises: { name: string; dose: string }[] } | null;
  plan: { stage: string; weeklyRunMinutes: number; decisions: { weekIndex: number; decision: string; reason: string }[] } | null;
  adherence: { exercise: number | null; run: number | null; overall: number | null };
  /** Program weeks overlapping the period, with the weekly decision made at each one's end (docs/clinical-rules.md R3). */
  weeks: { startDate: string; plannedRunMinutes: number; runMinutes: number; load: number; maxPeak: number | null; decision: string | null }[];
  /** What the therapist wrote for this report: who it is for, the payer's claim, impression and plan. */
  referrer: string;
  claim: string;
  impression: string;
  planText: string;
  /** The working diagnosis with the differentials considered, and the goals of care (one a line). */
  diagnosis: string;
  goals: string;
  /** The therapist confirmed a report of the data alone, without an impression or a plan. */
  dataOnly: boolean;
  /** Discharge only: goals met and when to come back. */
  discharge: { goalsMet: string; returnAdvice: string } | null;
  /** A correction names the report it replaces. */
  replaces: ReportReplaces | null;
};

/** A week of the load chart, its figures already in words. */
export type ReportWeek = { label: string; plannedRunMinutes: number; runMinutes: number; figures: string; decision: string };

export type OutcomeRow = { title: string; baseline: string; latest: string; change: string; mcid: string; met: "yes" | "no" | "—" };

export type ReportModel = {
  title: string;
  paper: PaperSize;
  /** The clinic's name and, under it, its address and contact, first page only. */
  letterhead: { name: string; lines: string[] };
  runningHeader: string;
  /** "This report replaces the progress report issued 12 Nov 2026 (reference …)." */
  replaces: string | null;
  /** "1 Oct 2026 to 25 Nov 2026" */
  period: string;
  identity: [string, string][];
  subjective: { summary: string; figures: [string, string][] };
  /** The findings re-tested in the period (measured at baseline and since). */
  objective: { label: string; baseline: string; latest: string; change: string }[];
  /** "12 other findings not re-tested", or null. */
  objectiveNote: string | null;
  diagnosis: string;
  goals: string[];
  outcomes: OutcomeRow[];
  assessment: { impression: string; redFlags: string[] };
  /** "Plan", or on a discharge "Home program to continue". */
  plan: { title: string; program: string | null; exercises: string[]; stage: string | null; text: string; decisions: string[] };
  adherence: [string, string][];
  charts: {
    weeks: ReportWeek[];
    /** Each rated run as a dot: x across the period (0–1), its peak symptom and class (docs/clinical-rules.md R1.2, R2). */
    symptoms: { x: number; peak: number; sessionClass: ReportRun["sessionClass"] }[];
  };
  discharge: { goalsMet: string; returnAdvice: string; loadReached: string } | null;
  signature: { name: string; registration: string; date: string };
};

const pct = (v: number | null) => (v === null ? "—" : `${v} %`);
const mean = (xs: number[]) => (xs.length ? Math.round((10 * xs.reduce((a, b) => a + b, 0)) / xs.length) / 10 : null);

/** The first and last 14 days of the period: the "then" and "now" of the symptom summary. */
function ends(runs: ReportRun[], period: ReportInput["period"]) {
  const first = runs.filter((r) => daysBetween(period.from, r.date) < 14);
  const last = runs.filter((r) => daysBetween(r.date, period.to) < 14);
  return { first, last };
}

/** The symptom summary in words and numbers (docs/clinical-rules.md 8, Subjective): peaks then and now, classes, symptom-free minutes. */
export function symptomSummary(runs: ReportRun[], period: ReportInput["period"]): { summary: string; figures: [string, string][] } {
  if (runs.length === 0) return { summary: "No runs were logged in this period.", figures: [["Runs logged", "0"]] };
  const { first, last } = ends(runs, period);
  const peaks = (rs: ReportRun[]) => rs.flatMap((r) => (r.peak === null ? [] : [r.peak]));
  const thenPeak = mean(peaks(first));
  const nowPeak = mean(peaks(last));
  const count = (c: ReportRun["sessionClass"]) => runs.filter((r) => r.sessionClass === c).length;
  const freeThen = mean(first.map((r) => r.symptomFreeMinutes));
  const freeNow = mean(last.map((r) => r.symptomFreeMinutes));
  const parts = [
    thenPeak !== null && nowPeak !== null ? `Peak symptoms on runs averaged ${thenPeak}/10 in the first two weeks and ${nowPeak}/10 in the last two.` : null,
    `${runs.length} runs were logged: ${count("GREEN")} green, ${count("AMBER")} amber, ${count("RED")} red, ${count("INCOMPLETE")} incomplete.`,
    freeThen !== null && freeNow !== null ? `Symptom-free running time per run went from ${freeThen} to ${freeNow} minutes.` : null,
  ];
  return {
    summary: parts.filter(Boolean).join(" "),
    figures: [
      ["Runs logged", String(runs.length)],
      ["Mean peak, first two weeks", thenPeak === null ? "—" : `${thenPeak}/10`],
      ["Mean peak, last two weeks", nowPeak === null ? "—" : `${nowPeak}/10`],
      ["Longest run", `${Math.max(...runs.map((r) => r.runMinutes))} min`],
    ],
  };
}

/** Outcome rows with their change and whether it reaches the instrument's MCID (docs/clinical-rules.md R9.3). */
export function outcomeRows(outcomes: ReportOutcome[]): OutcomeRow[] {
  return outcomes.map((o) => {
    const def = isInstrumentId(o.instrument) ? instruments[o.instrument] : null;
    const score = (s: { date: string; score: number } | null) => (s ? `${s.score} (${formatDate(s.date)})` : "—");
    const change = def && o.baseline && o.latest && isInstrumentId(o.instrument) ? scoreChange(o.instrument, o.baseline.score, o.latest.score) : null;
    return {
      title: def?.title ?? o.instrument,
      baseline: score(o.baseline),
      latest: score(o.latest),
      change: change ? `${changeInWords(change.change, "points")} (${change.direction})` : "—",
      mcid: o.instrument === "NRS" ? "2 points or 30 %" : def?.mcid != null ? `${def.mcid} ${plural(def.mcid, "point", "points")}` : "—",
      met: change?.passesMcid == null ? "—" : change.passesMcid && change.direction === "better" ? "yes" : "no",
    };
  });
}

const plural = (n: number, one: string, many: string) => (Math.abs(n) === 1 ? one : many);

/** A measured value in words: "6/10", "grade 4 of 5", "2 of 3 correct", "45 %", "8 cm". */
export function valueInWords(v: number | null, unit: string): string {
  if (v === null) return "—";
  if (/^NRS 0.10$/.test(unit)) return `${v}/10`;
  if (/^MRC 0.5$/.test(unit)) return `grade ${v} of 5`;
  if (unit === "correct of 3") return `${v} of 3 correct`;
  if (unit === "%") return `${v} %`;
  return unit ? `${v} ${unit}` : String(v);
}

/** A change in words, signed: "+1 grade", "-2 points", "+5 percentage points", "+2.5 cm". */
export function changeInWords(change: number, unit: string): string {
  const sign = change > 0 ? "+" : "";
  if (/^NRS 0.10$/.test(unit) || unit === "points") return `${sign}${change} ${plural(change, "point", "points")}`;
  if (/^MRC 0.5$/.test(unit)) return `${sign}${change} ${plural(change, "grade", "grades")}`;
  if (unit === "correct of 3") return `${sign}${change} correct`;
  if (unit === "%") return `${sign}${change} percentage ${plural(change, "point", "points")}`;
  return unit ? `${sign}${change} ${unit}` : `${sign}${change}`;
}

/** One re-test row: values with units in words, and the change with its direction and MCID/MDC verdict. */
export function findingRow(f: ReportFinding): ReportModel["objective"][number] {
  const verdict = f.mcidLabel && f.passesMcid !== null ? `; ${f.passesMcid ? "reaches" : "below"} ${f.mcidLabel}` : "";
  const change = f.change === null ? "—" : `${changeInWords(f.change, f.unit)}${f.direction ? ` (${f.direction})` : ""}${verdict}`;
  return { label: f.label, baseline: valueInWords(f.baseline, f.unit), latest: valueInWords(f.latest, f.unit), change };
}

/** The findings measured at baseline and again since: the re-test table. The rest are only counted. */
export function retestedFindings(findings: ReportFinding[]): { rows: ReportModel["objective"]; note: string | null } {
  const retested = findings.filter((f) => f.baseline !== null && f.latest !== null);
  const others = findings.length - retested.length;
  return { rows: retested.map(findingRow), note: others > 0 ? `${others} other ${plural(others, "finding", "findings")} not re-tested` : null };
}

/**
 * Removes the protocol's internal codes ("T-U1", "R2") from text printed for a reader outside the
 * clinic team: the printed words must say what happened, not which rule of the app matched.
 */
export function withoutRuleCodes(text: string): string {
  return text
    .replace(/\s*\((?:T-[EUR]\d+|R\d{1,2})(?:[,\s]+(?:T-[EUR]\d+|R\d{1,2}))*\)/g, "")
    .replace(/\b(?:T-[EUR]\d+|R\d{1,2})\b:?\s*/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

const urgencyWords: Record<string, string> = {
  emergency: "Emergency (immediate emergency care advised)",
  urgent: "Urgent (medical review within days)",
  routine: "Routine referral or investigation",
};

/** A red flag in words: when, how urgent, what was reported, and what was done about it. */
export function redFlagLine(f: ReportRedFlag): string {
  const what = f.triggers.map(withoutRuleCodes).filter(Boolean).join("; ");
  const handled = f.handledOn ? `${f.handling ?? "Handled"} on ${formatDate(f.handledOn)}` : "still open";
  return `${formatDate(f.raisedOn)}: ${urgencyWords[f.urgency] ?? f.urgency}${what ? `: ${what}` : ""}. ${handled}.`;
}

/** One week of the load chart in words: "34 of 36 run minutes · load 100 (minutes × effort) · peak 2/10". */
export function weekRow(w: ReportInput["weeks"][number]): ReportWeek {
  const peak = w.maxPeak === null ? "no rated runs" : `peak ${w.maxPeak}/10`;
  return {
    label: `Week of ${formatDate(w.startDate)}`,
    plannedRunMinutes: w.plannedRunMinutes,
    runMinutes: w.runMinutes,
    figures: `${w.runMinutes} of ${w.plannedRunMinutes} run minutes · load ${w.load} (minutes × effort) · ${peak}`,
    decision: w.decision ? decisionWords[w.decision] ?? w.decision : "",
  };
}

const decisionWords: Record<string, string> = { PROGRESS: "Progress", HOLD: "Hold", REGRESS: "Step back", paused: "Paused" };

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

/** A prescription's dose in words: "3 × 10 reps, 5/week, left". */
export function doseOf(item: { sets: number | null; reps: number | null; holdSeconds: number | null; perWeek: number; side: string }): string {
  const amount = [item.reps !== null ? `${item.reps} reps` : null, item.holdSeconds !== null ? `${item.holdSeconds} s hold` : null].filter(Boolean).join(", ");
  return `${item.sets !== null ? `${item.sets} × ` : ""}${amount}, ${item.perWeek}/week${item.side === "left" || item.side === "right" ? `, ${item.side}` : ""}`;
}

/** Rated runs placed across the period for the symptom chart; a one-day period puts them in the middle. */
export function symptomPoints(runs: ReportRun[], period: ReportInput["period"]): ReportModel["charts"]["symptoms"] {
  const span = daysBetween(period.from, period.to);
  return runs.flatMap((r) => (r.peak === null ? [] : [{ x: span === 0 ? 0.5 : daysBetween(period.from, r.date) / span, peak: r.peak, sessionClass: r.sessionClass }]));
}

const kindTitle = (kind: ReportKind) => (kind === "discharge" ? "Discharge and return-to-run summary" : "Progress report");

/** Builds the report's view model: the same input always gives the same document. */
export function buildReportModel(input: ReportInput): ReportModel {
  const title = kindTitle(input.kind);
  const last = input.weeks.at(-1);
  const period = `${formatDate(input.period.from)} to ${formatDate(input.period.to)}`;
  const { clinic } = input;
  // One address line keeps the header short; a line break typed in Settings becomes a comma.
  const contact = [clinic.phone && `Phone ${clinic.phone}`, clinic.email && `Email ${clinic.email}`].filter(Boolean).join(" · ");
  const objective = retestedFindings(input.findings);
  const unwritten = input.dataOnly ? "Not written: the therapist issued this as a data-only report." : "—";
  return {
    title,
    paper: input.paper,
    letterhead: { name: clinic.name, lines: [lines(clinic.address).join(", "), contact].filter(Boolean) },
    runningHeader: `${clinic.name} · ${title} · ${input.athlete.name} · ${period}`,
    replaces: input.replaces
      ? `This report replaces the ${kindTitle(input.replaces.kind).toLowerCase()} issued ${formatDate(input.replaces.issuedOn)} (reference ${input.replaces.reference}), which was withdrawn.`
      : null,
    period,
    identity: [
      ["Athlete", input.athlete.name],
      ["Date of birth", formatDate(input.athlete.dateOfBirth)],
      ["Reference", input.athlete.reference],
      ...(input.athlete.goal ? [["Goal", input.athlete.goal] as [string, string]] : []),
      ["Clinic", input.clinic.name],
      ["Treating therapist", input.therapist.name + (input.therapist.registration ? ` (reg. ${input.therapist.registration})` : "")],
      ...(input.referrer ? [["Referrer", input.referrer] as [string, string]] : []),
      ...(input.claim ? [["Insurer and claim", input.claim] as [string, string]] : []),
      ["Period", period],
      ["Assessment visits in period", String(input.visits)],
      ["Report date", formatDate(input.issuedOn)],
    ],
    subjective: symptomSummary(input.runs, input.period),
    objective: objective.rows,
    objectiveNote: objective.note,
    diagnosis: input.diagnosis || "Not recorded in this report.",
    goals: lines(input.goals),
    outcomes: outcomeRows(input.outcomes),
    assessment: {
      impression: input.impression || unwritten,
      redFlags: input.redFlags.length ? input.redFlags.map(redFlagLine) : ["No red flags were raised in this period."],
    },
    plan: {
      title: input.kind === "discharge" ? "Home program to continue" : "Plan",
      program: input.program?.name ?? null,
      exercises: input.program?.exercises.map((e) => `${e.name}: ${e.dose}`) ?? [],
      stage: input.plan ? `${input.plan.stage}, ${input.plan.weeklyRunMinutes} run minutes a week` : null,
      text: input.planText || unwritten,
      decisions: input.plan?.decisions.map((d) => `Week ${d.weekIndex + 1}: ${withoutRuleCodes(d.reason)}`) ?? [],
    },
    adherence: [["Exercises", pct(input.adherence.exercise)], ["Runs", pct(input.adherence.run)], ["Overall", pct(input.adherence.overall)]],
    charts: { weeks: input.weeks.map(weekRow), symptoms: symptomPoints(input.runs, input.period) },
    discharge: input.kind === "discharge" && input.discharge
      ? { ...input.discharge, loadReached: last ? `${last.runMinutes} run minutes in the last week (${input.plan?.stage ?? "no plan"})` : "No runs logged" }
      : null,
    signature: { name: input.therapist.name, registration: input.therapist.registration ?? "", date: formatDate(input.issuedOn) },
  };
}
