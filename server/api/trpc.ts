import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from "@trpc/server";
import superjson from "superjson";
import { z, ZodError } from "zod";
import type { Db } from "@/db/client";
import { can, type Actor, type AthleteActor, type ClinicianActor, type Permission } from "@/server/domain/access";
import { DomainError, type DomainErrorCode } from "@/server/domain/errors";
import { recordAudit } from "@/server/services/infra/audit";

/** Everything a procedure knows about its request. The actor is resolved from the session, never from input. */
export type TrpcContext = {
  db: Db;
  actor: Actor | null;
  now: Date;
  requestId: string;
  ip: string;
  appUrl: string;
};

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    const isZod = error.cause instanceof ZodError;
    const fieldErrors = error.cause instanceof DomainError ? error.cause.fieldErrors : undefined;
    const isInternal = error.code === "INTERNAL_SERVER_ERROR";
    return {
      message: isZod ? "Please correct the highlighted fields" : isInternal ? "Something went wrong. Please try again." : shape.message,
      code: shape.code,
      // No stack, SQL or internals ever leave the server.
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        zodError: isZod ? z.flattenError(error.cause as ZodError) : fieldErrors ? { formErrors: [], fieldErrors } : null,
      },
    };
  },
});

export const createTRPCRouter = t.router;
export const createCallerFactory = t.createCallerFactory;

const codeMap: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  NOT_FOUND: "NOT_FOUND",
  FORBIDDEN: "FORBIDDEN",
  CONFLICT: "CONFLICT",
  INVALID_STATE: "PRECONDITION_FAILED",
  BAD_INPUT: "BAD_REQUEST",
  TOO_MANY_REQUESTS: "TOO_MANY_REQUESTS",
};

/** Every refusal leaves an audit event naming the procedure that was refused. */
async function auditDenial(ctx: TrpcContext, path: string): Promise<void> {
  await recordAudit(ctx.db, ctx, { action: path, outcome: "denied" });
}

/** The one place where service errors become transport errors. */
const mapDomainErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof DomainError) {
      if (cause.code === "NOT_FOUND" || cause.code === "FORBIDDEN") await auditDenial(ctx, path);
      throw new TRPCError({ code: codeMap[cause.code], message: cause.message, cause });
    }
    if (result.error.code === "INTERNAL_SERVER_ERROR") {
      console.error(`[trpc] ${path} failed (request ${ctx.requestId})`, result.error.cause ?? result.error);
    }
  }
  return result;
});

const baseProcedure = t.procedure.use(mapDomainErrors);

export const publicProcedure = baseProcedure;

/** Anyone signed in (clinician or athlete). */
export const authedProcedure = baseProcedure.use(async ({ ctx, path, next }) => {
  if (!ctx.actor) {
    await auditDenial(ctx, path);
    throw new TRPCError({ code: "UNAUTHORIZED", message: "Sign in to continue" });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

export const clinicianProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  if (ctx.actor.kind !== "clinician") {
    await auditDenial(ctx, path);
    throw new TRPCError({ code: "FORBIDDEN", message: "This is for clinic staff" });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as ClinicianActor } });
});

export const athleteProcedure = authedProcedure.use(async ({ ctx, path, next }) => {
  if (ctx.actor.kind !== "athlete") {
    await auditDenial(ctx, path);
    throw new TRPCError({ code: "FORBIDDEN", message: "This is for athletes" });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor as AthleteActor } });
});

/** Checks the role's permission table (server/domain/access.ts); rows are scoped later in services. */
export function requirePermission(permission: Permission) {
  return t.middleware(async ({ ctx, path, next }) => {
    if (!ctx.actor || !can(ctx.actor, permission)) {
      await auditDenial(ctx, path);
      throw new TRPCError({ code: "FORBIDDEN", message: "You do not have permission to do that" });
    }
    return next();
  });
}
