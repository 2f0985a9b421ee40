import type { Metadata } from "next";
import { requireAthlete } from "@/server/auth/guards";
import { ChecklistForm } from "../_log/checklist-form";

export const metadata: Metadata = { title: "Safety questions" };

export default async function ChecklistPage() {
  await requireAthlete();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Safety questions</h1>
      <p className="text-slate-800">
        A few quick questions, asked weekly and after a hard run. Each “yes” goes to your physio straight away. If something is an emergency, you will be told at once.
      </p>
      <ChecklistForm serverToday={new Date().toISOString().slice(0, 10)} />
    </div>
  );
}
