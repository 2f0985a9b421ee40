import type { Metadata } from "next";
import { requireAthlete } from "@/server/auth/guards";
import { ActivityForm } from "../../_log/activity-form";

export const metadata: Metadata = { title: "Log other activity" };

export default async function LogActivityPage() {
  await requireAthlete();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Log other activity</h1>
      <p className="text-slate-800">Cycling, pool running or gym work outside your plan. It counts toward your weekly load. For an extra run, use “Log a run”.</p>
      <ActivityForm mode={{ kind: "new" }} initial={{}} serverToday={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
