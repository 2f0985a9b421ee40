import type { RouterOutputs } from "@/app/_components/router-types";

/** A program's run/walk plan as the therapist sees it (plan.get). */
export type RunPlanView = NonNullable<RouterOutputs["plan"]["get"]>;
export type PlanWeek = RunPlanView["currentWeek"];
export type PlanDecisionView = RunPlanView["decisions"][number];
