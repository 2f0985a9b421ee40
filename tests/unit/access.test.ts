import { describe, expect, it } from "vitest";
import {
  can, permissions, roleOf, rolePermissions,
  type Actor, type Permission, type Role,
} from "@/server/domain/access";

/**
 * The permission table, written out by hand. A change to server/domain/access.ts must change this
 * table too (and the authorization matrix in tests/integration).
 */
const expected: Record<Role, Record<Permission, boolean>> = {
  owner: {
    "athlete.read": true, "athlete.readAll": true, "athlete.write": true, "athlete.invite": true,
    "caseload.assign": true, "team.read": true, "team.manage": true, "audit.read": true,
    "triage.acknowledge": true, "settings.read": true, "settings.manage": true,
    "library.read": true, "library.write": true, "portal.self": false,
  },
  therapist: {
    "athlete.read": true, "athlete.readAll": false, "athlete.write": true, "athlete.invite": true,
    "caseload.assign": false, "team.read": true, "team.manage": false, "audit.read": false,
    "triage.acknowledge": true, "settings.read": true, "settings.manage": false,
    "library.read": true, "library.write": true, "portal.self": false,
  },
  athlete: {
    "athlete.read": false, "athlete.readAll": false, "athlete.write": false, "athlete.invite": false,
    "caseload.assign": false, "team.read": false, "team.manage": false, "audit.read": false,
    "triage.acknowledge": false, "settings.read": false, "settings.manage": false,
    "library.read": false, "library.write": false, "portal.self": true,
  },
};

const actorOf = (role: Role): Actor =>
  role === "athlete"
    ? { kind: "athlete", userId: "u-1", clinicId: "c-1", athleteId: "a-1" }
    : { kind: "clinician", userId: "u-1", clinicId: "c-1", role };

const cases = (Object.keys(expected) as Role[]).flatMap((role) =>
  (Object.keys(expected[role]) as Permission[]).map((permission) => ({ role, permission, allowed: expected[role][permission] })),
);

describe("permission table", () => {
  it("declares every role and every permission of server/domain/access.ts", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(rolePermissions).sort());
    for (const role of Object.keys(expected) as Role[]) {
      expect(Object.keys(expected[role]).sort(), role).toEqual([...permissions].sort());
    }
  });

  it("grants only known permissions, each once", () => {
    for (const [role, granted] of Object.entries(rolePermissions)) {
      expect(new Set(granted).size, role).toBe(granted.length);
      for (const p of granted) expect(permissions, `${role} → ${p}`).toContain(p);
    }
  });

  it.each(cases)("$role may $permission: $allowed", ({ role, permission, allowed }) => {
    expect(can(actorOf(role), permission)).toBe(allowed);
  });
});

describe("roleOf", () => {
  it.each<[Actor, Role]>([
    [actorOf("owner"), "owner"],
    [actorOf("therapist"), "therapist"],
    [actorOf("athlete"), "athlete"],
  ])("%o is %s", (actor, role) => {
    expect(roleOf(actor)).toBe(role);
  });
});
