import { scoreChange, type InstrumentId } from "../scoring/instruments";

/** A recorded measure as the trend reads it. */
export type ScoredMeasure = {
  instrument: InstrumentId;
  status: string;
  complete: boolean;
  score: number | null;
  completedAt: Date | null;
  /** Entered in error: left out of every comparison. */
  voided: unknown;
};

export type OutcomeTrend = {
  instrument: InstrumentId;
  baseline: { score: number; at: Date } | null;
  latest: { score: number; at: Date } | null;
  change: ReturnType<typeof scoreChange> | null;
};

/**
 * Per instrument, in the order measures are given (oldest first): baseline = the first complete score,
 * latest = the last one when there are two or more, and the change between them (R9: completed, not
 * voided, every item answered; never prorated).
 */
export function outcomeTrends(measures: readonly ScoredMeasure[]): OutcomeTrend[] {
  const scored = measures.filter((o) => o.status === "completed" && !o.voided && o.complete && o.score !== null && o.completedAt);
  const byInstrument = new Map<InstrumentId, ScoredMeasure[]>();
  for (const o of scored) byInstrument.set(o.instrument, [...(byInstrument.get(o.instrument) ?? []), o]);
  return [...byInstrument.entries()].map(([instrument, list]) => {
    const first = list[0]!;
    const last = list.at(-1)!;
    const baseline = { score: first.score!, at: first.completedAt! };
    const latest = list.length > 1 ? { score: last.score!, at: last.completedAt! } : null;
    return { instrument, baseline, latest, change: latest ? scoreChange(instrument, baseline.score, latest.score) : null };
  });
}
