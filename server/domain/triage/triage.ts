import { isBilateral, regionLabel, sideLabels, sides, type BodyRegion, type Side } from "../body-map";
import { monofilamentSensation } from "../assessments/findings";
import type { MobilityStrength } from "../assessments/sections/mobility-strength";
import type { SymptomHistory } from "../assessments/sections/symptom-history";
import {
  monofilamentSiteLabels, monofilamentSites, type TarsalTunnel, type TarsalTunnelSide,
} from "../assessments/sections/tarsal-tunnel";
import {
  athleteChecklist, triggerIds, triggers, type ChecklistAnswers, type TriggerId, type TriggerUrgency, type YesNoAnswer,
} from "./triggers";

export type Urgency = "none" | "routine" | "urgent" | "emergency";
export const urgencyRank: Record<Urgency, number> = { none: 0, routine: 1, urgent: 2, emergency: 3 };

/** One raised trigger with its reason (stored with the triage result). */
export type TriggeredFlag = { id: TriggerId; urgency: TriggerUrgency; reason: string };

export type TriageResult = {
  /** The highest urgency among the triggered ids (docs/clinical-rules.md R8.1); "none" when nothing triggered. */
  urgency: Urgency;
  triggered: TriggerId[];
  /** Questions without an answer: not "no" (docs/clinical-rules.md R8.2). */
  unanswered: TriggerId[];
  /** Questions answered yes or no. */
  answered: TriggerId[];
  reasons: string[];
  flags: TriggeredFlag[];
};

export type RedFlagAnswers = Partial<Record<TriggerId, YesNoAnswer | null | undefined>>;

/** The highest of several urgencies (R8: emergency > urgent > routine > none); "none" when there are none. */
export function highestUrgency<U extends Urgency>(urgencies: readonly U[]): U | "none" {
  return urgencies.reduce<U | "none">((best, u) => (urgencyRank[u] > urgencyRank[best] ? u : best), "none");
}

/** Flags (or anything with an urgency) most urgent first (R8); equal urgencies keep their order. Returns a new array. */
export function sortByUrgency<T extends { urgency: Urgency }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => urgencyRank[b.urgency] - urgencyRank[a.urgency]);
}

const inOrder = (ids: Iterable<TriggerId>): TriggerId[] => {
  const set = new Set(ids);
  return triggerIds.filter((id) => set.has(id));
};

function resultOf(flags: TriggeredFlag[], unanswered: TriggerId[], answered: TriggerId[]): TriageResult {
  const sorted = [...flags].sort((a, b) => triggerIds.indexOf(a.id) - triggerIds.indexOf(b.id));
  return {
    urgency: highestUrgency(sorted.map((f) => f.urgency)),
    triggered: sorted.map((f) => f.id),
    unanswered: inOrder(unanswered),
    answered: inOrder(answered),
    reasons: sorted.map((f) => f.reason),
    flags: sorted,
  };
}

const flagOf = (id: TriggerId, reason: string): TriggeredFlag => ({ id, urgency: triggers[id].urgency, reason });

/**
 * Triage from yes/no answers keyed by trigger id (docs/clinical-rules.md R8.1–R8.2): every "yes" is triggered with its urgency (T-E*
 * emergency, T-U* urgent, T-R* routine); the highest wins. A missing or null answer is listed as
 * unanswered, never treated as "no". `asked` limits the questions (default: every trigger of 7.1–7.3).
 */
export function triageFromAnswers(answers: RedFlagAnswers, asked: readonly TriggerId[] = triggerIds): TriageResult {
  const flags: TriggeredFlag[] = [];
  const unanswered: TriggerId[] = [];
  const answered: TriggerId[] = [];
  for (const id of asked) {
    const answer = answers[id];
    if (answer === "yes") {
      flags.push(flagOf(id, `${id} ${triggers[id].clinicianLabel}: answered yes`));
      answered.push(id);
    } else if (answer === "no") answered.push(id);
    else unanswered.push(id);
  }
  return resultOf(flags, unanswered, answered);
}

/**
 * Each "yes" of the 7.4 checklist as a flag of its trigger (R8), one per trigger, its reason quoting
 * every question answered yes; unanswered questions raise nothing and are not "no".
 */
export function checklistFlags(answers: ChecklistAnswers): TriggeredFlag[] {
  const byTrigger = new Map<TriggerId, TriggeredFlag>();
  for (const q of athleteChecklist) {
    if (answers[q.key] !== "yes") continue;
    const prior = byTrigger.get(q.triggerId);
    const reason = prior ? `${prior.reason}; "${q.question}" Yes` : `${q.triggerId} Athlete checklist: "${q.question}" Yes`;
    byTrigger.set(q.triggerId, { id: q.triggerId, urgency: triggers[q.triggerId].urgency, reason });
  }
  return [...byTrigger.values()];
}

export type TriageFindings = {
  symptomHistory?: Pick<SymptomHistory, "regions"> | null;
  tarsalTunnel?: Pick<TarsalTunnel, "L" | "R"> | null;
  /** The same section of the athlete's previous assessment, for changes between visits (T-U1). */
  previousTarsalTunnel?: Pick<TarsalTunnel, "L" | "R"> | null;
  mobilityStrength?: Pick<MobilityStrength, "hipAbductionMrc"> | null;
  previousMobilityStrength?: Pick<MobilityStrength, "hipAbductionMrc"> | null;
};

const intrinsicMrcItems = [
  ["abductorHallucisMrc", "abductor hallucis"],
  ["toeFlexionMrc", "toe flexion"],
  ["toeSpreadMrc", "toe spread"],
  ["halluxExtensionMrc", "hallux extension"],
] as const;

const sideOfExam = (exam: Pick<TarsalTunnel, "L" | "R"> | null | undefined, side: Side): TarsalTunnelSide | null =>
  exam?.[side] ?? null;

/**
 * Triage from structured findings (docs/clinical-rules.md R8.3): SADDLE on the body map → T-E1; STOCK or regions on
 * both sides → T-U2; monofilament absent at any site (≤ 1 of 3 correct) → T-U3; an MRC drop ≥ 1 grade
 * since the previous assessment, or wasting not recorded there → T-U1 ([D]: with no previous
 * assessment, recorded wasting counts as new). Findings answer no question, so nothing is unanswered.
 */
export function triageFromFindings(findings: TriageFindings): TriageResult {
  const flags: TriggeredFlag[] = [];
  const regions: readonly BodyRegion[] = findings.symptomHistory?.regions ?? [];

  if (regions.includes("SADDLE")) flags.push(flagOf("T-E1", "T-E1 Saddle area marked on the body map"));

  if (regions.includes("STOCK")) flags.push(flagOf("T-U2", "T-U2 Stocking distribution (both feet) marked on the body map"));
  else if (isBilateral(regions)) {
    const marked = regions.filter((r) => r !== "SADDLE").map(regionLabel).join(", ");
    flags.push(flagOf("T-U2", `T-U2 Symptoms marked on both sides: ${marked}`));
  }

  const absentSites: string[] = [];
  for (const side of sides) {
    const mono = sideOfExam(findings.tarsalTunnel, side)?.sensory?.monofilament;
    for (const site of monofilamentSites) {
      const count = mono?.[site];
      if (count != null && monofilamentSensation(count) === "absent")
        absentSites.push(`${sideLabels[side]} ${monofilamentSiteLabels[site]} (${count}/3 correct)`);
    }
  }
  if (absentSites.length)
    flags.push(flagOf("T-U3", `T-U3 Loss of protective sensation on the 10 g monofilament: ${absentSites.join(", ")}`));

  const weakness: string[] = [];
  for (const side of sides) {
    const now = sideOfExam(findings.tarsalTunnel, side)?.strength;
    const before = sideOfExam(findings.previousTarsalTunnel, side)?.strength;
    for (const [key, label] of intrinsicMrcItems) {
      const a = before?.[key];
      const b = now?.[key];
      if (a != null && b != null && a - b >= 1) weakness.push(`${sideLabels[side]} ${label} MRC ${a} → ${b}`);
    }
    if (now?.wasting === true && before?.wasting !== true)
      weakness.push(
        findings.previousTarsalTunnel
          ? `new ${sideLabels[side]} intrinsic muscle wasting (not recorded at the previous assessment)`
          : `${sideLabels[side]} intrinsic muscle wasting (no previous assessment to compare)`,
      );
    const hipBefore = findings.previousMobilityStrength?.hipAbductionMrc?.[side];
    const hipNow = findings.mobilityStrength?.hipAbductionMrc?.[side];
    if (hipBefore != null && hipNow != null && hipBefore - hipNow >= 1)
      weakness.push(`${sideLabels[side]} hip abduction MRC ${hipBefore} → ${hipNow}`);
  }
  if (weakness.length) flags.push(flagOf("T-U1", `T-U1 Progressive motor weakness: ${weakness.join("; ")}`));

  return resultOf(flags, [], []);
}

/**
 * Combines triage results: triggered ids are merged (reasons of the same id joined), the highest urgency
 * wins, and an id stays unanswered only if no result answered or triggered it.
 */
export function combineTriage(...results: TriageResult[]): TriageResult {
  const byId = new Map<TriggerId, TriggeredFlag>();
  for (const flag of results.flatMap((r) => r.flags)) {
    const seen = byId.get(flag.id);
    byId.set(flag.id, seen ? { ...seen, reason: seen.reason === flag.reason ? seen.reason : `${seen.reason}; ${flag.reason}` } : flag);
  }
  const answered = new Set(results.flatMap((r) => r.answered));
  const unanswered = results.flatMap((r) => r.unanswered).filter((id) => !answered.has(id) && !byId.has(id));
  return resultOf([...byId.values()], unanswered, [...answered]);
}
