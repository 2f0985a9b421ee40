/**
 * The bulk of the large seed: run/walk plan histories (computed with the real R3/R4 engine) and about
 * a year of activity logs written by set-based SQL, so that the weekly decisions stored with each plan
 * are the ones the engine makes from the logged runs.
 */
import { sql, type SQL } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { applyDecision } from "@/server/domain/progression/apply-decision";
import { initialPlanState, type PlanState } from "@/server/domain/progression/plan-state";
import { signOff } from "@/server/domain/progression/therapist-actions";
import type { SessionClass } from "@/server/domain/progression/classify";
import { addDays } from "@/server/domain/dates";
import { decideWeek, type WeekRun } from "@/server/domain/progression/decide";
import { weekSchedule } from "@/server/domain/progression/schedule";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";
import { outcomeReason } from "@/server/domain/progression/week";
import { triggers } from "@/server/domain/triage/triggers";

const settings = { ...defaultProtocolSettings };

/**
 * A planned run as the profile prescribes it: G green, A amber (peak 3–5), R red (peak ≥ 6, or not
 * settled by the next morning: the athlete's hash picks which), I incomplete (no next-morning answer),
 * M red by a motor sign (raises T-U1).
 */
export type RunClass = "G" | "A" | "R" | "I" | "M";
const sessionClassOf: Record<RunClass, SessionClass> = { G: "GREEN", A: "AMBER", R: "RED", I: "INCOMPLETE", M: "RED" };

/** Whole-session minutes of the run-walk stages (DOMAIN 6.5 structures, 5 min walk included); null for continuous running. */
const sessionMinutesOfStage: Record<number, number | null> = { 0: 30, 1: 29, 2: 29, 3: 32, 4: 29, 5: 27, 6: 30, 7: null, 8: null };

export type ProfileSlot = { week: number; day: number; cls: RunClass; planned: number; stage: number; duration: number | null };
export type ProfileWeek = {
  week: number; before: PlanState; after: PlanState; decision: string; applied: string; rule: string; reason: string;
  counts: Record<string, number>; inputs: Record<string, unknown>;
};
export type ProfileSignoff = { week: number; before: PlanState; after: PlanState; reason: string };
/** A freeze episode (R6 review alert): frozen by the decision of `frozenWeek`, signed off in `signedOffWeek`. */
export type ProfileEpisode = { episode: number; frozenWeek: number; signedOffWeek: number | null };
export type PlanProfile = {
  profile: number; state: PlanState; weeks: ProfileWeek[]; slots: ProfileSlot[]; signoffs: ProfileSignoff[]; episodes: ProfileEpisode[];
};

/** Small deterministic PRNG (mulberry32), so every seed of a scale has the same plan histories. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;

/** Week patterns over the three run days (`.` = not run). Each decides as named under R3. */
const progressWeeks = ["GGG", "GGG", "GGG", "GGG", "GGG", "GGG", "GG.", "GGG", "GGI"] as const;
const holdWeeks = ["RGG", "GRG", "AAG", "GAA", "AGA", "G..", ".G.", "..G", "IIG", "GII"] as const;
const regressWeeks = ["RRG", "RGR", "GRR"] as const;

/**
 * Plan history number `profile`: entry stage S1–S4, target 120–180 weekly minutes, and a year of weeks
 * whose runs decide PROGRESS, HOLD or REGRESS (R3) in proportions of the profile. Each decision is
 * applied with the real engine (R4: freeze, cut-back, cap, floor); a frozen plan is signed off by the
 * therapist within a few weeks. Profile 0 ends with a motor sign on the last run: T-U1 pauses the plan.
 */
export function planProfile(profile: number, start: string, weeks: number): PlanProfile {
  const rng = prng(7919 * (profile + 1));
  const pRegress = 0.02 + 0.04 * rng();
  const pProgress = 0.5 + 0.3 * rng();
  let state = initialPlanState({ stage: 1 + (profile % 4), targetWeeklyMinutes: 120 + 15 * (profile % 5) }, settings);
  const out: PlanProfile = { profile, state, weeks: [], slots: [], signoffs: [], episodes: [] };
  const ran: { day: number; minutes: number }[] = [];
  for (let week = 0; week < weeks; week++) {
    if (state.frozen && rng() < 0.6) {
      const after = signOff(state);
      out.signoffs.push({ week, before: state, after, reason: "Reviewed with the athlete: symptoms stable, progression may resume" });
      out.episodes.at(-1)!.signedOffWeek = week;
      state = after;
    }
    const longest = ran.filter((r) => r.day >= 7 * week - 30).reduce<number | null>((m, r) => Math.max(m ?? 0, r.minutes), null);
    const schedule = weekSchedule({ planStartDate: start, weekIndex: week, state, settings, longestRunLast30Days: longest });
    const motorSign = profile === 0 && week === weeks - 1;
    const r = rng();
    const pattern = motorSign ? "GGM"
      : r < pRegress && state.stage > 1 ? pick(rng, regressWeeks)
      : r < pRegress + pProgress ? pick(rng, progressWeeks)
      : pick(rng, holdWeeks);
    const slots: ProfileSlot[] = schedule.sessions.flatMap((s, i) => {
      const cls = pattern[i];
      return cls === "." || cls === undefined ? [] : [{
        week, day: s.day, cls: cls as RunClass, planned: s.plannedRunMinutes, stage: s.stage, duration: sessionMinutesOfStage[s.stage] ?? null,
      }];
    });
    const runs: WeekRun[] = slots.map((s) => ({ plannedRunMinutes: s.planned, runMinutes: s.planned, nextMorningNrs: null, sessionClass: sessionClassOf[s.cls] }));
    const decision = decideWeek({ runs, previousWeekRuns: [], settings });
    const result = applyDecision(state, decision.decision, settings, { openUrgentTriage: motorSign });
    if (result.next.frozen && !state.frozen) out.episodes.push({ episode: out.signoffs.length, frozenWeek: week, signedOffWeek: null });
    out.weeks.push({
      week, before: state, after: result.next, decision: decision.decision, applied: result.appliedDecision, rule: decision.rule,
      reason: outcomeReason(decision, result), counts: decision.counts,
      inputs: {
        runs: slots.map((s) => ({ date: addDays(start, 7 * week + s.day), sessionClass: sessionClassOf[s.cls], reasons: [] })),
        restDelta: decision.restDelta,
      },
    });
    out.slots.push(...slots);
    ran.push(...slots.map((s) => ({ day: 7 * week + s.day, minutes: s.planned })));
    state = result.next;
  }
  out.state = state;
  return out;
}

/** Loads the plan profiles into temporary tables (dropped at commit) for the set-based inserts. */
export async function loadProfiles(tx: Tx, profiles: readonly PlanProfile[]): Promise<void> {
  const json = (rows: unknown) => sql`${JSON.stringify(rows)}::jsonb`;
  await tx.execute(sql`
    create temp table seed_large_weeks (
      profile int, week int, before jsonb, after jsonb, decision text, applied text, rule text, reason text, counts jsonb, inputs jsonb,
      primary key (profile, week)
    ) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_weeks
    select * from jsonb_to_recordset(${json(profiles.flatMap((p) => p.weeks.map((w) => ({ profile: p.profile, ...w }))))})
      as x(profile int, week int, before jsonb, after jsonb, decision text, applied text, rule text, reason text, counts jsonb, inputs jsonb)`);
  await tx.execute(sql`
    create temp table seed_large_slots (profile int, week int, day int, cls text, planned int, stage int, duration int) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_slots
    select * from jsonb_to_recordset(${json(profiles.flatMap((p) => p.slots.map((s) => ({ profile: p.profile, ...s }))))})
      as x(profile int, week int, day int, cls text, planned int, stage int, duration int)`);
  await tx.execute(sql`create index on seed_large_slots (profile)`);
  await tx.execute(sql`create temp table seed_large_signoffs (profile int, week int, before jsonb, after jsonb, reason text) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_signoffs
    select * from jsonb_to_recordset(${json(profiles.flatMap((p) => p.signoffs.map((s) => ({ profile: p.profile, ...s }))))})
      as x(profile int, week int, before jsonb, after jsonb, reason text)`);
  await tx.execute(sql`create temp table seed_large_episodes (profile int, episode int, frozen_week int, signed_off_week int) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_episodes
    select * from jsonb_to_recordset(${json(profiles.flatMap((p) => p.episodes.map((e) => ({ profile: p.profile, episode: e.episode, frozen_week: e.frozenWeek, signed_off_week: e.signedOffWeek }))))})
      as x(profile int, episode int, frozen_week int, signed_off_week int)`);
  await tx.execute(sql`create temp table seed_large_profiles (profile int primary key, state jsonb) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_profiles
    select * from jsonb_to_recordset(${json(profiles.map((p) => ({ profile: p.profile, state: p.state })))}) as x(profile int, state jsonb)`);
}

/**
 * A JSON object as text with its keys in the order `fingerprint` (services/infra/fingerprint.ts) sorts them,
 * so the stored payload hash is the one the app computes. Values are SQL expressions that yield JSON
 * text; `hole` names a key whose value is left out: the text is split around it.
 */
function canonicalJson(fields: Record<string, SQL>, hole?: string): { head: SQL; tail: SQL } {
  const keys = Object.keys(fields).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let parts: SQL[] = [];
  let head: SQL | null = null;
  for (const [i, key] of keys.entries()) {
    // Keys are this file's own identifiers, so they can be written into the SQL as they are.
    parts.push(sql.raw(`'${i === 0 ? "{" : ","}"${key}":'`));
    if (key === hole) {
      head = sql.join(parts, sql` || `);
      parts = [];
    } else parts.push(fields[key]!);
  }
  parts.push(sql.raw(`'}'`));
  const tail = sql.join(parts, sql` || `);
  return head ? { head, tail } : { head: tail, tail: sql`''` };
}

// JSON text of SQL values; JSON null when the value is null.
const jNum = (e: SQL) => sql`coalesce((${e})::text, 'null')`;
const jFloat = (e: SQL) => sql`coalesce((${e})::float8::text, 'null')`;
const jStr = (e: SQL) => sql`coalesce('"' || (${e}) || '"', 'null')`;
const jBool = (e: SQL) => sql`coalesce((${e})::text, 'null')`;
const utc = (day: SQL, minutes: SQL) => sql`((${day})::timestamp + (${minutes})::int * interval '1 minute') at time zone 'UTC'`;
const sha256Hex = (text: SQL) => sql`encode(sha256(convert_to(${text}, 'UTF8')), 'hex')`;

/** The athlete's answer to a run with a motor sign (R1 → T-U1), as `portal.log` gives it. */
export const motorSignTriage = {
  flag: { id: "T-U1", reason: "T-U1 Foot slap, tripping or new weakness reported on a run log" },
  notice: { urgency: "urgent", messages: [triggers["T-U1"].athleteMessage] },
} as const;

/**
 * The runs of athletes `from`…`to` (seed numbers). Symptom values follow the slot's class:
 * G peak 0–2 with a late onset, A one symptom at 3–5, R one symptom at 6–8 (or, for about a third, a
 * next-morning answer above the pre-run level), I like G without a next-morning answer, M like G with a
 * motor sign. Regions come from the athlete's body map, so none is new; onsets are set so that a run is
 * never amber for an earlier onset unless it is amber anyway.
 */
function runsSql(clinicId: string, start: string, from: number, to: number): SQL {
  const data = canonicalJson({
    kind: sql`'"run"'`,
    date: jStr(sql`to_char(b.day, 'YYYY-MM-DD')`),
    plannedRunMinutes: jNum(sql`b.planned`),
    runMinutes: jNum(sql`s.run_minutes`),
    preNrs: jNum(sql`s.pre`),
    numbness: jNum(sql`s.numbness`),
    tingling: jNum(sql`s.tingling`),
    burning: jNum(sql`s.burning`),
    pain: jNum(sql`s.pain`),
    onsetMinute: jNum(sql`s.onset`),
    settleMinutes: jNum(sql`s.settle`),
    stoppedForSymptoms: jBool(sql`s.stopped`),
    regions: sql`coalesce(s.regions, '[]')`,
    motorSign: jBool(sql`b.cls = 'M'`),
    restSymptoms: sql`'false'`,
    nextMorningNrs: sql`'?'`,
    rpe: jNum(sql`s.rpe`),
    surface: jStr(sql`s.surface`),
    shoeId: jStr(sql`s.shoe_id::text`),
    temperatureC: jNum(sql`s.temperature`),
    distanceKm: jFloat(sql`round(s.run_minutes * 10.0 / b.pace, 1)`),
    durationMinutes: jNum(sql`case when not s.stopped then b.duration end`),
  }, "nextMorningNrs");
  return sql`
    insert into activity_logs (id, clinic_id, athlete_id, client_id, kind, date, program_id, data, payload_hash, response, created_at, updated_at)
    select b.id, ${clinicId}::uuid, b.athlete_id, 'seed-' || md5(b.n || ':run:' || b.day), 'run', b.day, null,
      (j.head || coalesce(s.next_morning::text, 'null') || j.tail)::jsonb,
      ${sha256Hex(sql`j.head || 'null' || j.tail`)},
      jsonb_build_object('logId', b.id, 'kind', 'run', 'date', to_char(b.day, 'YYYY-MM-DD'),
        'triage', case when b.cls = 'M' then ${JSON.stringify(motorSignTriage.notice)}::jsonb else 'null'::jsonb end),
      ${utc(sql`b.day`, sql`17 * 60 + b.u3 % 180`)},
      case when s.next_morning is null then ${utc(sql`b.day`, sql`17 * 60 + b.u3 % 180`)} else ${utc(sql`b.day + 1`, sql`6 * 60 + 30 + b.u4 % 120`)} end
    from (
      select gen_random_uuid() as id, a.n, a.athlete_id, a.baseline, a.dominant, a.pace, a.surface, a.shoe1, a.shoe2,
        a.region1, a.region2, a.region12, sl.week, sl.cls, sl.planned, sl.stage, sl.duration, ${start}::date + 7 * sl.week + sl.day as day,
        h.h1 % 100 as u1, h.h1 / 100 % 100 as u2, h.h1 / 10000 % 100 as u3, h.h1 / 1000000 % 100 as u4,
        h.h2 % 100 as v1, h.h2 / 100 % 100 as v2, h.h2 / 10000 % 100 as v3, h.h2 / 1000000 % 100 as v4
      from seed_large_athletes a
      join seed_large_slots sl on sl.profile = a.profile
      cross join lateral (select hashtext(a.n || ':' || sl.week || ':' || sl.day || ':r')::bigint & 2147483647 as h1,
                                 hashtext(a.n || ':' || sl.week || ':' || sl.day || ':s')::bigint & 2147483647 as h2) h
      where a.n between ${from} and ${to}
      offset 0
    ) b
    cross join lateral (
      select case
          when b.cls = 'A' then 3 + b.u1 % 3
          when b.cls = 'R' and b.u2 < 65 then 6 + b.u1 % 3
          when b.cls = 'R' then 2 + b.u1 % 2
          else (array[0, 0, 0, 0, 1, 1, 1, 2, 2, 2])[1 + b.u1 % 10] end as peak,
        b.cls = 'R' and b.u2 >= 65 as unsettled,
        case when b.baseline = 0 and b.v3 < 5 then null else b.baseline end as pre
    ) p
    cross join lateral (
      select p.pre, p.peak,
        case when b.dominant = 'numbness' then p.peak else least(greatest(p.peak - 1, 0), b.v1 % 3) end as numbness,
        case when b.dominant = 'tingling' then p.peak else least(greatest(p.peak - 1, 0), b.v2 % 3) end as tingling,
        case when b.dominant = 'burning' then p.peak when b.v3 < 15 then null else least(greatest(p.peak - 1, 0), b.v3 % 2) end as burning,
        case when b.dominant = 'pain' then p.peak when b.v4 < 20 then null else least(greatest(p.peak - 1, 0), b.v4 % 2) end as pain,
        case when p.peak = 0 then null
             when b.cls = 'A' then greatest(1, round(b.planned * 0.5))
             when b.cls = 'R' then greatest(1, round(b.planned * 0.3))
             else greatest(1, round(b.planned * 0.85)) end::int as onset,
        case when p.peak = 0 then 0 when b.cls = 'A' then 20 + b.u2 % 71 when b.cls = 'R' then 45 + b.u2 % 136 else 5 + b.u2 % 26 end as settle,
        b.cls = 'R' and not p.unsettled and b.u3 < 40 as stopped,
        case when b.cls = 'R' and not p.unsettled and b.u3 < 40 then least(b.planned, greatest(ceil(b.planned * 0.7)::int, 8))
             when b.cls in ('G', 'I') and b.u4 < 8 and b.planned < 60 then b.planned + 1 else b.planned end as run_minutes,
        case when b.cls = 'I' then null when p.unsettled then coalesce(p.pre, 0) + 1 + b.u4 % 2 else coalesce(p.pre, 0) end as next_morning,
        case when p.peak = 0 then null
             when b.cls in ('A', 'R') and b.region12 is not null and b.u4 < 50 then b.region12
             when b.region2 is not null and b.u4 < 30 then b.region2 else b.region1 end as regions,
        (case when b.stage <= 5 then 2 else 3 end) + b.u3 % 3 + (b.cls = 'R')::int as rpe,
        case when b.v1 < 70 then b.surface else (array['road', 'track', 'trail', 'treadmill', 'grass'])[1 + b.v1 % 5] end as surface,
        case when b.v4 >= 97 then null when b.shoe2 is not null and b.v2 % 3 = 0 then b.shoe2 else b.shoe1 end as shoe_id,
        round(11 - 9 * cos(2 * pi() * (extract(doy from b.day) - 20) / 365.25))::int + b.v3 % 7 - 3 as temperature
    ) s
    cross join lateral (select ${data.head} as head, ${data.tail} as tail) j`;
}

/** Exercise sessions: one exercise of the program on days 1, 3 and 5 of a week, each about one week in three. */
function exercisesSql(clinicId: string, start: string, weeks: number, from: number, to: number): SQL {
  const data = canonicalJson({
    kind: sql`'"exercise"'`,
    date: jStr(sql`to_char(b.day, 'YYYY-MM-DD')`),
    programId: jStr(sql`b.program_id::text`),
    exerciseId: jStr(sql`b.ex_ids[b.k]::text`),
    side: jStr(sql`b.ex_sides[b.k]`),
    status: jStr(sql`s.status`),
    setsDone: jNum(sql`case s.status when 'done' then b.ex_sets[b.k] when 'partial' then greatest(1, b.ex_sets[b.k] - 1) end`),
    repsDone: jNum(sql`case when s.status <> 'skipped' then b.ex_reps[b.k] end`),
    symptomNrs: jNum(sql`case when s.status <> 'skipped' then (array[0, 0, 0, 0, 0, 0, 0, 1, 1, 2])[1 + b.u2 % 10] end`),
    settleMinutes: jNum(sql`case when s.status = 'skipped' then null when b.u2 % 10 >= 7 then 5 + b.u3 % 16 else 0 end`),
    note: sql`'null'`,
  });
  return sql`
    insert into activity_logs (id, clinic_id, athlete_id, client_id, kind, date, program_id, data, payload_hash, response, created_at, updated_at)
    select b.id, ${clinicId}::uuid, b.athlete_id, 'seed-' || md5(b.n || ':exercise:' || b.day), 'exercise', b.day, b.program_id,
      (j.text)::jsonb, ${sha256Hex(sql`j.text`)},
      jsonb_build_object('logId', b.id, 'kind', 'exercise', 'date', to_char(b.day, 'YYYY-MM-DD'), 'triage', 'null'::jsonb),
      ${utc(sql`b.day`, sql`7 * 60 + b.u4 % 720`)}, ${utc(sql`b.day`, sql`7 * 60 + b.u4 % 720`)}
    from (
      select gen_random_uuid() as id, a.n, a.athlete_id, a.program_id, a.ex_ids, a.ex_sides, a.ex_sets, a.ex_reps,
        1 + (h.h1 / 100 % cardinality(a.ex_ids))::int as k, ${start}::date + 7 * w + d as day,
        h.h1 / 10000 % 100 as u2, h.h1 / 1000000 % 100 as u3, h.h2 % 1000 as u4, h.h2 / 1000 % 100 as v1
      from seed_large_athletes a
      cross join generate_series(0, ${weeks - 1}) w
      cross join (values (1), (3), (5)) days(d)
      cross join lateral (select hashtext(a.n || ':' || w || ':' || d || ':e')::bigint & 2147483647 as h1,
                                 hashtext(a.n || ':' || w || ':' || d || ':f')::bigint & 2147483647 as h2) h
      where a.n between ${from} and ${to} and h.h1 % 100 < 35
      offset 0
    ) b
    cross join lateral (select case when b.v1 < 75 then 'done' when b.v1 < 88 then 'partial' else 'skipped' end as status) s
    cross join lateral (select ${data.head} as text) j`;
}

/** Cross-training on day 6 of about one week in five. */
function crossTrainingSql(clinicId: string, start: string, weeks: number, from: number, to: number): SQL {
  const data = canonicalJson({
    kind: sql`'"cross_training"'`,
    date: jStr(sql`to_char(b.day, 'YYYY-MM-DD')`),
    activity: jStr(sql`(array['cycling', 'cycling', 'swimming', 'pool-running', 'elliptical', 'strength', 'walking'])[1 + b.u1 % 7]`),
    minutes: jNum(sql`20 + 5 * (b.u2 % 12)`),
    rpe: jNum(sql`3 + b.u3 % 4`),
    note: sql`'null'`,
  });
  return sql`
    insert into activity_logs (id, clinic_id, athlete_id, client_id, kind, date, program_id, data, payload_hash, response, created_at, updated_at)
    select b.id, ${clinicId}::uuid, b.athlete_id, 'seed-' || md5(b.n || ':cross:' || b.day), 'cross_training', b.day, null,
      (j.text)::jsonb, ${sha256Hex(sql`j.text`)},
      jsonb_build_object('logId', b.id, 'kind', 'cross_training', 'date', to_char(b.day, 'YYYY-MM-DD'), 'triage', 'null'::jsonb),
      ${utc(sql`b.day`, sql`12 * 60 + b.u4 % 480`)}, ${utc(sql`b.day`, sql`12 * 60 + b.u4 % 480`)}
    from (
      select gen_random_uuid() as id, a.n, a.athlete_id, ${start}::date + 7 * w + 6 as day,
        h.h1 / 100 % 100 as u1, h.h1 / 10000 % 100 as u2, h.h1 / 1000000 % 100 as u3, h.h2 % 1000 as u4
      from seed_large_athletes a
      cross join generate_series(0, ${weeks - 1}) w
      cross join lateral (select hashtext(a.n || ':' || w || ':c')::bigint & 2147483647 as h1,
                                 hashtext(a.n || ':' || w || ':d')::bigint & 2147483647 as h2) h
      where a.n between ${from} and ${to} and h.h1 % 100 < 20
      offset 0
    ) b
    cross join lateral (select ${data.head} as text) j`;
}

/** Writes every athlete's logs, `batch` athletes per statement (memory stays flat on PGlite). */
export async function insertLogs(
  tx: Tx, input: { clinicId: string; start: string; weeks: number; athletes: number; batch: number; onBatch?: (done: number) => void },
): Promise<void> {
  for (let from = 1; from <= input.athletes; from += input.batch) {
    const to = Math.min(input.athletes, from + input.batch - 1);
    await tx.execute(runsSql(input.clinicId, input.start, from, to));
    await tx.execute(exercisesSql(input.clinicId, input.start, input.weeks, from, to));
    await tx.execute(crossTrainingSql(input.clinicId, input.start, input.weeks, from, to));
    input.onBatch?.(to);
  }
}

/**
 * R6 red-run alerts for the RED runs of the last 14 days (today − 13 … today), with the R2 reasons the
 * engine gives: peak ≥ red_min_peak, not settled by the next morning, motor sign.
 */
export function redRunAlertsSql(clinicId: string, today: string): SQL {
  const red = settings.redMinPeak;
  return sql`
    insert into alerts (clinic_id, athlete_id, type, cause, severity, reason, data, raised_at)
    select clinic_id, athlete_id, 'red-run', 'run:' || id, 'high', 'Red run on ' || day || ': ' || array_to_string(reasons, '; '),
      jsonb_build_object('runId', id, 'date', day, 'reasons', to_jsonb(reasons)), created_at
    from (
      select l.clinic_id, l.athlete_id, l.id, l.created_at, to_char(l.date, 'YYYY-MM-DD') as day,
        array_remove(array[
          case when v.peak >= ${red} then
            array_to_string(array_remove(array[
              case when v.numbness = v.peak then 'numbness' end, case when v.tingling = v.peak then 'tingling' end,
              case when v.burning = v.peak then 'burning' end, case when v.pain = v.peak then 'pain' end], null), ' and ')
            || ' ' || v.peak || ${`/10 ≥ ${red}`} end,
          case when v.next_morning > coalesce(v.pre, 0) then
            'not settled by next morning: ' || v.next_morning || '/10 > ' || coalesce(v.pre, 0) || '/10 before the run' end,
          case when v.motor then 'motor sign (foot slap, tripping or new weakness)' end], null) as reasons
      from activity_logs l
      cross join lateral (
        select (l.data ->> 'numbness')::int as numbness, (l.data ->> 'tingling')::int as tingling, (l.data ->> 'burning')::int as burning,
          (l.data ->> 'pain')::int as pain, (l.data ->> 'preNrs')::int as pre, (l.data ->> 'nextMorningNrs')::int as next_morning,
          (l.data ->> 'motorSign')::boolean as motor
      ) r
      cross join lateral (select r.*, greatest(r.numbness, r.tingling, r.burning, r.pain) as peak) v
      where l.clinic_id = ${clinicId} and l.kind = 'run' and l.date >= ${today}::date - 13
    ) x
    where cardinality(reasons) > 0`;
}
