import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/server/auth/guards";
import { AuthCard } from "../auth-card";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create a clinic" };

export default async function SignUpPage() {
  if (await getCurrentActor()) redirect("/");
  return (
    <AuthCard title="Create a clinic account">
      <div className="space-y-4">
        <p className="text-sm text-slate-700">You will be the clinic owner and can add your therapists afterwards.</p>
        <SignUpForm />
        <p className="text-sm text-slate-700">
          Already have an account?{" "}
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Sign in
          </Link>
        </p>
      </div>
    </AuthCard>
  );
}
