"use client";

import { Alert, buttonClass } from "@/app/_components/form";

/**
 * A refused save. On a CONFLICT (someone saved a newer version meanwhile) the user may load the
 * latest version, dropping what they entered here.
 */
export function FormProblem({ message, isConflict, isReloading, onReload }: {
  message: string;
  isConflict: boolean;
  isReloading: boolean;
  onReload: () => void;
}) {
  if (!message) return null;
  return (
    <Alert>
      <p>{message}</p>
      {isConflict && (
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <button type="button" className={buttonClass("secondary")} disabled={isReloading} onClick={onReload}>
            {isReloading ? "Loading…" : "Load the latest version"}
          </button>
          <span className="text-red-800">Your changes here will be replaced by the saved version.</span>
        </div>
      )}
    </Alert>
  );
}
