import type { Metadata } from "next";
import Link from "next/link";
import { toLibrary } from "@/app/_components/program/items";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { TemplateForm } from "../template-form";

export const metadata: Metadata = { title: "New template" };

export default async function NewTemplatePage() {
  await requireClinician("library.write");
  const exercises = await (await api()).exercise.list({ includeArchived: true });

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <p>
          <Link href="/templates" className="text-sm font-medium text-brand-700 underline">
            Back to the templates
          </Link>
        </p>
        <h1 className="text-2xl font-bold text-slate-900">New template</h1>
      </div>
      <TemplateForm library={toLibrary(exercises)} />
    </div>
  );
}
