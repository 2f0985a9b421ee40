import "server-only";
import { getCurrentActor } from "@/server/auth/guards";
import { requestMeta } from "@/server/auth/request-meta";
import { can } from "@/server/domain/access";
import { DomainError } from "@/server/domain/errors";
import { reportIdInput } from "@/server/domain/reports/schemas";
import { getAppDb } from "@/server/db";
import { recordAudit } from "@/server/services/infra/audit";
import { downloadReport } from "@/server/services/use-cases/report";

/**
 * GET /api/reports/[reportId]: an issued report's PDF, exactly as issued. `?download=1` saves it;
 * otherwise the browser shows it to read or print. Clinicians who may see the athlete, or the athlete
 * once it is released to them; anyone else gets 404, audited as a refused download.
 */
export async function reportDownloadResponse(req: Request, params: { reportId: string }): Promise<Response> {
  const actor = await getCurrentActor();
  if (!actor) return Response.json({ error: { message: "Sign in to continue" } }, { status: 401 });
  const { db } = await getAppDb();
  const ctx = { db, actor, now: new Date(), ...requestMeta(req.headers) };
  const input = reportIdInput.safeParse(params);
  try {
    if (!input.success || !can(actor, actor.kind === "athlete" ? "portal.self" : "athlete.read")) throw new DomainError("NOT_FOUND", "Report not found");
    const { filename, pdf } = await downloadReport(ctx, input.data);
    const disposition = new URL(req.url).searchParams.get("download") === "1" ? "attachment" : "inline";
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `${disposition}; filename="${filename}"`,
        // Patient data: never kept by shared caches or the browser's disk cache.
        "Cache-Control": "private, no-store",
      },
    });
  } catch (e) {
    if (!(e instanceof DomainError && e.code === "NOT_FOUND")) throw e;
    await recordAudit(db, ctx, { action: "report.download", entity: "report", outcome: "denied" });
    return Response.json({ error: { message: "Report not found" } }, { status: 404 });
  }
}
