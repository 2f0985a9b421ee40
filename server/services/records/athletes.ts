import { asc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { caseloadAssignments, users } from "@/db/schema";

/** The therapists of each athlete, by name. Pass ids from a scoped list. */
export async function therapistsByAthlete(db: DbOrTx, athleteIds: string[]) {
  const map = new Map<string, { userId: string; name: string }[]>();
  if (athleteIds.length === 0) return map;
  const rows = await db
    .select({ athleteId: caseloadAssignments.athleteId, userId: users.id, name: users.name })
    .from(caseloadAssignments)
    .innerJoin(users, eq(users.id, caseloadAssignments.therapistUserId))
    .where(inArray(caseloadAssignments.athleteId, athleteIds))
    .orderBy(asc(users.name));
  for (const r of rows) map.set(r.athleteId, [...(map.get(r.athleteId) ?? []), { userId: r.userId, name: r.name }]);
  return map;
}
