import type { Metadata } from "next";
import { firstParam } from "@/app/_components/format";
import { api } from "@/app/_trpc/server";
import { requireAthlete } from "@/server/auth/guards";
import { newRunDraft } from "../../_log/run-draft";
import { lastRunDefaults, plannedSessionFor, shoeOptions } from "../../_log/run-defaults";
import { RunForm } from "../../_log/run-form";

export const metadata: Metadata = { title: "Log a run" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function LogRunPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAthlete();
  const trpc = await api();
  const date = firstParam((await searchParams).date);
  const [plan, shoes, logs, profile] = await Promise.all([trpc.portal.plan(), trpc.portal.shoes(), trpc.portal.logs(), trpc.portal.profile()]);
  const session = plannedSessionFor(plan, date);
  const defaults = lastRunDefaults(logs, profile.usualSurface);
  const initial = newRunDraft({
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : "", plannedRunMinutes: session?.plannedRunMinutes ?? null,
    pattern: session?.structure ?? "", ...defaults,
  });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log a run</h1>
      {!session && <p className="text-slate-800">No planned run is open right now: this run will count as an extra run, toward your load.</p>}
      <RunForm
        mode={{ kind: "new" }} userId={actor.userId} initial={initial} shoes={shoeOptions(shoes)} serverToday={new Date().toISOString().slice(0, 10)}
        plannedStructure={session ? `${session.stageCode}: ${session.structure}` : null}
      />
    </div>
  );
}
