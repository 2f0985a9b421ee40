import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/app/_components/form";
import { DEMO_PASSWORD, demoLogins } from "@/server/seed/demo-logins";
import { getCurrentActor } from "@/server/auth/guards";
import { env } from "@/server/env";
import { AuthCard } from "../auth-card";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ changed?: string; email?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  if (await getCurrentActor()) redirect("/");
  const { changed, email } = await searchParams;
  const { isEmbeddedDb, STRIDECARE_DEMO } = env();
  return (
    <AuthCard title="Sign in">
      <div className="space-y-4">
        {changed && <Alert tone="success">Your password was changed. Sign in with the new one.</Alert>}
        <SignInForm defaultEmail={email} />
        <p className="text-sm text-slate-700">
          New clinic?{" "}
          <Link href="/sign-up" className="font-semibold text-brand-700 underline">
            Create a clinic account
          </Link>
        </p>
        {(isEmbeddedDb || STRIDECARE_DEMO) && (
          <section aria-labelledby="demo-logins" className="rounded-md bg-slate-100 p-4 text-sm">
            <h2 id="demo-logins" className="font-semibold">
              Demo logins
            </h2>
            <p className="mt-1 text-slate-700">
              Password for all: <code className="font-mono">{DEMO_PASSWORD}</code>
            </p>
            <ul className="mt-2 space-y-1">
              {demoLogins.map((login) => (
                <li key={login.email}>
                  {login.role}: <code className="font-mono">{login.email}</code>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </AuthCard>
  );
}
