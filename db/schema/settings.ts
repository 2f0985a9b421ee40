import { integer, jsonb, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { clinics } from "./clinics";

/** Per-clinic settings: licensed add-on instruments and clinic-editable protocol defaults. */
export const clinicSettings = pgTable("clinic_settings", {
  clinicId: uuid().primaryKey().references(() => clinics.id),
  /** Instrument id → licence note, for add-ons the clinic holds a licence for (off by default). */
  licensedAddOns: jsonb().$type<Record<string, string>>().notNull().default({}),
  neuroAsymmetryFlagDegrees: integer().notNull().default(10),
  /** The clinic's protocol (docs/clinical-rules.md R10): values that differ from the defaults. */
  protocol: jsonb().$type<Record<string, number>>().notNull().default({}),
  version: integer().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
