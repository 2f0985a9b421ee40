/**
 * Benchmark of the caseload dashboard on the large seed (`npm run db:seed -- --scale large`), against
 * a baseline measured in the same run: one `select 1` round trip and one single-row read. Run with
 * DATABASE_URL set to a PostgreSQL database holding the large clinic: `npm run bench:caseload`.
 * Reports median and p95 in milliseconds and the number of SQL statements per page.
 */
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { openConfiguredDb } from "@/server/open-db";
import { clinics, memberships, users } from "@/db/schema";
import { createCaller } from "@/server/api/root";
import type { ClinicianActor } from "@/server/domain/access";
import { countingDb } from "../helpers/query-count";
import { time } from "./stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

async function timed(label: string, fn: () => Promise<unknown>): Promise<{ label: string; median: number; p95: number }> {
  const { median, p95 } = await time(fn, RUNS);
  return { label, median, p95 };
}

async function main(): Promise<void> {
  const handle = await openConfiguredDb();
  const db = handle.db;
  try {
    const [clinic] = await db.select().from(clinics).where(eq(clinics.name, "Large Clinic")).limit(1);
    if (!clinic) throw new Error("No Large Clinic: run `npm run db:seed -- --scale large` first");
    const staff = await db
      .select({ userId: users.id, role: memberships.role, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.clinicId, clinic.id)));
    const owner = staff.find((s) => s.role === "owner")!;
    const therapist = staff.find((s) => s.role === "therapist")!;
    const actor = (s: typeof owner): ClinicianActor => ({ kind: "clinician", userId: s.userId, clinicId: clinic.id, role: s.role });
    const caller = (s: typeof owner, database = db) =>
      createCaller({ db: database, actor: actor(s), now: new Date(), requestId: randomUUID(), ip: "127.0.0.1", appUrl: "http://localhost" });

    const results = [
      await timed("baseline: select 1", () => db.execute(sql`select 1`)),
      await timed("baseline: one athlete row", () => caller(therapist).athlete.list({ search: "zzzz-no-match" })),
      await timed("caseload, therapist (200 athletes), page 1", () => caller(therapist).caseload.list({})),
      await timed("caseload, owner (10,000 athletes), page 1", () => caller(owner).caseload.list({})),
      await timed("caseload, owner, page 200", () => caller(owner).caseload.list({ page: 200 })),
      await timed("caseload, owner, red-run alerts only", () => caller(owner).caseload.list({ alert: "red-run" })),
    ];
    const counting = countingDb(db);
    await caller(owner, counting.db).caseload.list({});
    const base = results[1]!.median;
    console.info(`runs per case: ${RUNS}`);
    for (const r of results) console.info(`${r.label.padEnd(48)} median ${String(r.median).padStart(7)} ms  p95 ${String(r.p95).padStart(7)} ms  (${(r.median / base).toFixed(1)} × one-row read)`);
    console.info(`SQL statements for one caseload page: ${counting.count()}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
