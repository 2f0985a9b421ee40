"use client";

import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { SectionKind } from "@/server/domain/assessments/sections";
import type { PathErrors } from "./form-data";

export type SectionMode = "edit" | "read";

type SectionContextValue = {
  kind: SectionKind;
  mode: SectionMode;
  /** The saved data the inputs start from (edit) or show (read). */
  saved: unknown;
  /** The values as they stand in the form now (edit), or the saved data (read): for live summaries. */
  values: unknown;
  errors: PathErrors;
};

const SectionContext = createContext<SectionContextValue | null>(null);

export function SectionProvider({ value, children }: { value: SectionContextValue; children: ReactNode }) {
  return <SectionContext.Provider value={value}>{children}</SectionContext.Provider>;
}

/** The section a field belongs to: its mode, saved data, live values and errors. */
export function useSection(): SectionContextValue {
  const value = useContext(SectionContext);
  if (!value) throw new Error("Assessment fields must be inside a section");
  return value;
}

/** How deep a read-only group sits, for its heading level (sections are h2, groups h3 and below). */
const GroupDepth = createContext(0);
export const GroupDepthProvider = GroupDepth.Provider;
export function useGroupDepth(): number {
  return useContext(GroupDepth);
}

type DraftStatus = { dirtyKinds: SectionKind[]; setDirty: (kind: SectionKind, isDirty: boolean) => void };

const DraftStatusContext = createContext<DraftStatus | null>(null);

/**
 * Which sections of a draft hold unsaved changes: the sign button warns about them, and leaving the page
 * asks first.
 */
export function DraftStatusProvider({ children }: { children: ReactNode }) {
  const [dirtyKinds, setDirtyKinds] = useState<SectionKind[]>([]);
  const setDirty = (kind: SectionKind, isDirty: boolean) =>
    setDirtyKinds((kinds) => (isDirty ? (kinds.includes(kind) ? kinds : [...kinds, kind]) : kinds.filter((k) => k !== kind)));

  const hasUnsaved = dirtyKinds.length > 0;
  useEffect(() => {
    if (!hasUnsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [hasUnsaved]);

  return <DraftStatusContext.Provider value={{ dirtyKinds, setDirty }}>{children}</DraftStatusContext.Provider>;
}

/** The draft's unsaved-changes tracker, or null outside a draft page. */
export function useDraftStatus(): DraftStatus | null {
  return useContext(DraftStatusContext);
}
