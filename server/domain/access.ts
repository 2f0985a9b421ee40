/**
 * NOTE: authorization rules. Any change here must come with new rows in the authorization tests
 * (tests/unit/access.test.ts and tests/integration/authorization-matrix.test.ts).
 */

export type ClinicianRole = "owner" | "therapist";
export type Role = ClinicianRole | "athlete";

export type ClinicianActor = { kind: "clinician"; userId: string; clinicId: string; role: ClinicianRole };
export type AthleteActor = { kind: "athlete"; userId: string; clinicId: string; athleteId: string };
export type Actor = ClinicianActor | AthleteActor;

export const permissions = [
  "athlete.read",
  /** See every athlete of the clinic, not only the own caseload. */
  "athlete.readAll",
  "athlete.write",
  "athlete.invite",
  "caseload.assign",
  "team.read",
  "team.manage",
  "audit.read",
  /** Acknowledge a red flag with what was done (docs/clinical-rules.md R8.6). */
  "triage.acknowledge",
  "settings.read",
  "settings.manage",
  /** The clinic's exercise library and program templates (no patient data). */
  "library.read",
  "library.write",
  "portal.self",
] as const;
export type Permission = (typeof permissions)[number];

/** The permission table: what each role may do. Row-level scope is applied in services/scope.ts. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  owner: [
    "athlete.read", "athlete.readAll", "athlete.write", "athlete.invite",
    "caseload.assign", "team.read", "team.manage", "audit.read", "triage.acknowledge", "settings.read", "settings.manage",
    "library.read", "library.write",
  ],
  therapist: ["athlete.read", "athlete.write", "athlete.invite", "team.read", "triage.acknowledge", "settings.read", "library.read", "library.write"],
  athlete: ["portal.self"],
};

export function roleOf(actor: Actor): Role {
  return actor.kind === "athlete" ? "athlete" : actor.role;
}

/** Whether the actor's role grants the permission. */
export function can(actor: Actor, permission: Permission): boolean {
  return rolePermissions[roleOf(actor)].includes(permission);
}
