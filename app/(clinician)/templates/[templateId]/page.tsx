import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { Alert } from "@/app/_components/form";
import { firstParam } from "@/app/_components/format";
import { toLibrary } from "@/app/_components/program/items";
import { ProgramItemsTable } from "@/app/_components/program/program-items-table";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { templateIdInput } from "@/server/domain/programs/schemas";
import { TemplateForm } from "../template-form";
import { ArchiveTemplateButton } from "./archive-template-button";

export const metadata: Metadata = { title: "Program template" };

type Params = Promise<{ templateId: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TemplatePage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const actor = await requireClinician("library.read");
  const { templateId } = await params;
  if (!templateIdInput.safeParse({ templateId }).success) notFound();
  const isCreated = firstParam((await searchParams).created) === "1";

  const trpc = await api();
  const template = await orNotFound(trpc.template.get({ templateId }));
  const isArchived = template.archivedAt !== null;
  const canEdit = can(actor, "library.write") && !isArchived;
  const library = canEdit ? toLibrary(await trpc.exercise.list({ includeArchived: true })) : [];

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p>
          <Link href="/templates" className="text-sm font-medium text-brand-700 underline">
            Back to the templates
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-bold text-slate-900">{template.name}</h1>
          {isArchived && <Badge tone="warning">Archived</Badge>}
        </div>
        <p className="text-sm text-slate-600">Program template · version {template.version}</p>
      </div>
      {isCreated && <Alert tone="success">Template created. It is now offered when starting a program.</Alert>}

      {canEdit ? (
        <>
          <section aria-labelledby="edit-heading" className="space-y-4">
            <h2 id="edit-heading" className="sr-only">
              Edit template
            </h2>
            <TemplateForm library={library} template={template} />
          </section>
          <section aria-labelledby="archive-heading" className="space-y-3 border-t border-slate-200 pt-6">
            <h2 id="archive-heading" className="text-lg font-semibold text-slate-900">
              Archive
            </h2>
            <p className="max-w-3xl text-sm text-slate-700">
              An archived template is no longer offered when starting a program. Programs already started from it keep their
              exercises.
            </p>
            <ArchiveTemplateButton templateId={template.id} />
          </section>
        </>
      ) : (
        <div className="space-y-4">
          {isArchived && <p className="text-slate-700">This template is archived and can no longer be changed or used to start a program.</p>}
          {template.description && <p className="max-w-3xl text-slate-800">{template.description}</p>}
          <ProgramItemsTable caption="Exercises" items={template.items} />
        </div>
      )}
    </div>
  );
}
