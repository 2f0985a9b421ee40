"use client";

import { useRouter } from "next/navigation";
import { CopyLinkField } from "@/app/_components/copy-link-field";
import { Alert, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import { InviteActions } from "@/app/_components/invite-actions";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";

type Props = {
  athleteId: string;
  email: string | null;
  hasPortalAccount: boolean;
  isArchived: boolean;
  pendingInviteExpiresAt: Date | null;
  pendingInviteId: string | null;
};

/** The athlete's portal access: active, or an invite to send (by email, or as a link to pass on). */
export function PortalSection({ athleteId, email, hasPortalAccount, isArchived, pendingInviteExpiresAt, pendingInviteId }: Props) {
  const trpc = useTRPC();
  const router = useRouter();
  const invite = useCreateMutation(trpc.invite.create.mutationOptions({ onSuccess: () => router.refresh() }));

  if (hasPortalAccount) return <p className="text-slate-800">Portal account active</p>;
  if (isArchived) return <p className="text-slate-700">Restore the athlete to invite them to the portal.</p>;

  const issued = invite.data;
  return (
    <div className="space-y-3">
      {pendingInviteExpiresAt && pendingInviteId && !issued ? (
        <>
          <p className="text-slate-800">Invite sent, valid until {formatDate(pendingInviteExpiresAt)}.</p>
          <InviteActions inviteId={pendingInviteId} who="the athlete" />
        </>
      ) : (
        <button
          type="button"
          disabled={!email || invite.isPending}
          aria-describedby={email ? undefined : "invite-needs-email"}
          onClick={() => invite.submit({ athleteId })}
          className={buttonClass()}
        >
          {invite.isPending ? "Creating invite…" : "Invite to portal"}
        </button>
      )}
      {!email && (
        <p id="invite-needs-email" className="text-sm text-slate-600">
          Add an email address to the profile to invite this athlete.
        </p>
      )}
      {invite.error && <Alert>{describeError(invite.error).message}</Alert>}
      {issued?.emailed && <Alert tone="success">Invite emailed to {email}</Alert>}
      {issued?.url && (
        <CopyLinkField
          id="invite-link" label="Invite link" value={issued.url}
          hint={`Email is not set up, so pass this link on to the athlete yourself. Valid until ${formatDate(issued.expiresAt)}.`}
        />
      )}
    </div>
  );
}
