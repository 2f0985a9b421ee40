import type { z } from "zod";
import { DomainError } from "../../errors";
import * as footwear from "./footwear";
import * as gait from "./gait";
import * as mobilityStrength from "./mobility-strength";
import * as neurodynamic from "./neurodynamic";
import * as redFlags from "./red-flags";
import * as symptomHistory from "./symptom-history";
import * as tarsalTunnel from "./tarsal-tunnel";

export const sectionKinds = [
  "symptomHistory", "redFlags", "tarsalTunnel", "neurodynamic", "gait", "footwear", "mobilityStrength",
] as const;
export type SectionKind = (typeof sectionKinds)[number];

/** The precisely typed schema of each section. */
export const sectionSchemas = {
  symptomHistory: symptomHistory.symptomHistorySchema,
  redFlags: redFlags.redFlagScreenSchema,
  tarsalTunnel: tarsalTunnel.tarsalTunnelSchema,
  neurodynamic: neurodynamic.neurodynamicSchema,
  gait: gait.gaitSchema,
  footwear: footwear.footwearReviewSchema,
  mobilityStrength: mobilityStrength.mobilityStrengthSchema,
} as const satisfies Record<SectionKind, z.ZodType>;

/** The data of a section at its current schema version. */
export type SectionData<K extends SectionKind> = z.infer<(typeof sectionSchemas)[K]>;
export type AnySectionData = { [K in SectionKind]: SectionData<K> };

export type SectionDefinition = { title: string; schemaVersion: number; schema: z.ZodType };

/** Each assessment section's title, current schema version and zod schema (docs/clinical-rules.md 1 lists the sections). */
export const sectionDefinitions: Record<SectionKind, SectionDefinition> = {
  symptomHistory: { title: "Symptom history", schemaVersion: symptomHistory.SCHEMA_VERSION, schema: sectionSchemas.symptomHistory },
  redFlags: { title: "Red-flag screen", schemaVersion: redFlags.SCHEMA_VERSION, schema: sectionSchemas.redFlags },
  tarsalTunnel: { title: "Tarsal tunnel exam", schemaVersion: tarsalTunnel.SCHEMA_VERSION, schema: sectionSchemas.tarsalTunnel },
  neurodynamic: { title: "Neurodynamic tests", schemaVersion: neurodynamic.SCHEMA_VERSION, schema: sectionSchemas.neurodynamic },
  gait: { title: "Gait analysis", schemaVersion: gait.SCHEMA_VERSION, schema: sectionSchemas.gait },
  footwear: { title: "Footwear review", schemaVersion: footwear.SCHEMA_VERSION, schema: sectionSchemas.footwear },
  mobilityStrength: { title: "Mobility and strength", schemaVersion: mobilityStrength.SCHEMA_VERSION, schema: sectionSchemas.mobilityStrength },
};

/** Whether a string is a section kind. */
export function isSectionKind(kind: string): kind is SectionKind {
  return (sectionKinds as readonly string[]).includes(kind);
}

/** Validates a section's data against its current schema; throws ZodError when invalid. */
export function parseSection<K extends SectionKind>(kind: K, data: unknown): SectionData<K> {
  return sectionSchemas[kind].parse(data) as SectionData<K>;
}

/** One upgrade step: data stored at version v → data at version v + 1. */
export type SectionMigration = (data: unknown) => unknown;
/** Steps keyed by the version they upgrade from. */
export type SectionMigrations = Readonly<Record<number, SectionMigration>>;

/**
 * Upgrade steps per section. Every section is at version 1 today, so there are none yet; when a schema
 * changes, bump its SCHEMA_VERSION and add the step from the old version here (never edit a shipped step).
 */
export const sectionMigrations: Record<SectionKind, SectionMigrations> = {
  symptomHistory: {},
  redFlags: {},
  tarsalTunnel: {},
  neurodynamic: {},
  gait: {},
  footwear: {},
  mobilityStrength: {},
};

/** Runs the steps from `fromVersion` up to `toVersion`; throws INVALID_STATE for a newer or unknown version or a missing step. */
export function applyMigrations(steps: SectionMigrations, fromVersion: number, toVersion: number, data: unknown): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 1 || fromVersion > toVersion)
    throw new DomainError("INVALID_STATE", `Cannot read section data of schema version ${fromVersion} (current ${toVersion})`);
  let current = data;
  for (let v = fromVersion; v < toVersion; v++) {
    const step = steps[v];
    if (!step) throw new DomainError("INVALID_STATE", `No migration from schema version ${v} to ${v + 1}`);
    current = step(current);
  }
  return current;
}

/** Upgrades stored section data from its schema version to the current one (identity at version 1); not validated. */
export function migrateSection(kind: SectionKind, schemaVersion: number, data: unknown): unknown {
  return applyMigrations(sectionMigrations[kind], schemaVersion, sectionDefinitions[kind].schemaVersion, data);
}

/** Stored section data → current, validated data: migrate, then parse (throws ZodError when invalid). */
export function loadSection<K extends SectionKind>(kind: K, schemaVersion: number, data: unknown): SectionData<K> {
  return parseSection(kind, migrateSection(kind, schemaVersion, data));
}
