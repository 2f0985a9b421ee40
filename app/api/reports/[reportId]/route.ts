import { reportDownloadResponse } from "@/server/api/report-download";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ reportId: string }> }): Promise<Response> {
  return reportDownloadResponse(req, await params);
}
