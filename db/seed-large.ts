/**
 * The large-data seed for benchmarks: one "Large Clinic" with 10,000 athletes, 50 therapists and a
 * year of logs (≈ 2 million rows), generated inside the database with set-based SQL so it takes
 * minutes, not hours. Values are pseudo-random but deterministic (hashes of the series index), and
 * every JSON document parses with the app's own schemas. Refuses to run twice.
 */
import { performance } from "node:perf_hooks";
import { eq, sql } from "drizzle-orm";
import type { Db } from "./client";
import { clinics, exercises } from "./schema";
import { DEMO_PASSWORD } from "./demo-logins";
import { initialPlanState } from "@/server/domain/progression/apply";
import { addDays } from "@/server/domain/progression/dates";
import { defaultProtocolSettings } from "@/server/domain/progression/settings";
import { ensureStarterLibrary } from "@/server/services/exercises";
import { hashPassword } from "@/server/services/passwords";
import { largeLogsSql } from "./seed-large-logs";

export type LargeScale = { athletes: number; therapists: number; weeks: number };
export const LARGE_SCALE: LargeScale = { athletes: 10_000, therapists: 50, weeks: 52 };
export const LARGE_CLINIC = "Large Clinic";

export type LargeSeedResult = { created: boolean; counts: Record<string, number>; seconds: number };

/** Seeds the Large Clinic at `scale`, logs ending yesterday (`today` − 1). Does nothing when it exists. */
export async function seedLarge(db: Db, opts: { scale?: LargeScale; today?: string } = {}): Promise<LargeSeedResult> {
  const started = performance.now();
  const scale = opts.scale ?? LARGE_SCALE;
  const today = opts.today ?? new Date().toISOString().slice(0, 10);
  const [existing] = await db.select({ id: clinics.id }).from(clinics).where(eq(clinics.name, LARGE_CLINIC)).limit(1);
  if (existing) return { created: false, counts: {}, seconds: 0 };

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const start = addDays(today, -7 * scale.weeks);
  const state = initialPlanState({ stage: 3, targetWeeklyMinutes: 150 }, defaultProtocolSettings);
  await db.transaction(async (tx) => {
    // Bulk statements run for minutes: the app's per-statement timeout is for requests, not for this.
    await tx.execute(sql`set local statement_timeout = 0`);
    const [clinic] = await tx.insert(clinics).values({ name: LARGE_CLINIC }).returning({ id: clinics.id });
    const clinicId = clinic!.id;
    await ensureStarterLibrary(tx, clinicId);
    const library = await tx.select({ id: exercises.id }).from(exercises).where(eq(exercises.clinicId, clinicId)).limit(3);
    const items = library.map((e, i) => ({ exerciseId: e.id, sets: 2 + i, reps: 10, holdSeconds: null, perWeek: 3 + 2 * i, side: "both", notes: null }));
    const run = (q: ReturnType<typeof sql>) => tx.execute(q);

    await run(sql`
      with staff as (
        insert into users (email, name, password_hash)
        select case when g = 0 then 'owner@large.clinic' else 'therapist' || g || '@large.clinic' end,
               case when g = 0 then 'Large Clinic Owner' else 'Therapist ' || g end, ${passwordHash}
        from generate_series(0, ${scale.therapists}) g
        returning id, email)
      insert into memberships (clinic_id, user_id, role)
      select ${clinicId}, id, (case when email like 'owner@%' then 'owner' else 'therapist' end)::clinician_role from staff`);
    await run(sql`
      insert into athletes (clinic_id, first_name, last_name, date_of_birth, sex, weekly_km, years_running)
      select ${clinicId}, (array['Alex','Sam','Jo','Chris','Robin','Kim','Lee','Max','Noor','Ola'])[1 + g % 10],
             'Athlete' || lpad(g::text, 5, '0'), (date '1970-01-01' + (abs(hashtext(g::text || 'dob')) % 12000))::date,
             (array['female','male','female','male','undisclosed'])[1 + g % 5]::sex, 10 + abs(hashtext(g::text || 'km')) % 50, 1 + g % 20
      from generate_series(1, ${scale.athletes}) g`);
    // Each athlete on one therapist's caseload, in turn.
    await run(sql`
      with a as (select id, row_number() over (order by last_name) - 1 as n from athletes where clinic_id = ${clinicId}),
           t as (select m.user_id, row_number() over (order by u.email) - 1 as n from memberships m join users u on u.id = m.user_id
                 where m.clinic_id = ${clinicId} and m.role = 'therapist')
      insert into caseload_assignments (clinic_id, athlete_id, therapist_user_id)
      select ${clinicId}, a.id, t.user_id from a join t on t.n = a.n % ${scale.therapists}`);
    await run(sql`
      insert into shoes (clinic_id, athlete_id, brand, model, use, starting_km, review_distance_km)
      select ${clinicId}, a.id, (array['Brooks','Asics','Saucony','Hoka'])[1 + abs(hashtext(a.id::text)) % 4], 'Trainer ' || s, 'road', (abs(hashtext(a.id::text || s)) % 300), 600
      from athletes a cross join generate_series(1, 2) s
      where a.clinic_id = ${clinicId} and (s = 1 or abs(hashtext(a.id::text)) % 2 = 0)`);
    const owner = sql`(select m.user_id from memberships m where m.clinic_id = ${clinicId} and m.role = 'owner')`;
    await run(sql`
      insert into programs (clinic_id, athlete_id, name, start_date, current_version, created_by)
      select ${clinicId}, a.id, 'Return to run', ${start}::date, 1, ${owner} from athletes a where a.clinic_id = ${clinicId}`);
    await run(sql`
      insert into program_versions (clinic_id, athlete_id, program_id, version, items, created_by, created_at)
      select p.clinic_id, p.athlete_id, p.id, 1, ${JSON.stringify(items)}::jsonb, p.created_by, ${start}::date from programs p where p.clinic_id = ${clinicId}`);
    // Every week but the current one has its weekly decision (the plan stays at S3, holding).
    await run(sql`
      insert into run_plans (clinic_id, athlete_id, program_id, start_date, state, decided_through_week, created_by)
      select p.clinic_id, p.athlete_id, p.id, p.start_date, ${JSON.stringify(state)}::jsonb, ${scale.weeks - 1}, p.created_by from programs p where p.clinic_id = ${clinicId}`);
    await run(sql`
      insert into plan_decisions (clinic_id, athlete_id, plan_id, week_index, kind, decision, applied_decision, rule, reason, counts, inputs, before, after, created_at)
      select r.clinic_id, r.athlete_id, r.id, w, 'weekly', 'HOLD', 'HOLD', 'R3.2', 'Hold: seeded history', '{}'::jsonb, '{}'::jsonb, r.state, r.state,
             (r.start_date + 7 * (w + 1))::timestamptz
      from run_plans r cross join generate_series(0, ${scale.weeks - 1}) w where r.clinic_id = ${clinicId}`);
    await run(largeLogsSql(clinicId, start, scale.weeks));
    // A few open red flags and alerts, and a baseline NRS for one athlete in ten.
    await run(sql`
      insert into triage_results (clinic_id, athlete_id, source, urgency, triggers, raised_at)
      select clinic_id, id, 'run', 'urgent', '[{"id":"T-U1","reason":"T-U1 Foot slap, tripping or new weakness reported on a run log"}]'::jsonb, ${today}::date - 2
      from athletes where clinic_id = ${clinicId} and abs(hashtext(id::text || 'tri')) % 100 = 0`);
    await run(sql`
      insert into alerts (clinic_id, athlete_id, type, cause, severity, reason, data, raised_at)
      select clinic_id, athlete_id, 'triage', 'triage:' || id, urgency::text::alert_severity, 'Red flag (urgent): T-U1 Foot slap, tripping or new weakness reported on a run log', '{}'::jsonb, raised_at
      from triage_results where clinic_id = ${clinicId}`);
    await run(sql`
      insert into alerts (clinic_id, athlete_id, type, cause, severity, reason, data, raised_at)
      select clinic_id, id, 'red-run', 'run:seed-' || id, 'high', 'Red run: tingling 7/10 (≥ 6)', '{}'::jsonb, ${today}::date - 1
      from athletes where clinic_id = ${clinicId} and abs(hashtext(id::text || 'red')) % 20 = 0`);
    await run(sql`
      insert into outcome_measures (clinic_id, athlete_id, instrument, instrument_version, licence_note, status, answers, score, complete, requested_at, completed_at, completed_by_role)
      select clinic_id, id, 'NRS', '1', 'Public domain', 'completed', '{"value":5}'::jsonb, 5, true, ${start}::date, ${start}::date, 'therapist'
      from athletes where clinic_id = ${clinicId} and abs(hashtext(id::text || 'nrs')) % 10 = 0`);
  });
  const counts: Record<string, number> = {};
  for (const table of ["athletes", "users", "caseload_assignments", "shoes", "programs", "run_plans", "plan_decisions", "activity_logs", "alerts"]) {
    const rows = await db.execute<{ n: number }>(sql`select count(*)::int as n from ${sql.identifier(table)} where ${table === "users" ? sql`email like '%@large.clinic'` : sql`clinic_id = (select id from clinics where name = ${LARGE_CLINIC})`}`);
    counts[table] = Number((rows as unknown as { rows?: { n: number }[] }).rows?.[0]?.n ?? (rows as unknown as { n: number }[])[0]?.n ?? 0);
  }
  return { created: true, counts, seconds: Math.round((performance.now() - started) / 100) / 10 };
}
