import type { Metadata } from "next";
import { requireClinician } from "@/server/auth/guards";

export const metadata: Metadata = { title: "Exercise library" };

export default async function ExercisesPage() {
  await requireClinician();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Exercise library</h1>
      <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
        <p className="text-slate-800">The exercise library is not set up for this clinic yet.</p>
      </div>
    </div>
  );
}
