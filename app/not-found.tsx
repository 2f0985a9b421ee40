import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="mt-4 inline-block font-semibold text-brand-700 underline">
        Go to your home page
      </Link>
    </main>
  );
}
