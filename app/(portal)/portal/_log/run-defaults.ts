import type { RouterOutputs } from "@/app/_components/router-types";
import { runSurfaces, type RunSurface } from "@/server/domain/progression/run-log";

type Plan = RouterOutputs["portal"]["plan"];
type Logs = RouterOutputs["portal"]["logs"];

/** The planned session a run logged on `date` is for: that day's, else the first still open this week. */
export function plannedSessionFor(plan: Plan, date: string | undefined) {
  const week = plan?.runWeek;
  if (!plan || !week || week.paused) return null;
  const byDate = date ? week.sessions.find((s) => s.date === date) : undefined;
  if (byDate) return byDate;
  const open = plan.runStatuses.find((s) => s.status === "due");
  return open ? (week.sessions.find((s) => s.date === open.date) ?? null) : null;
}

/** Surface and shoe of the athlete's last run, else their usual surface. */
export function lastRunDefaults(logs: Logs, usualSurface: string | null): { surface: RunSurface; shoeId: string | null } {
  const last = logs.find((l) => l.entry.kind === "run");
  if (last?.entry.kind === "run") return { surface: last.entry.surface, shoeId: last.entry.shoeId };
  const usual = runSurfaces.find((s) => s === usualSurface);
  return { surface: usual ?? "road", shoeId: null };
}

export const shoeOptions = (shoes: RouterOutputs["portal"]["shoes"]) =>
  shoes.filter((s) => !s.retiredAt).map((s) => ({ id: s.id, label: `${s.brand} ${s.model}` }));
