"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname } from "next/navigation";
import { useEffect, useMemo, useSyncExternalStore } from "react";
import { useTRPC } from "@/app/_trpc/client";
import { newerSafety, parseStoredSafety, readStoredSafetyText, storeSafety, type OwnSafety } from "@/app/_components/safety/stored-safety";

const noSubscription = () => () => undefined;

const tone = {
  emergency: "border-red-700 bg-red-50 text-red-950",
  urgent: "border-amber-500 bg-amber-50 text-amber-950",
  routine: "border-sky-300 bg-sky-50 text-sky-950",
} as const;

/**
 * The advice of the athlete's highest open red flag, on every portal page until a clinician
 * acknowledges it. Asked again on every page change and every minute; kept on the device so a page
 * opened offline from the cache shows the latest advice this phone has heard.
 */
export function SafetyBanner({ userId, initial }: { userId: string; initial: OwnSafety }) {
  const trpc = useTRPC();
  const pathname = usePathname();
  const query = useQuery(trpc.portal.safety.queryOptions(undefined, { initialData: initial, staleTime: 0, refetchInterval: 60_000 }));
  const { refetch } = query;
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  // Read once after hydration (the server has no device storage); a fresher server answer replaces it below.
  const storedText = useSyncExternalStore(noSubscription, () => readStoredSafetyText(userId), () => null);
  const stored = useMemo(() => parseStoredSafety(storedText), [storedText]);
  const latest = newerSafety(query.data, stored);
  useEffect(() => {
    if (latest === query.data) storeSafety(userId, query.data);
  }, [latest, query.data, userId]);

  const advice = latest.advice;
  if (!advice) return null;
  return (
    <section aria-labelledby="safety-advice-heading" className={`space-y-2 rounded-xl border-2 p-4 ${tone[advice.urgency]}`}>
      <h2 id="safety-advice-heading" className="text-lg font-bold">
        {advice.headline}
      </h2>
      <p>{advice.action}</p>
      <p className="font-medium">{advice.exercises}</p>
      {advice.runs && <p>{advice.runs}</p>}
    </section>
  );
}
