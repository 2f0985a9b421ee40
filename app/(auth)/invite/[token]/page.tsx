import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { Alert } from "@/app/_components/form";
import { api } from "@/app/_trpc/server";
import { AuthCard } from "../../auth-card";
import { AcceptInviteForm } from "./accept-invite-form";

export const metadata: Metadata = { title: "Accept invite" };

type Props = { params: Promise<{ token: string }> };

const problems = {
  invalid: "This invite link is not valid. Check that you copied all of it.",
  expired: "This invite link has expired. Ask your clinic to send a new one.",
  used: "This invite link has already been used.",
  revoked: "This invite link was replaced by a newer one. Use the latest link your clinic sent.",
  withdrawn: "This invite was withdrawn by your clinic. Contact them if you still need access.",
} as const;

export default async function InvitePage({ params }: Props) {
  const { token } = await params;
  const trpc = await api();
  const info = await trpc.invite.inspect({ token }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return { status: "invalid" as const };
    throw error;
  });

  if (info.status !== "usable") {
    return (
      <AuthCard title="Invite link">
        <div className="space-y-4">
          <Alert>{problems[info.status]}</Alert>
          <Link href="/sign-in" className="font-semibold text-brand-700 underline">
            Go to sign in
          </Link>
        </div>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={`Welcome, ${info.name}`}>
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          {info.clinicName} invited you to StrideCare
          {info.kind === "therapist" ? " as a therapist" : " to follow your running plan and log how your feet feel"}. Choose a
          password for <strong>{info.email}</strong>.
        </p>
        <AcceptInviteForm token={token} email={info.email} />
      </div>
    </AuthCard>
  );
}
