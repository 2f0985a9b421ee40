import Link from "next/link";

export default function AssessmentNotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Assessment not found</h1>
      <p className="text-slate-700">This assessment does not exist, or its athlete is not on your caseload.</p>
      <Link href="/caseload" className="font-medium text-brand-700 underline">
        Back to the caseload
      </Link>
    </div>
  );
}
