/**
 * Red-flag and referral triggers (docs/clinical-rules.md 7.1–7.3) with the athlete checklist (7.4). The athlete
 * wording here is a draft: clinicians must write or approve it before release (R8.5).
 */
import { daysBetween } from "../dates";

export const triggerIds = [
  "T-E1", "T-E2", "T-E3", "T-E4", "T-E5", "T-E6",
  "T-U1", "T-U2", "T-U3", "T-U4", "T-U5", "T-U6", "T-U7", "T-U8",
  "T-R1", "T-R2", "T-R3", "T-R4", "T-R5",
] as const;
export type TriggerId = (typeof triggerIds)[number];

/** Urgency of a "yes" (docs/clinical-rules.md R8.1): T-E* emergency, T-U* urgent, T-R* routine. */
export type TriggerUrgency = "emergency" | "urgent" | "routine";

export type Trigger = {
  id: TriggerId;
  urgency: TriggerUrgency;
  /** What the clinician sees on forms and banners. */
  clinicianLabel: string;
  /** Where the athlete is sent (the route of docs/clinical-rules.md 7.1–7.3). */
  route: string;
  /** The plain-language checklist question(s) (docs/clinical-rules.md 7.4) that map to this trigger, joined; null when it has none. */
  athleteQuestion: string | null;
  /** The safety message shown to the athlete when this trigger is raised. */
  athleteMessage: string;
};

const EMERGENCY_ACTION =
  "Seek emergency care now: call your local emergency number or go to the nearest emergency department. Do not wait for your physio appointment.";
const URGENT_ACTION =
  "Please see a doctor within the next few days. Pause your running progression and do only the exercises your physio has cleared. Your physio has been told.";
const ROUTINE_ACTION =
  "Your physio will talk with you about a referral or a test. You can carry on with your programme as your physio has adjusted it.";

/** The athlete checklist (docs/clinical-rules.md 7.4): each question maps its "yes" to one trigger. */
export const athleteChecklist = [
  { key: "saddle-numbness", triggerId: "T-E1", question: "Do you have numbness or tingling between your legs, around your genitals or back passage, or in your buttocks?" },
  { key: "bladder-bowel", triggerId: "T-E2", question: "Have you noticed any new change in your bladder or bowel, such as trouble starting or stopping, leaking, or not feeling when you need to go?" },
  { key: "sexual-function", triggerId: "T-E3", question: "Have you noticed any new change in sexual function or feeling in your genitals?" },
  { key: "weakness-both-legs", triggerId: "T-E4", question: "Do you have weakness in both legs?" },
  { key: "foot-slap", triggerId: "T-U1", question: "Is your foot slapping down or catching, or are you tripping more than usual?" },
  { key: "cold-pale-foot", triggerId: "T-U4", question: "Does your foot go cold, pale or blue after running?" },
  { key: "calf-swelling", triggerId: "T-U7", question: "Is one calf swollen, warm or tender?" },
  { key: "both-feet", triggerId: "T-U2", question: "Is the numbness now in both feet?" },
  { key: "night-rest", triggerId: "T-U6", question: "Do you have symptoms at night or at rest, not linked to activity?" },
  { key: "foot-wound", triggerId: "T-U8", question: "Do you have a wound, sore or spreading redness on your foot?" },
  { key: "unwell", triggerId: "T-U6", question: "Do you have a fever or feel generally unwell?" },
] as const satisfies readonly { key: string; triggerId: TriggerId; question: string }[];
export type ChecklistKey = (typeof athleteChecklist)[number]["key"];

const questionsFor = (id: TriggerId): string | null => {
  const qs = athleteChecklist.filter((c) => c.triggerId === id).map((c) => c.question);
  return qs.length ? qs.join(" / ") : null;
};

type TriggerText = Omit<Trigger, "id" | "urgency" | "athleteQuestion">;

const text: Record<TriggerId, TriggerText> = {
  "T-E1": {
    clinicianLabel: "Saddle numbness or tingling (possible cauda equina)",
    route: "Emergency department now",
    athleteMessage: `Numbness in the saddle area can be a sign of pressure on the nerves at the base of the spine. ${EMERGENCY_ACTION}`,
  },
  "T-E2": {
    clinicianLabel: "New bladder or bowel change (possible cauda equina)",
    route: "Emergency department now",
    athleteMessage: `A new bladder or bowel change can be a sign of pressure on the nerves at the base of the spine. ${EMERGENCY_ACTION}`,
  },
  "T-E3": {
    clinicianLabel: "New sexual dysfunction with back or leg symptoms (possible cauda equina)",
    route: "Emergency department now",
    athleteMessage: `A new change in sexual function with back or leg symptoms can be a sign of pressure on the nerves at the base of the spine. ${EMERGENCY_ACTION}`,
  },
  "T-E4": {
    clinicianLabel: "Weakness in both legs, or rapidly worsening weakness / foot drop",
    route: "Emergency department now",
    athleteMessage: `Weakness in both legs, or weakness that is getting worse quickly, needs checking straight away. ${EMERGENCY_ACTION}`,
  },
  "T-E5": {
    clinicianLabel: "Sudden cold, pale or mottled, pulseless, painful foot or leg, or sudden loss of movement or sensation (possible acute limb ischaemia)",
    route: "Emergency department now",
    athleteMessage: `A suddenly cold, pale, painful foot or leg, or sudden loss of movement or feeling, can mean the blood supply is blocked. ${EMERGENCY_ACTION}`,
  },
  "T-E6": {
    clinicianLabel: "Severe leg pain out of proportion that does not settle after stopping, with a tense, swollen compartment (possible acute compartment syndrome)",
    route: "Emergency department now",
    athleteMessage: `Severe leg pain that does not settle after stopping, with a tight, swollen leg, needs checking straight away. ${EMERGENCY_ACTION}`,
  },
  "T-U1": {
    clinicianLabel: "New or progressive motor weakness: MRC drop ≥1 grade between visits, new intrinsic wasting, new foot slap or drop (one side)",
    route: "Doctor / neurology; nerve conduction studies",
    athleteMessage: `New or increasing weakness, or a foot that slaps or catches, needs a medical review. ${URGENT_ACTION}`,
  },
  "T-U2": {
    clinicianLabel: "Symptoms becoming bilateral and symmetrical (stocking distribution) or sensory loss spreading between visits",
    route: "GP: systemic neuropathy work-up (diabetes, B12, thyroid, alcohol, medicines)",
    athleteMessage: `Numbness in both feet can have a cause elsewhere in the body, such as diabetes or a vitamin shortage, which your doctor can test for. ${URGENT_ACTION}`,
  },
  "T-U3": {
    clinicianLabel: "Loss of protective sensation on the 10 g monofilament at any site (≥2 of 3 wrong)",
    route: "Diabetes / podiatry foot team; daily foot inspection, no barefoot running",
    athleteMessage: `Part of your foot did not feel the light-touch test, so it could be injured without you noticing. Check your feet every day and do not run barefoot. ${URGENT_ACTION}`,
  },
  "T-U4": {
    clinicianLabel: "Vascular signs: absent or diminished foot pulses, ABI < 0.90, claudication, colour or temperature change with exercise, slow-healing wounds",
    route: "Vascular assessment",
    athleteMessage: `Colour or temperature changes in your foot with exercise can come from the blood supply and need checking. ${URGENT_ACTION}`,
  },
  "T-U5": {
    clinicianLabel: "Exertional pattern: reproducible leg tightness with foot numbness that resolves within 15–30 min of stopping (CECS), or exertional calf cramping with a cold, pale foot (popliteal artery entrapment)",
    route: "Sports physician (compartment pressure testing) / vascular",
    athleteMessage: `Your symptoms follow a pattern that a sports doctor should check with specific tests. ${URGENT_ACTION}`,
  },
  "T-U6": {
    clinicianLabel: "Constant or night symptoms unrelated to activity, unexplained weight loss, history of cancer, fever or systemically unwell",
    route: "GP",
    athleteMessage: `Symptoms at night or at rest, or feeling unwell or feverish, need a check with your doctor. ${URGENT_ACTION}`,
  },
  "T-U7": {
    clinicianLabel: "One-sided calf swelling, warmth or tenderness (possible DVT)",
    route: "Same-day medical review",
    athleteMessage: "A swollen, warm or tender calf can be a blood clot. Please see a doctor today, and do not run until you have been checked. Your physio has been told.",
  },
  "T-U8": {
    clinicianLabel: "Diabetic foot: new ulcer, wound, or spreading redness or swelling",
    route: "Same-day diabetic foot service",
    athleteMessage: "A new wound or spreading redness on the foot needs checking today. Please contact your diabetic foot service or doctor today, and do not run until you have been checked. Your physio has been told.",
  },
  "T-R1": {
    clinicianLabel: "Positive TTS provocation (DE test, TCST or Tinel reproducing familiar symptoms) plus an objective tibial sensory deficit persisting ≥6 weeks",
    route: "Refer for nerve conduction studies (false negatives occur)",
    athleteMessage: `Your physio may suggest a nerve test to look more closely at the nerve at your ankle. ${ROUTINE_ACTION}`,
  },
  "T-R2": {
    clinicianLabel: "Palpable mass or swelling in the tarsal tunnel, or symptoms after ankle fracture or sprain with a fixed deficit",
    route: "Ultrasound / MRI",
    athleteMessage: `Your physio may suggest a scan of the inside of your ankle. ${ROUTINE_ACTION}`,
  },
  "T-R3": {
    clinicianLabel: "No meaningful improvement at 6 weeks (function change < MCID and symptom NRS not reduced ≥2 points / 30 %); still not improved at 12 weeks",
    route: "Clinician re-evaluation at 6 weeks; medical / specialist referral at 12 weeks",
    athleteMessage: `Your progress is slower than hoped, so your physio will review your plan with you. ${ROUTINE_ACTION}`,
  },
  "T-R4": {
    clinicianLabel: "Neuropathic screening positive (DN4 ≥4, LANSS ≥12, painDETECT ≥19) with high impact (weekly mean rest NRS ≥5 or sleep disturbed ≥3 nights/week)",
    route: "Medical review of neuropathic pain management",
    athleteMessage: `A doctor may be able to help with nerve pain that is affecting your rest or sleep. ${ROUTINE_ACTION}`,
  },
  "T-R5": {
    clinicianLabel: "Suspected lumbar radiculopathy (dermatomal pattern, positive slump / SLR with differentiation, reflex change) without emergency features",
    route: "Spinal assessment pathway",
    athleteMessage: `Some of your symptoms may come from your lower back, so your physio may suggest a back assessment. ${ROUTINE_ACTION}`,
  },
};

const urgencyOf = (id: TriggerId): TriggerUrgency =>
  id.startsWith("T-E") ? "emergency" : id.startsWith("T-U") ? "urgent" : "routine";

/** Every trigger (docs/clinical-rules.md 7.1–7.3) with its urgency (R8.1) and wording. */
export const triggers: Record<TriggerId, Trigger> = Object.fromEntries(
  triggerIds.map((id) => [id, { id, urgency: urgencyOf(id), athleteQuestion: questionsFor(id), ...text[id] }]),
) as Record<TriggerId, Trigger>;

/** Trigger ids the athlete is asked about in the checklist (docs/clinical-rules.md 7.4). */
export const athleteTriggerIds: TriggerId[] = triggerIds.filter((id) => triggers[id].athleteQuestion !== null);

export type YesNoAnswer = "yes" | "no";
export type ChecklistAnswers = Partial<Record<ChecklistKey, YesNoAnswer | null>>;

/**
 * Checklist answers (docs/clinical-rules.md 7.4) → answers per trigger: "yes" if any question of the trigger is yes, "no" only
 * when all its questions are answered no, absent otherwise (missing is not no, R8.2).
 */
export function answersFromChecklist(checklist: ChecklistAnswers): Partial<Record<TriggerId, YesNoAnswer>> {
  const out: Partial<Record<TriggerId, YesNoAnswer>> = {};
  for (const id of athleteTriggerIds) {
    const answers = athleteChecklist.filter((c) => c.triggerId === id).map((c) => checklist[c.key]);
    if (answers.includes("yes")) out[id] = "yes";
    else if (answers.every((a) => a === "no")) out[id] = "no";
  }
  return out;
}

/**
 * The checklist questions without a yes or no (docs/clinical-rules.md 7.4, R8.2: a missing answer is never "no"). A checklist
 * counts as done only when this is empty.
 */
export function unansweredChecklistKeys(answers: Partial<Record<ChecklistKey, "yes" | "no" | null | undefined>>): ChecklistKey[] {
  return athleteChecklist.filter((q) => answers[q.key] !== "yes" && answers[q.key] !== "no").map((q) => q.key);
}

/** A checklist the athlete sent: its date, when it was stored, and its answers. */
export type SentChecklist = { date: string; createdAt: Date; answers: Partial<Record<ChecklistKey, "yes" | "no" | null | undefined>> };

export type ChecklistStatus = {
  /** The latest checklist with every question answered. */
  lastComplete: { date: string; createdAt: Date } | null;
  /** A newer checklist sent with questions unanswered: it does not count as done. */
  laterIncomplete: { date: string; createdAt: Date; unanswered: number } | null;
};

/**
 * The checklist status from the checklists sent, newest first: the last complete one, and the newest
 * when it has gaps (DOMAIN 7.4: unanswered is not "no", so only a complete checklist counts as done).
 */
export function checklistStatus(sent: readonly SentChecklist[]): ChecklistStatus {
  const withGaps = sent.map((c) => ({ date: c.date, createdAt: c.createdAt, unanswered: unansweredChecklistKeys(c.answers).length }));
  const complete = withGaps.find((c) => c.unanswered === 0) ?? null;
  const newest = withGaps[0];
  return {
    lastComplete: complete && { date: complete.date, createdAt: complete.createdAt },
    laterIncomplete: newest && newest.unanswered > 0 ? newest : null,
  };
}

/** Days after the last complete checklist when it is asked again (DOMAIN 7.4: weekly). */
export const CHECKLIST_INTERVAL_DAYS = 7;

export type ChecklistDue = { due: boolean; reason: "weekly" | "red-run" | "incomplete" | null };

/**
 * Whether the athlete is asked the 7.4 checklist today, and why (first that applies): the newest one
 * sent has gaps ("incomplete"); a run was RED when logged, corrected or answered the next morning after
 * the last complete checklist ("red-run"); a program is active and no complete checklist is 7 days
 * old or newer ("weekly"). `runs` are the athlete's recent runs with their class and last change.
 */
export function checklistDue(input: {
  status: ChecklistStatus;
  // The session class as the log shows it (GREEN, AMBER, RED, INCOMPLETE); typed loosely so triage rules do not import progression.
  runs: readonly { runClass: string | null; changedAt: Date }[];
  hasActiveProgram: boolean;
  today: string;
}): ChecklistDue {
  const latest = input.status.lastComplete;
  if (input.status.laterIncomplete) return { due: true, reason: "incomplete" };
  // A run can turn RED when logged, corrected or answered next morning: any change after the last complete checklist counts.
  if (input.runs.some((r) => r.runClass === "RED" && (!latest || r.changedAt > latest.createdAt))) return { due: true, reason: "red-run" };
  if (input.hasActiveProgram && (!latest || daysBetween(latest.date, input.today) >= CHECKLIST_INTERVAL_DAYS)) return { due: true, reason: "weekly" };
  return { due: false, reason: null };
}
