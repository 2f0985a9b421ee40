import { eq, sql } from "drizzle-orm";
import { hashPassword } from "@/server/services/infra/passwords";
import type { Db } from "@/db/client";
import { DEMO_PASSWORD } from "./demo-logins";
import { seedDemoClinicalRecord } from "./seed-clinical";
import { seedDemoHistory } from "./seed-demo-history";
import { athletes, caseloadAssignments, clinics, clinicSettings, memberships, users } from "@/db/schema";

type DemoAthlete = Omit<typeof athletes.$inferInsert, "clinicId">;

const demoAthletes: DemoAthlete[] = [
  { firstName: "Jordan", lastName: "Rivera", dateOfBirth: "1991-04-18", sex: "female", email: "athlete@demo.clinic", weeklyKm: 32, yearsRunning: 6, goalRace: "Berlin Half Marathon", goalDate: "2027-04-04", usualSurface: "road" },
  { firstName: "Marcus", lastName: "Okafor", dateOfBirth: "1984-09-02", sex: "male", email: "marcus.okafor@example.com", weeklyKm: 55, yearsRunning: 14, goalRace: "Valencia Marathon", goalDate: "2027-12-05", usualSurface: "road" },
  { firstName: "Aiko", lastName: "Tanaka", dateOfBirth: "1996-01-27", sex: "female", email: "aiko.tanaka@example.com", weeklyKm: 40, yearsRunning: 4, goalRace: "Lakeland 50 (trail)", goalDate: "2027-07-24", usualSurface: "trail" },
  { firstName: "Liam", lastName: "Byrne", dateOfBirth: "1978-11-13", sex: "male", email: null, weeklyKm: 20, yearsRunning: 22, goalRace: "Parkrun sub-25", goalDate: null, usualSurface: "mixed" },
  { firstName: "Sofia", lastName: "Marquez", dateOfBirth: "2002-06-09", sex: "female", email: "sofia.marquez@example.com", weeklyKm: 48, yearsRunning: 8, goalRace: "National 10k Championships", goalDate: "2027-06-13", usualSurface: "track" },
  { firstName: "Priya", lastName: "Nair", dateOfBirth: "1988-03-30", sex: "female", email: "priya.nair@example.com", weeklyKm: 12, yearsRunning: 1, goalRace: "First 10k", goalDate: "2027-03-21", usualSurface: "treadmill" },
];

/** Seeds the demo clinic once; returns false when it is already there. */
export async function seedDemo(db: Db): Promise<boolean> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, "owner@demo.clinic")).limit(1);
  if (existing) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const seeded = await db.transaction(async (tx) => {
    const [clinic] = await tx.insert(clinics).values({ name: "Demo Clinic" }).returning({ id: clinics.id });
    const clinicId = clinic!.id;
    await tx.insert(clinicSettings).values({ clinicId });
    const [owner, therapist, athleteUser] = await tx
      .insert(users)
      .values([
        { email: "owner@demo.clinic", name: "Dr. Maya Chen", passwordHash },
        { email: "therapist@demo.clinic", name: "Sam Patel", passwordHash },
        { email: "athlete@demo.clinic", name: "Jordan Rivera", passwordHash },
      ])
      .returning({ id: users.id });
    await tx.insert(memberships).values([
      { clinicId, userId: owner!.id, role: "owner" },
      { clinicId, userId: therapist!.id, role: "therapist" },
    ]);
    const rows = await tx
      .insert(athletes)
      .values(demoAthletes.map((a, i) => ({ ...a, clinicId, userId: i === 0 ? athleteUser!.id : null })))
      .returning({ id: athletes.id });
    // The therapist carries every demo athlete but the last, whom the owner has not assigned yet.
    await tx.insert(caseloadAssignments).values(rows.slice(0, -1).map((r) => ({ clinicId, athleteId: r.id, therapistUserId: therapist!.id })));
    await seedDemoClinicalRecord(tx, { clinicId, athleteId: rows[0]!.id, therapistId: therapist!.id });
    return { clinicId, therapistId: therapist!.id, athletes: { okafor: rows[1]!.id, tanaka: rows[2]!.id } };
  });
  // Made through the app's own procedures and engine, so it needs the committed clinic above.
  await seedDemoHistory(db, seeded);
  return true;
}
