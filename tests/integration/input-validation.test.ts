import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { athletes } from "@/db/schema";
import { auditEventsOf } from "../helpers/audit";
import { callerFor, type Caller } from "../helpers/caller";
import { useTestDb } from "../helpers/db";
import { athleteFieldsFixture, createClinicFixture, type ClinicFixture } from "../helpers/factories";

const db = useTestDb();

const athleteCount = async (clinicId: string) =>
  (await db().select({ n: sql<number>`count(*)::int` }).from(athletes).where(eq(athletes.clinicId, clinicId)))[0]!.n;

type Case = { name: string; call: (api: Caller, fx: ClinicFixture) => Promise<unknown>; path: string };

const cases: Case[] = [
  { name: "athlete.get with a non-uuid id", path: "athleteId", call: (api) => api.athlete.get({ athleteId: "1 OR 1=1" }) },
  { name: "athlete.archive with a non-uuid id", path: "athleteId", call: (api) => api.athlete.archive({ athleteId: "42" }) },
  { name: "athlete.create with negative weeklyKm", path: "weeklyKm", call: (api) => api.athlete.create({ ...athleteFieldsFixture({ weeklyKm: -5 }), requestKey: randomUUID() }) },
  { name: "athlete.create with a bad birth date", path: "dateOfBirth", call: (api) => api.athlete.create({ ...athleteFieldsFixture({ dateOfBirth: "17/05/1990" }), requestKey: randomUUID() }) },
  { name: "athlete.create with an impossible goal date", path: "goalDate", call: (api) => api.athlete.create({ ...athleteFieldsFixture({ goalDate: "2027-13-01" }), requestKey: randomUUID() }) },
  { name: "athlete.create with a bad email", path: "email", call: (api) => api.athlete.create({ ...athleteFieldsFixture({ email: "not-an-email" }), requestKey: randomUUID() }) },
  {
    name: "athlete.update with negative weeklyKm", path: "weeklyKm",
    call: (api, fx) => api.athlete.update({ ...athleteFieldsFixture({ weeklyKm: -0.5 }), athleteId: fx.athlete.athlete.id, version: 1 }),
  },
  { name: "invite.accept with a malformed token", path: "token", call: (api) => api.invite.accept({ token: "short", password: "a brand new passphrase 42" }) },
];

describe("malformed input", () => {
  it.each(cases)("$name → BAD_REQUEST with a ZodError naming $path, nothing written", async ({ call, path }) => {
    const fx = await createClinicFixture(db());
    const requestId = randomUUID();
    const before = await athleteCount(fx.clinicId);

    const error = await call(callerFor(db(), fx.therapist, new Date(), { requestId }), fx).then(
      () => { throw new Error("expected the call to fail"); },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("BAD_REQUEST");
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(ZodError);
    expect((cause as ZodError).issues.map((i) => i.path.join("."))).toContain(path);

    expect(await athleteCount(fx.clinicId)).toBe(before);
    expect(await auditEventsOf(db(), requestId)).toEqual([]);
    const [unchanged] = await db().select().from(athletes).where(eq(athletes.id, fx.athlete.athlete.id));
    expect(unchanged!.version).toBe(1);
  });

  it("checks who is calling before the input: anonymous with bad input is UNAUTHORIZED", async () => {
    await expect(callerFor(db(), null).athlete.get({ athleteId: "nope" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
