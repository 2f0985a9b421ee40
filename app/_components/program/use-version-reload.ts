"use client";

import { TRPCClientError } from "@trpc/client";
import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * After a CONFLICT the user may drop their edits for the stored record: refresh the page data, then
 * remount the form (new `formKey`) once the server reports a newer version than the stale one.
 */
export function useVersionReload(serverVersion: number) {
  const router = useRouter();
  const [formKey, setFormKey] = useState(0);
  const [staleVersion, setStaleVersion] = useState<number | null>(null);

  // The refreshed data has arrived: start again from it.
  if (staleVersion !== null && serverVersion > staleVersion) {
    setStaleVersion(null);
    setFormKey((k) => k + 1);
  }

  return {
    formKey,
    isReloading: staleVersion !== null,
    /** `fromVersion`: the version the form was editing when the server refused. */
    reload(fromVersion: number) {
      setStaleVersion(fromVersion);
      router.refresh();
    },
  };
}

/** Whether a failed mutation was refused because the record changed meanwhile (optimistic concurrency). */
export function isConflictError(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "CONFLICT";
}
