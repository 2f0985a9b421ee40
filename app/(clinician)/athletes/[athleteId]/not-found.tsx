import Link from "next/link";

export default function AthleteNotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Athlete not found</h1>
      <p className="text-slate-700">This athlete does not exist or is not on your caseload.</p>
      <Link href="/caseload" className="font-medium text-brand-700 underline">
        Back to the caseload
      </Link>
    </div>
  );
}
