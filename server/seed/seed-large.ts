/**
 * The large-data seed for benchmarks (`npm run db:seed -- --scale large`): one "Large Clinic" with
 * 10,000 athletes, 50 therapists and an owner, and about a year of history per athlete (≈ 2 million
 * activity logs). Rows are generated inside the database by set-based SQL with pseudo-random values
 * from hashes of the athlete's seed number, so the same scale gives the same data (ids aside).
 *
 * The data is what the app itself would have written: each athlete has a signed first visit with a
 * body map, shoes, an active program with exercises of the clinic's library and a run/walk plan whose
 * weekly decisions (R3/R4, computed with the real engine) follow from the logged runs; every log's
 * `data` parses with the app's schemas and its payload hash is the app's fingerprint. Refuses to run
 * twice: when the clinic exists it does nothing.
 */
import { performance } from "node:perf_hooks";
import { count, eq, sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/db/client";
import { DEMO_PASSWORD } from "./demo-logins";
import {
  activityLogs, alerts, assessmentSections, assessments, athletes, caseloadAssignments, clinics, clinicSettings, exercises, memberships,
  outcomeMeasures, planDecisions, programVersions, programs, runPlans, shoes, triageResults,
} from "@/db/schema";
import { insertLogs, loadProfiles, motorSignTriage, planProfile, redRunAlertsSql } from "./seed-large-logs";
import { parseSection } from "@/server/domain/assessments/sections";
import type { BodyRegion } from "@/server/domain/body-map";
import { addDays, dayNumberOf } from "@/server/domain/dates";
import { instruments } from "@/server/domain/scoring/instruments";
import { triageFromAnswers } from "@/server/domain/triage/triage";
import { triggerIds, type TriggerId } from "@/server/domain/triage/triggers";
import { ensureStarterLibrary } from "@/server/services/use-cases/exercise";
import { hashPassword } from "@/server/services/infra/passwords";

export type LargeScale = { athletes: number; therapists: number; weeks: number };
/** The benchmark scale: 10,000 athletes, 50 therapists (200 athletes each), 52 weeks of history. */
export const LARGE_SCALE: LargeScale = { athletes: 10_000, therapists: 50, weeks: 52 };
export const LARGE_CLINIC_NAME = "Large Clinic";
export const LARGE_EMAIL_DOMAIN = "large.clinic";

export type SeedLargeOptions = {
  scale?: LargeScale;
  /** Logs end the day before; plans start `weeks` weeks before. Default: today's UTC date. */
  today?: string;
  /** Tests on a shared database give their own, so runs do not meet. */
  clinicName?: string;
  emailDomain?: string;
  /** Athletes whose logs go in one statement (PGlite keeps its memory flat with smaller batches). */
  batch?: number;
  onProgress?: (message: string) => void;
};
export type SeedLargeResult = { created: boolean; clinicId: string; counts: Record<string, number>; seconds: number };

/** Distinct plan histories; a prime, so athletes of every therapist get every profile. */
const PROFILE_COUNT = 61;

const femaleNames = ["Emma", "Olivia", "Sofia", "Amelia", "Isla", "Mia", "Chloe", "Grace", "Hannah", "Leah", "Nina", "Priya", "Aiko", "Fatima", "Zoe", "Clara", "Lucia", "Maya", "Ella", "Ruth"];
const maleNames = ["Liam", "Noah", "Oliver", "James", "Lucas", "Ethan", "Mateo", "Arjun", "Kenji", "Omar", "Daniel", "Samuel", "Tom", "Felix", "Marcus", "Ben", "Hugo", "Ravi", "Leo", "Jonas"];
const lastNames = [
  "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson", "Wright", "Thompson",
  "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Khan", "Lewis", "Harris", "Martin",
  "Cooper", "King", "Lee", "Baker", "Nguyen", "Garcia", "Müller", "Rossi", "Silva", "Tanaka", "Okafor", "Kowalski", "Byrne",
  "O'Connor", "Murphy", "Novak", "Larsen", "Hansen", "Costa", "Moreau", "Fischer", "Ahmed", "Ali", "Chen", "Wang",
];
const goalRaces = ["Parkrun 5k", "City 10k", "Half marathon", "Spring marathon", "Trail 25k", "Club cross-country", "Track 1500 m", "First 10k"];
const shoeModels = [
  ["Brooks", "Ghost 16"], ["Brooks", "Adrenaline GTS 24"], ["Asics", "Gel-Nimbus 26"], ["Asics", "Novablast 4"], ["Hoka", "Clifton 9"],
  ["Hoka", "Bondi 8"], ["Saucony", "Ride 17"], ["Saucony", "Endorphin Speed 4"], ["New Balance", "1080v13"], ["Nike", "Pegasus 41"],
] as const;
const trailShoes = [["Salomon", "Speedcross 6"], ["Hoka", "Speedgoat 6"], ["Saucony", "Peregrine 14"], ["Brooks", "Cascadia 17"]] as const;

/**
 * Exercises a program draws from (starter numbers of DOMAIN 9 with a typical dose). Tensioners are left
 * out: they follow sliders only once symptoms settle. 15 entries, so a stride of 4 never repeats one.
 */
const exercisePool = [
  { number: 1, sets: 2, reps: 10, hold: null }, { number: 2, sets: 2, reps: 10, hold: null }, { number: 3, sets: 2, reps: 15, hold: null },
  { number: 6, sets: 3, reps: null, hold: 30 }, { number: 7, sets: 3, reps: null, hold: 30 }, { number: 8, sets: 2, reps: 10, hold: null },
  { number: 14, sets: 3, reps: 10, hold: 5 }, { number: 15, sets: 2, reps: 10, hold: null }, { number: 16, sets: 3, reps: 10, hold: 5 },
  { number: 20, sets: 3, reps: 15, hold: null }, { number: 21, sets: 3, reps: 12, hold: null }, { number: 22, sets: 3, reps: 12, hold: null },
  { number: 23, sets: 3, reps: 12, hold: null }, { number: 26, sets: 3, reps: 10, hold: null }, { number: 28, sets: 3, reps: null, hold: 30 },
] as const;

type Symptom = "numbness" | "tingling" | "burning" | "pain";
type BodyMapSpec = {
  regions: [BodyRegion, ...BodyRegion[]]; dominant: Symptom; second: Symptom; descriptors: string[];
  aggravating: string[]; easing: string[]; onset: string;
};

/** One-sided body maps (a first run marked on both sides would raise T-U2), with the history that goes with them. */
const bodyMapSpecs: BodyMapSpec[] = [
  { regions: ["MPN-R", "MCN-R"], dominant: "tingling", second: "numbness", descriptors: ["tingling", "numbness"], aggravating: ["run-duration", "camber"], easing: ["stopping", "unlacing"], onset: "gradual" },
  { regions: ["MPN-L", "MCN-L"], dominant: "numbness", second: "tingling", descriptors: ["numbness", "tingling", "burning"], aggravating: ["run-duration", "hills"], easing: ["stopping", "rubbing"], onset: "gradual" },
  { regions: ["IDN-3/4-L"], dominant: "burning", second: "pain", descriptors: ["burning", "electric-shocks"], aggravating: ["footwear", "standing"], easing: ["shoe-removal", "rubbing"], onset: "after-shoe-change" },
  { regions: ["IDN-3/4-R", "IDN-2/3-R"], dominant: "pain", second: "burning", descriptors: ["pain", "burning", "numbness"], aggravating: ["footwear", "hills"], easing: ["shoe-removal"], onset: "gradual" },
  { regions: ["DPN-R"], dominant: "tingling", second: "numbness", descriptors: ["tingling"], aggravating: ["lacing", "footwear"], easing: ["unlacing", "footwear-change"], onset: "after-shoe-change" },
  { regions: ["SPN-L", "DPN-L"], dominant: "numbness", second: "tingling", descriptors: ["numbness", "tingling"], aggravating: ["run-duration", "surface"], easing: ["stopping"], onset: "after-sprain" },
  { regions: ["LPN-R", "MPN-R"], dominant: "tingling", second: "burning", descriptors: ["tingling", "burning"], aggravating: ["run-duration", "cold-temperature"], easing: ["stopping", "warming"], onset: "gradual" },
  { regions: ["SUR-L"], dominant: "tingling", second: "pain", descriptors: ["tingling", "pain"], aggravating: ["run-duration", "lacing"], easing: ["unlacing", "stopping"], onset: "gradual" },
];

/** LEFS answer sets of a first visit (scores 41–62 of 80). */
const lefsAnswerSets = [
  [3, 3, 4, 4, 4, 3, 3, 4, 3, 4, 4, 3, 3, 2, 3, 1, 1, 0, 1, 4],
  [2, 2, 4, 4, 3, 3, 3, 3, 2, 4, 3, 2, 3, 2, 3, 1, 0, 0, 0, 4],
  [3, 2, 3, 4, 3, 2, 3, 3, 2, 3, 3, 2, 2, 2, 3, 1, 1, 1, 1, 3],
  [4, 3, 4, 4, 4, 3, 4, 4, 3, 4, 4, 3, 4, 3, 3, 2, 2, 1, 2, 4],
  [2, 2, 3, 3, 3, 2, 2, 3, 2, 3, 3, 2, 2, 1, 2, 1, 0, 0, 0, 3],
];

const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;
/** A timestamp on a day at a number of minutes after midnight, UTC. */
const at = (day: SQL, minutes: SQL | number) =>
  sql`((${day})::timestamp + (${minutes})::int * interval '1 minute') at time zone 'UTC'`;
/** A non-negative pseudo-random integer (31 bits) from a text key. */
const hash = (key: SQL) => sql`(hashtext(${key})::bigint & 2147483647)`;

/**
 * Seeds the large clinic at `scale` (default LARGE_SCALE). Returns `created: false` and changes
 * nothing when it exists. On PostgreSQL at full scale, `db` must have no per-statement timeout
 * (`openConfiguredDb({ statementTimeoutMs: 0 })`, as cli.ts does): the closing VACUUM runs outside any
 * transaction, where the transaction's own `set local` cannot reach it.
 */
export async function seedLarge(db: Db, opts: SeedLargeOptions = {}): Promise<SeedLargeResult> {
  const started = performance.now();
  const scale = opts.scale ?? LARGE_SCALE;
  const name = opts.clinicName ?? LARGE_CLINIC_NAME;
  const domain = opts.emailDomain ?? LARGE_EMAIL_DOMAIN;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  dayNumberOf(today); // throws on a malformed date
  for (const [key, value] of Object.entries(scale)) {
    if (!Number.isInteger(value) || value < 1) throw new RangeError(`scale.${key} must be a whole number ≥ 1`);
  }
  const progress = opts.onProgress ?? (() => {});

  const [existing] = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.name, name)).limit(1);
  if (existing) return { created: false, clinicId: existing.id, counts: {}, seconds: 0 };

  const start = addDays(today, -7 * scale.weeks);
  const profiles = Array.from({ length: Math.min(PROFILE_COUNT, scale.athletes) }, (_, p) => planProfile(p, start, scale.weeks));
  const passwordHash = await hashPassword(DEMO_PASSWORD);

  const clinicId = await db.transaction(async (tx) => {
    // Bulk statements outlast the app's per-statement timeout, which is meant for requests.
    await tx.execute(sql`set local statement_timeout = 0`);
    const [clinic] = await tx
      .insert(clinics)
      .values({ name, createdAt: new Date(`${addDays(start, -60)}T09:00:00Z`) })
      .returning({ id: clinics.id });
    const id = clinic!.id;
    await tx.insert(clinicSettings).values({ clinicId: id });
    await ensureStarterLibrary(tx, id);
    await createTempTables(tx, { clinicId: id, scale, domain, start, today });
    progress("staff, athletes, visits, shoes and programs");
    await insertPeople(tx, { clinicId: id, start, passwordHash });
    await loadProfiles(tx, profiles);
    // Temporary tables are never analysed by autovacuum; the bulk joins need their sizes.
    await tx.execute(sql`analyze seed_large_athletes, seed_large_weeks, seed_large_slots, seed_large_signoffs`);
    progress("programs, run/walk plans and their weekly decisions");
    await insertPrograms(tx, { clinicId: id, start, weeks: scale.weeks });
    progress("activity logs");
    const batch = opts.batch ?? 1000;
    await insertLogs(tx, {
      clinicId: id, start, weeks: scale.weeks, athletes: scale.athletes, batch,
      onBatch: (done) => progress(`activity logs: ${done.toLocaleString("en")} of ${scale.athletes.toLocaleString("en")} athletes`),
    });
    progress("red flags, alerts and outcome measures");
    await insertFlagsAndAlerts(tx, { clinicId: id, start, today });
    return id;
  });
  // Fresh statistics and visibility maps, so the first benchmark plans and reads are those of a settled database.
  progress("vacuum and analyze");
  await db.execute(sql`vacuum (analyze) ${sql.join(seededTables.map((t) => sql.identifier(t)), sql`, `)}`);

  return { created: true, clinicId, counts: await countRows(db, clinicId), seconds: Math.round((performance.now() - started) / 100) / 10 };
}

const seededTables = [
  "users", "memberships", "athletes", "caseload_assignments", "shoes", "assessments", "assessment_sections", "exercises", "programs",
  "program_versions", "run_plans", "plan_decisions", "activity_logs", "triage_results", "alerts", "outcome_measures",
];

/** Rows of the clinic per table (users: its staff). */
async function countRows(db: Db, clinicId: string): Promise<Record<string, number>> {
  const tables = {
    users: memberships, athletes, caseload_assignments: caseloadAssignments, shoes, assessments, assessment_sections: assessmentSections,
    exercises, programs, program_versions: programVersions, run_plans: runPlans, plan_decisions: planDecisions, activity_logs: activityLogs,
    triage_results: triageResults, alerts, outcome_measures: outcomeMeasures,
  };
  const counts: Record<string, number> = {};
  for (const [key, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table).where(eq(table.clinicId, clinicId));
    counts[key] = Number(row?.n ?? 0);
  }
  return counts;
}

/**
 * Per-run lookup tables (dropped at commit): staff, the library subset, body maps and one row per
 * athlete with every id and trait the inserts need, so no insert looks anything up again.
 */
async function createTempTables(tx: Tx, input: { clinicId: string; scale: LargeScale; domain: string; start: string; today: string }): Promise<void> {
  const { clinicId, scale, domain, start, today } = input;
  const staff = Array.from({ length: scale.therapists + 1 }, (_, n) => ({
    n,
    email: n === 0 ? `owner@${domain}` : `therapist${n}@${domain}`,
    name: n === 0 ? "Dr. Helen Okonkwo" : `${(n % 2 ? femaleNames : maleNames)[n % 20]} ${lastNames[(7 * n) % lastNames.length]}`,
    role: n === 0 ? "owner" : "therapist",
  }));
  await tx.execute(sql`create temp table seed_large_staff (n int primary key, user_id uuid not null default gen_random_uuid(), email text, name text, role text) on commit drop`);
  await tx.execute(sql`insert into seed_large_staff (n, email, name, role) select * from jsonb_to_recordset(${json(staff)}) as x(n int, email text, name text, role text)`);

  await tx.execute(sql`create temp table seed_large_library (k int primary key, exercise_id uuid, sets int, reps int, hold int) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_library
    select x.k, e.id, x.sets, x.reps, x.hold
    from jsonb_to_recordset(${json(exercisePool.map((e, k) => ({ ...e, k })))}) as x(k int, number int, sets int, reps int, hold int)
    join exercises e on e.clinic_id = ${clinicId} and e.starter_number = x.number`);

  const bodyMaps = bodyMapSpecs.map((spec, k) => {
    const history = parseSection("symptomHistory", {
      nrs: {
        [spec.dominant]: { duringRun: 5, afterRun: 3, atRest: 0 },
        [spec.second]: { duringRun: 3, afterRun: 2, atRest: 0 },
      },
      regions: spec.regions,
      descriptors: spec.descriptors,
      onset: spec.onset,
      durationWeeks: 6 + 4 * k,
      onsetMinuteIntoRun: 12 + 2 * k,
      worseTowardEndOfRun: true,
      settleMinutesAfterRun: 20 + 5 * k,
      aggravatingFactors: spec.aggravating,
      easingFactors: spec.easing,
      behaviour24h: { worstTime: "day", nightSymptoms: false },
      history: { diabetes: "none", backPain: "no", previousInjury: spec.onset === "after-sprain" ? "yes" : "no" },
    });
    return {
      k, side: spec.regions[0].endsWith("-L") ? "left" : "right", dominant: spec.dominant, second: spec.second, history,
      region1: JSON.stringify([spec.regions[0]]),
      region2: spec.regions[1] ? JSON.stringify([spec.regions[1]]) : null,
      region12: spec.regions.length > 1 ? JSON.stringify(spec.regions.slice(0, 2)) : null,
    };
  });
  await tx.execute(sql`
    create temp table seed_large_body_maps (k int primary key, side text, dominant text, second text, history jsonb, region1 text, region2 text, region12 text)
    on commit drop`);
  await tx.execute(sql`
    insert into seed_large_body_maps
    select * from jsonb_to_recordset(${json(bodyMaps)}) as x(k int, side text, dominant text, second text, history jsonb, region1 text, region2 text, region12 text)`);

  const females = JSON.stringify(femaleNames);
  const males = JSON.stringify(maleNames);
  const pool = exercisePool.length;
  await tx.execute(sql`
    create temp table seed_large_athletes (
      n int primary key, athlete_id uuid not null, therapist_id uuid not null, profile int not null,
      first_name text, last_name text, sex sex, date_of_birth date, weekly_km int, years_running int, goal_race text, goal_date date,
      usual_surface running_surface, email text,
      body_map int, baseline int, dominant text, pace int, surface text, region1 text, region2 text, region12 text,
      shoe1 uuid not null, shoe1_brand text, shoe1_model text, shoe2 uuid, shoe2_brand text, shoe2_model text, shoe2_use shoe_use,
      program_id uuid not null, plan_id uuid not null, assessment_id uuid not null, visit_date date,
      items jsonb, ex_ids uuid[], ex_sides text[], ex_sets int[], ex_reps int[]
    ) on commit drop`);
  await tx.execute(sql`
    insert into seed_large_athletes
    select g, gen_random_uuid(), st.user_id, (g - 1) % ${PROFILE_COUNT},
      case when is_female then ${females}::jsonb ->> (h1 % 20)::int else ${males}::jsonb ->> (h1 % 20)::int end,
      ${json(lastNames)} ->> (h1 / 20 % ${lastNames.length})::int,
      case when h2 % 100 < 2 then 'undisclosed' when is_female then 'female' else 'male' end::sex,
      ${today}::date - (18 * 365 + (h2 / 100 % (45 * 365)))::int,
      10 + (h3 % 60)::int, 1 + (h3 / 100 % 25)::int,
      case when h3 / 10000 % 3 = 0 then ${json(goalRaces)} ->> (h3 / 100000 % ${goalRaces.length})::int end,
      case when h3 / 10000 % 3 = 0 then ${start}::date + 7 * 60 + (h3 / 1000 % 120)::int end,
      (array['road', 'road', 'road', 'trail', 'track', 'treadmill', 'mixed'])[1 + h4 % 7]::running_surface,
      case when h4 / 10 % 10 < 8 then 'runner' || g || '@example.com' end,
      bm.k, case when h4 / 100 % 10 < 3 then 1 else 0 end,
      case when h4 / 1000 % 4 = 0 then bm.second else bm.dominant end,
      50 + (h4 / 10000 % 21)::int,
      (array['road', 'road', 'road', 'trail', 'track', 'treadmill', 'road'])[1 + h4 % 7],
      bm.region1, bm.region2, bm.region12,
      gen_random_uuid(), ${json(shoeModels)} -> (h5 % ${shoeModels.length})::int ->> 0, ${json(shoeModels)} -> (h5 % ${shoeModels.length})::int ->> 1,
      case when h5 / 100 % 2 = 0 then gen_random_uuid() end,
      case when h5 / 1000 % 5 < 2 then ${json(trailShoes)} -> (h5 / 10000 % ${trailShoes.length})::int ->> 0 else ${json(shoeModels)} -> ((h5 + 3) % ${shoeModels.length})::int ->> 0 end,
      case when h5 / 1000 % 5 < 2 then ${json(trailShoes)} -> (h5 / 10000 % ${trailShoes.length})::int ->> 1 else ${json(shoeModels)} -> ((h5 + 3) % ${shoeModels.length})::int ->> 1 end,
      case when h5 / 1000 % 5 < 2 then 'trail' else 'road' end::shoe_use,
      gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), ${start}::date - 1 - g % 5,
      ex.items, ex.ids, ex.sides, ex.sets, ex.reps
    from generate_series(1, ${scale.athletes}) g
    cross join lateral (
      select ${hash(sql`g || ':a'`)} as h1, ${hash(sql`g || ':b'`)} as h2, ${hash(sql`g || ':c'`)} as h3,
             ${hash(sql`g || ':d'`)} as h4, ${hash(sql`g || ':e'`)} as h5, ${hash(sql`g || ':f'`)} as h6
    ) h
    cross join lateral (select h.h1 / 1000 % 100 < 48 as is_female) f
    join seed_large_staff st on st.n = 1 + (g - 1) % ${scale.therapists}
    join seed_large_body_maps bm on bm.k = h6 % ${bodyMaps.length}
    cross join lateral (
      select jsonb_agg(jsonb_build_object('exerciseId', l.exercise_id, 'sets', l.sets, 'reps', l.reps, 'holdSeconds', l.hold,
               'perWeek', 1 + (h6 / 100 + j) % 2, 'side', bm.side, 'notes', null) order by j) as items,
             array_agg(l.exercise_id order by j) as ids, array_agg(bm.side order by j) as sides,
             array_agg(l.sets order by j) as sets, array_agg(l.reps order by j) as reps
      from generate_series(0, 1 + (h6 / 1000 % 3)::int) j
      join seed_large_library l on l.k = (h6 / 10000 + 4 * j) % ${pool}
    ) ex`);
}

/** Staff with their logins, athletes on one therapist's caseload each, shoes, and a signed first visit with the body map. */
async function insertPeople(tx: Tx, input: { clinicId: string; start: string; passwordHash: string }): Promise<void> {
  const { clinicId, start, passwordHash } = input;
  const hired = sql`${addDays(start, -60)}::date`;
  await tx.execute(sql`
    insert into users (id, email, name, password_hash, password_changed_at, created_at, updated_at)
    select user_id, email, name, ${passwordHash}, ${at(hired, 540)}, ${at(hired, 540)}, ${at(hired, 540)} from seed_large_staff`);
  await tx.execute(sql`
    insert into memberships (clinic_id, user_id, role, created_at, updated_at)
    select ${clinicId}::uuid, user_id, role::clinician_role, ${at(hired, 540)}, ${at(hired, 540)} from seed_large_staff`);
  await tx.execute(sql`
    insert into athletes (id, clinic_id, first_name, last_name, date_of_birth, sex, email, weekly_km, years_running, goal_race, goal_date,
                          usual_surface, created_at, updated_at)
    select athlete_id, ${clinicId}::uuid, first_name, last_name, date_of_birth, sex, email, weekly_km, years_running, goal_race, goal_date,
           usual_surface, ${at(sql`visit_date`, 480)}, ${at(sql`visit_date`, 480)}
    from seed_large_athletes`);
  await tx.execute(sql`
    insert into caseload_assignments (clinic_id, athlete_id, therapist_user_id, created_at)
    select ${clinicId}::uuid, athlete_id, therapist_id, ${at(sql`visit_date`, 480)} from seed_large_athletes`);
  await tx.execute(sql`
    insert into shoes (id, clinic_id, athlete_id, brand, model, purchase_date, use, starting_km, review_distance_km, created_at, updated_at)
    select shoe1, ${clinicId}::uuid, athlete_id, shoe1_brand, shoe1_model, visit_date - 30 - n % 150, 'road', (n * 37) % 250, 600,
           ${at(sql`visit_date`, 600)}, ${at(sql`visit_date`, 600)}
    from seed_large_athletes
    union all
    select shoe2, ${clinicId}::uuid, athlete_id, shoe2_brand, shoe2_model, visit_date - n % 90, shoe2_use, (n * 53) % 120, 600,
           ${at(sql`visit_date`, 600)}, ${at(sql`visit_date`, 600)}
    from seed_large_athletes where shoe2 is not null`);

  const noFlags = Object.fromEntries(triggerIds.map((id) => [id, "no"])) as Record<TriggerId, "yes" | "no">;
  const screens = [parseSection("redFlags", noFlags), parseSection("redFlags", { ...noFlags, "T-R1": "yes" })];
  await tx.execute(sql`
    insert into assessments (id, clinic_id, athlete_id, kind, visit_date, status, signed_at, signed_by, created_by, version, created_at, updated_at)
    select assessment_id, ${clinicId}::uuid, athlete_id, 'initial', visit_date, 'signed', ${at(sql`visit_date`, 1020)}, therapist_id, therapist_id, 2,
           ${at(sql`visit_date`, 540)}, ${at(sql`visit_date`, 1020)}
    from seed_large_athletes`);
  await tx.execute(sql`
    insert into assessment_sections (clinic_id, athlete_id, assessment_id, kind, schema_version, data, updated_by, created_at, updated_at)
    select ${clinicId}::uuid, a.athlete_id, a.assessment_id, 'symptomHistory', 1, bm.history, a.therapist_id, ${at(sql`a.visit_date`, 570)}, ${at(sql`a.visit_date`, 570)}
    from seed_large_athletes a join seed_large_body_maps bm on bm.k = a.body_map
    union all
    select ${clinicId}::uuid, athlete_id, assessment_id, 'redFlags', 1,
           case when ${routineFlag(sql`n`)} then ${json(screens[1])} else ${json(screens[0])} end,
           therapist_id, ${at(sql`visit_date`, 600)}, ${at(sql`visit_date`, 600)}
    from seed_large_athletes`);
}

/** About one athlete in 53 answered yes to T-R1 at the first visit (a routine referral for nerve conduction studies). */
const routineFlag = (n: SQL) => sql`(${n} % 53 = 7)`;

/** The active program (version 1) and its run/walk plan with every weekly decision and sign-off of its profile. */
async function insertPrograms(tx: Tx, input: { clinicId: string; start: string; weeks: number }): Promise<void> {
  const { clinicId, start, weeks } = input;
  const startDay = sql`${start}::date`;
  await tx.execute(sql`
    insert into programs (id, clinic_id, athlete_id, name, status, current_version, start_date, created_by, created_at, updated_at)
    select program_id, ${clinicId}::uuid, athlete_id, 'Return to run', 'active', 1, ${startDay}, therapist_id, ${at(startDay, 600)}, ${at(startDay, 600)}
    from seed_large_athletes`);
  await tx.execute(sql`
    insert into program_versions (clinic_id, athlete_id, program_id, version, items, created_by, created_at)
    select ${clinicId}::uuid, athlete_id, program_id, 1, items, therapist_id, ${at(startDay, 600)} from seed_large_athletes`);
  await tx.execute(sql`
    insert into run_plans (id, clinic_id, athlete_id, program_id, start_date, settings_overrides, state, decided_through_week, created_by, created_at, updated_at)
    select a.plan_id, ${clinicId}::uuid, a.athlete_id, a.program_id, ${startDay}, '{}'::jsonb, p.state, ${weeks - 1}, a.therapist_id,
           ${at(startDay, 605)}, ${at(sql`${startDay} + ${7 * weeks}::int`, 0)}
    from seed_large_athletes a join seed_large_profiles p on p.profile = a.profile`);
  // A week is decided once it is over (R3): at midnight after its last day, every next-morning answer being in.
  await tx.execute(sql`
    insert into plan_decisions (clinic_id, athlete_id, plan_id, week_index, kind, decision, applied_decision, rule, reason, counts, inputs, before, after, created_at)
    select ${clinicId}::uuid, a.athlete_id, a.plan_id, w.week, 'weekly', w.decision, w.applied, w.rule, w.reason, w.counts, w.inputs, w.before, w.after,
           ${at(sql`${startDay} + 7 * (w.week + 1)`, 0)}
    from seed_large_athletes a join seed_large_weeks w on w.profile = a.profile`);
  await tx.execute(sql`
    insert into plan_decisions (clinic_id, athlete_id, plan_id, week_index, kind, reason, before, after, decided_by, created_at)
    select ${clinicId}::uuid, a.athlete_id, a.plan_id, s.week, 'signoff', s.reason, s.before, s.after, a.therapist_id,
           ${at(sql`${startDay} + 7 * s.week + 1`, sql`600 + a.n % 240`)}
    from seed_large_athletes a join seed_large_signoffs s on s.profile = a.profile`);
}

/**
 * Open and handled red flags with their R6 alerts, as the app raises them: T-U1 from the motor sign
 * of profile 0's last run (open, urgent: the plan is paused), T-R1 from the first visit of one athlete
 * in 53 (half of them acknowledged); review alerts for every freeze (resolved by the sign-off);
 * red-run alerts for the last 14 days; a baseline LEFS for three athletes in ten and a requested one
 * for one in 37.
 */
async function insertFlagsAndAlerts(tx: Tx, input: { clinicId: string; start: string; today: string }): Promise<void> {
  const { clinicId, start, today } = input;
  const startDay = sql`${start}::date`;
  const routine = triageFromAnswers({ "T-R1": "yes" }, ["T-R1"]).flags.map(({ id, reason }) => ({ id, reason }));
  const routineReason = `Red flag (routine): ${routine.map((f) => f.reason).join("; ")}`;
  const ackNote = "Referred to the GP for nerve conduction studies";
  await tx.execute(sql`
    insert into triage_results (clinic_id, athlete_id, source, source_id, urgency, triggers, raised_at, raised_by,
                                acknowledged_at, acknowledged_by, acknowledgement_action, acknowledgement_note)
    select ${clinicId}::uuid, athlete_id, 'assessment', assessment_id, 'routine', ${json(routine)}, ${at(sql`visit_date`, 1020)}, therapist_id,
           case when n % 2 = 0 then ${at(sql`visit_date + 7`, 660)} end, case when n % 2 = 0 then therapist_id end,
           case when n % 2 = 0 then 'referred'::triage_action end, case when n % 2 = 0 then ${ackNote} end
    from seed_large_athletes where ${routineFlag(sql`n`)}`);
  await tx.execute(sql`
    insert into triage_results (clinic_id, athlete_id, source, source_id, urgency, triggers, raised_at)
    select ${clinicId}::uuid, l.athlete_id, 'run', l.id, 'urgent', ${json([motorSignTriage.flag])}, l.created_at
    from activity_logs l where l.clinic_id = ${clinicId} and l.kind = 'run' and (l.data ->> 'motorSign')::boolean`);
  await tx.execute(sql`
    insert into alerts (clinic_id, athlete_id, type, cause, severity, reason, data, status, raised_at, resolved_at, resolved_by, note)
    select t.clinic_id, t.athlete_id, 'triage', 'triage:' || t.id, t.urgency::text::alert_severity,
           case when t.urgency = 'urgent' then ${`Red flag (urgent): ${motorSignTriage.flag.reason}`} else ${routineReason} end,
           jsonb_build_object('triageId', t.id, 'triggers', (select jsonb_agg(f -> 'id') from jsonb_array_elements(t.triggers) f)),
           case when t.acknowledged_at is null then 'open' else 'resolved' end::alert_status, t.raised_at, t.acknowledged_at, t.acknowledged_by,
           case when t.acknowledged_at is not null then 'Red flag acknowledged (' || t.acknowledgement_action || '): ' || t.acknowledgement_note end
    from triage_results t where t.clinic_id = ${clinicId}`);
  await tx.execute(sql`
    insert into alerts (clinic_id, athlete_id, type, cause, severity, reason, data, status, raised_at, resolved_at, resolved_by, note)
    select ${clinicId}::uuid, a.athlete_id, 'review', 'plan:' || a.plan_id || ':episode:' || e.episode, 'high',
           'Plan frozen for clinician review (R4): progression is held until a therapist signs it off',
           jsonb_build_object('planId', a.plan_id, 'signOffs', e.episode),
           case when e.signed_off_week is null then 'open' else 'resolved' end::alert_status,
           ${at(sql`${startDay} + 7 * (e.frozen_week + 1)`, 0)},
           case when e.signed_off_week is not null then ${at(sql`${startDay} + 7 * e.signed_off_week + 1`, sql`600 + a.n % 240`)} end,
           case when e.signed_off_week is not null then a.therapist_id end,
           case when e.signed_off_week is not null then 'Plan signed off: ' || s.reason end
    from seed_large_athletes a
    join seed_large_episodes e on e.profile = a.profile
    left join seed_large_signoffs s on s.profile = e.profile and s.week = e.signed_off_week`);
  await tx.execute(redRunAlertsSql(clinicId, today));

  const lefs = instruments.LEFS;
  const baselines = lefsAnswerSets.map((items, k) => ({ k, answers: { items }, score: lefs.score({ items }).score }));
  await tx.execute(sql`
    insert into outcome_measures (clinic_id, athlete_id, assessment_id, instrument, instrument_version, licence_note, status, answers, score,
                                  complete, completed_at, completed_by, completed_by_role, created_at)
    select ${clinicId}::uuid, a.athlete_id, a.assessment_id, 'LEFS', ${lefs.version}, ${lefs.licenceNote}, 'completed', b.answers, b.score,
           true, ${at(sql`a.visit_date`, 600)}, a.therapist_id, 'therapist', ${at(sql`a.visit_date`, 600)}
    from seed_large_athletes a
    join jsonb_to_recordset(${json(baselines)}) as b(k int, answers jsonb, score int) on b.k = a.n % ${baselines.length}
    where a.n % 10 < 3`);
  await tx.execute(sql`
    insert into outcome_measures (clinic_id, athlete_id, instrument, instrument_version, licence_note, status, requested_at, requested_by, created_at)
    select ${clinicId}::uuid, athlete_id, 'LEFS', ${lefs.version}, ${lefs.licenceNote}, 'requested',
           ${at(sql`${today}::date - 1 - n % 6`, 540)}, therapist_id, ${at(sql`${today}::date - 1 - n % 6`, 540)}
    from seed_large_athletes where n % 37 = 11`);
}
