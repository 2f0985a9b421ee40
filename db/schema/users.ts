import { sql } from "drizzle-orm";
import { index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id, timestamps } from "./columns";

/** A person who can sign in: clinician (see memberships) or athlete (see athletes.user_id). */
export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    /** A clinician's professional registration (e.g. "HCPC PH123456"), printed on reports they sign. */
    registration: text(),
    passwordHash: text().notNull(),
    disabledAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ...timestamps(),
  },
  (t) => [uniqueIndex("users_email_uq").on(sql`lower(${t.email})`)],
);

/**
 * Server-side record of each signed-in session. Credential sessions are JWTs, so revocation,
 * idle and absolute limits are enforced against this row on every request.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: id(),
    userId: uuid().notNull().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

/** Failed sign-ins, kept in the database so every app server applies the same throttle. */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: id(),
    /** "account:<lower email>" or "ip:<address>" */
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sign_in_failures_key_at_idx").on(t.key, t.at)],
);
