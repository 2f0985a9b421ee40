import Link from "next/link";

export default function TemplateNotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-2xl font-bold text-slate-900">Template not found</h1>
      <p className="text-slate-700">This template does not exist or belongs to another clinic.</p>
      <Link href="/templates" className="font-medium text-brand-700 underline">
        Back to the templates
      </Link>
    </div>
  );
}
