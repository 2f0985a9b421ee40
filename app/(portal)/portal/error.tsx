"use client";

export default function PortalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-xl font-semibold">Something went wrong</h1>
      <p className="text-slate-700">Your data is safe. Try again in a moment.</p>
      <button type="button" onClick={() => retry()} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
