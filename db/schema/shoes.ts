import { date, index, integer, numeric, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns, timestamps } from "./columns";

export const shoeUse = pgEnum("shoe_use", ["road", "trail", "race", "walking"]);

/** An athlete's shoe; footwear reviews, run logs and reports refer to it by id. */
export const shoes = pgTable(
  "shoes",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    athleteId: uuid().notNull().references(() => athletes.id),
    brand: text().notNull(),
    model: text().notNull(),
    purchaseDate: date({ mode: "string" }),
    use: shoeUse().notNull(),
    startingKm: numeric({ precision: 7, scale: 1, mode: "number" }).notNull().default(0),
    reviewDistanceKm: integer().notNull().default(600),
    retiredAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    ...requestKeyColumns(),
    ...timestamps(),
  },
  (t) => [
    uniqueIndex("shoes_request_key_uq").on(t.clinicId, t.requestKey),
    index("shoes_clinic_idx").on(t.clinicId),
    index("shoes_athlete_idx").on(t.athleteId),
  ],
);
