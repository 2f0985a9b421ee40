import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/app/_components/form";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";

export const metadata: Metadata = { title: "Program templates" };

export default async function TemplatesPage() {
  const actor = await requireClinician("library.read");
  const templates = await (await api()).template.list();
  const canWrite = can(actor, "library.write");

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="space-y-2">
          <h1 className="text-2xl font-bold text-slate-900">Program templates</h1>
          <p className="max-w-3xl text-sm text-slate-700">
            Reusable exercise programs of your clinic. Starting a program from a template copies its exercises; changing the
            template later does not change programs already started.
          </p>
        </div>
        {canWrite && (
          <Link href="/templates/new" className={buttonClass()}>
            New template
          </Link>
        )}
      </div>
      {templates.length === 0 ? (
        <p className="text-slate-700">No templates yet.{canWrite ? " Create one with New template." : ""}</p>
      ) : (
        <DataTable caption={`Templates (${templates.length})`} captionHidden>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={thClass}>
                Template
              </th>
              <th scope="col" className={thClass}>
                Exercises
              </th>
              <th scope="col" className={thClass}>
                Description
              </th>
              <th scope="col" className={thClass}>
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200">
            {templates.map((t) => (
              <tr key={t.id}>
                <th scope="row" className="px-3 py-2 text-left align-top text-sm font-medium text-slate-900">
                  {t.name}
                </th>
                <td className={tdClass}>{t.items.length}</td>
                <td className={`${tdClass} max-w-md`}>{t.description ?? <span className="text-slate-600">No description</span>}</td>
                <td className={tdClass}>
                  <Link href={`/templates/${t.id}`} className="font-medium text-brand-700 underline">
                    {canWrite ? "Edit" : "View"}
                    <span className="sr-only"> {t.name}</span>
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
