"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import { describeError, useTRPC } from "@/app/_trpc/client";
import { useCreateMutation } from "@/app/_trpc/use-create-mutation";
import { ConfirmButton } from "./confirm-button";
import { CopyLinkField } from "./copy-link-field";

/**
 * A pending invite's actions: resend (a new link; the old one stops working) or withdraw (the link
 * then tells the person it was withdrawn). `who` names the person in the buttons' labels.
 */
export function InviteActions({ inviteId, who }: { inviteId: string; who: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const resend = useCreateMutation(trpc.invite.resend.mutationOptions({ onSuccess: () => router.refresh() }));
  const revoke = useMutation(trpc.invite.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  const issued = resend.data;

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-start gap-2">
        <button type="button" className={buttonClass("secondary")} disabled={resend.isPending} onClick={() => resend.submit({ inviteId })}>
          {resend.isPending ? "Resending…" : `Resend invite to ${who}`}
        </button>
        <ConfirmButton
          label={`Withdraw invite to ${who}`}
          confirmLabel="Confirm withdrawing"
          pendingLabel="Withdrawing…"
          explanation="The link stops working and says the invite was withdrawn. You can invite again later."
          pending={revoke.isPending}
          error={revoke.error}
          onConfirm={() => revoke.mutate({ inviteId })}
        />
      </div>
      {resend.error && <Alert>{describeError(resend.error).message}</Alert>}
      {issued?.emailed && <Alert tone="success">New invite emailed; the earlier link no longer works.</Alert>}
      {issued?.url && (
        <CopyLinkField
          id={`invite-link-${issued.inviteId}`} label="New invite link" value={issued.url}
          hint={`The earlier link no longer works. Email is not set up, so pass this link on yourself. Valid until ${formatDate(issued.expiresAt)}.`}
        />
      )}
    </div>
  );
}
