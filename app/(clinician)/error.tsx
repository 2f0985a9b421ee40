"use client";

import { useEffect } from "react";
import { buttonClass } from "@/app/_components/form";

export default function ClinicianError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;

  return (
    <div role="alert" className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Something went wrong</h1>
      <p className="text-slate-700">The page could not be loaded. Your data has not changed.</p>
      {digest && <p className="text-sm text-slate-600">Reference: {digest}</p>}
      <button type="button" onClick={() => retry()} className={buttonClass()}>
        Try again
      </button>
    </div>
  );
}
