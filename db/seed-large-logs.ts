import { sql, type SQL } from "drizzle-orm";

/**
 * The bulk of the large seed: for every athlete of the clinic, over `weeks` weeks from `start`, three
 * runs a week (plan days 0, 2, 4), one exercise session (day 1) and cross-training every fourth week
 * (day 6). Symptoms are mostly low, one run in five amber and one in twenty red, so alerts, classes
 * and patterns have something to show. Shapes match runLogSchema, exerciseLogSchema and
 * crossTrainingLogSchema.
 */
export function largeLogsSql(clinicId: string, start: string, weeks: number): SQL {
  return sql`
    with a as (
      select ath.id as athlete_id, p.id as program_id, (pv.items -> 0 ->> 'exerciseId') as exercise_id,
             (select s.id from shoes s where s.athlete_id = ath.id order by s.model limit 1) as shoe_id
      from athletes ath
      join programs p on p.athlete_id = ath.id
      join program_versions pv on pv.program_id = p.id and pv.version = 1
      where ath.clinic_id = ${clinicId}),
    slots as (
      select a.*, w, d, (${start}::date + 7 * w + d) as day, abs(hashtext(a.athlete_id::text || ':' || w || ':' || d)) as h
      from a cross join generate_series(0, ${weeks - 1}) w cross join (values (0), (1), (2), (4), (6)) days(d)
      where d <> 6 or w % 4 = 3),
    runs as (
      select slots.*, case when h % 20 = 0 then 6 + h % 3 when h % 5 = 0 then 3 + h % 2 else h % 3 end as tingling, 18 + (h / 7) % 10 as minutes
      from slots where d in (0, 2, 4)),
    rows as (
      select athlete_id, 'run'::activity_kind as kind, day, null::uuid as program_id, 'seed-run-' || athlete_id || '-' || day as client_id,
        jsonb_build_object(
          'date', to_char(day, 'YYYY-MM-DD'), 'plannedRunMinutes', 18, 'runMinutes', minutes, 'preNrs', 0, 'numbness', h % 2,
          'tingling', tingling, 'burning', 0, 'pain', 0, 'onsetMinute', case when tingling > 2 then 10 + h % 5 else null end,
          'settleMinutes', case when tingling > 2 then 15 else 0 end, 'stoppedForSymptoms', false,
          'regions', case when tingling > 0 then '["MPN-L"]'::jsonb else '[]'::jsonb end, 'motorSign', false, 'restSymptoms', false,
          'nextMorningNrs', case when h % 13 = 0 then 1 else 0 end, 'rpe', 3 + h % 3,
          'surface', (array['road', 'track', 'grass', 'treadmill', 'trail'])[1 + (h / 11) % 5], 'shoeId', shoe_id,
          'temperatureC', 2 + (h / 3) % 22, 'distanceKm', round(minutes / 6.0, 1)) as data
      from runs
      union all
      select athlete_id, 'exercise', day, program_id, 'seed-ex-' || athlete_id || '-' || day,
        jsonb_build_object(
          'date', to_char(day, 'YYYY-MM-DD'), 'programId', program_id, 'exerciseId', exercise_id, 'side', 'both',
          'status', (array['done', 'done', 'done', 'partial', 'skipped'])[1 + h % 5],
          'setsDone', case when h % 5 = 4 then null else 2 end, 'repsDone', case when h % 5 = 4 then null else 10 end,
          'symptomNrs', case when h % 5 = 4 then null else h % 3 end, 'settleMinutes', 0, 'note', null)
      from slots where d = 1
      union all
      select athlete_id, 'cross_training', day, null, 'seed-ct-' || athlete_id || '-' || day,
        jsonb_build_object('date', to_char(day, 'YYYY-MM-DD'), 'activity', 'cycling', 'minutes', 30 + h % 30, 'rpe', 3, 'note', null)
      from slots where d = 6)
    insert into activity_logs (clinic_id, athlete_id, client_id, kind, date, program_id, data, payload_hash, response, created_at, updated_at)
    select ${clinicId}, athlete_id, client_id, kind, day, program_id, data, md5(data::text), '{}'::jsonb, day + interval '19 hours', day + interval '19 hours'
    from rows`;
}
