ALTER TABLE "plan_decisions" ADD COLUMN "triage_id" uuid;--> statement-breakpoint
ALTER TABLE "plan_decisions" ADD CONSTRAINT "plan_decisions_triage_id_triage_results_id_fk" FOREIGN KEY ("triage_id") REFERENCES "public"."triage_results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Plans of athletes with an open emergency or urgent red flag were paused only while the flag was open;
-- they now stay paused until a therapist resumes them, so pause them as the app now does when a flag opens.
WITH to_pause AS (
  SELECT rp.id AS plan_id, rp.clinic_id, rp.athlete_id, rp.decided_through_week, rp.state,
    (SELECT t.id FROM triage_results t
      WHERE t.athlete_id = rp.athlete_id AND t.acknowledged_at IS NULL AND t.urgency IN ('emergency', 'urgent')
      ORDER BY t.raised_at DESC LIMIT 1) AS triage_id
  FROM run_plans rp JOIN programs p ON p.id = rp.program_id
  WHERE p.status = 'active' AND coalesce((rp.state ->> 'paused')::boolean, false) = false
), paused AS (
  UPDATE run_plans rp SET state = jsonb_set(rp.state, '{paused}', 'true'::jsonb), updated_at = now()
  FROM to_pause tp WHERE rp.id = tp.plan_id AND tp.triage_id IS NOT NULL
  RETURNING rp.id
)
INSERT INTO plan_decisions (clinic_id, athlete_id, plan_id, week_index, kind, reason, before, after, triage_id)
SELECT tp.clinic_id, tp.athlete_id, tp.plan_id, tp.decided_through_week + 1, 'pause',
  'Paused by an open red flag; the plan stays paused until a therapist resumes it', tp.state, jsonb_set(tp.state, '{paused}', 'true'::jsonb), tp.triage_id
FROM to_pause tp WHERE tp.triage_id IS NOT NULL;
