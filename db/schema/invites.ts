import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { athletes } from "./athletes";
import { clinics } from "./clinics";
import { id, requestKeyColumns } from "./columns";
import { users } from "./users";

export const inviteKind = pgEnum("invite_kind", ["athlete", "therapist"]);

/** Single-use, expiring invitations. Only the SHA-256 of the token is stored. */
export const invites = pgTable(
  "invites",
  {
    id: id(),
    clinicId: uuid().notNull().references(() => clinics.id),
    kind: inviteKind().notNull(),
    /** Set for athlete invites. */
    athleteId: uuid().references(() => athletes.id),
    email: text().notNull(),
    name: text().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    /** Why it stopped working: a newer link replaced it, or a clinician withdrew it. */
    revokedReason: text().$type<"replaced" | "withdrawn">(),
    ...requestKeyColumns(),
    createdBy: uuid().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invites_request_key_uq").on(t.clinicId, t.requestKey),
    uniqueIndex("invites_token_hash_uq").on(t.tokenHash),
    index("invites_clinic_idx").on(t.clinicId),
    index("invites_athlete_idx").on(t.athleteId),
  ],
);
