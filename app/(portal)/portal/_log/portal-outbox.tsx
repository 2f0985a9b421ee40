"use client";

import { useCallback, type ReactNode } from "react";
import { describeError, useTRPCClient, type FieldErrors } from "@/app/_trpc/client";
import type { RouterInputs, RouterOutputs } from "@/app/_components/router-types";
import { OutboxProvider, useOutbox } from "@/app/_components/outbox/outbox-provider";
import type { SendEntry } from "@/app/_components/outbox/flush";

type Portal = { [K in PortalKind]: { input: RouterInputs["portal"][K]; output: RouterOutputs["portal"][K] } };
/** The portal writes that go through the outbox: each carries its own idempotency key (`clientId`). */
export type PortalKind = "log" | "correctLog" | "answerNextMorning" | "submitChecklist";

/** The device outbox of the signed-in athlete, sending each kind of entry to its portal mutation. */
export function PortalOutbox({ userId, children }: { userId: string; children: ReactNode }) {
  const client = useTRPCClient();
  const send = useCallback<SendEntry>(
    (kind, input) => {
      switch (kind as PortalKind) {
        case "log": return client.portal.log.mutate(input as Portal["log"]["input"]);
        case "correctLog": return client.portal.correctLog.mutate(input as Portal["correctLog"]["input"]);
        case "answerNextMorning": return client.portal.answerNextMorning.mutate(input as Portal["answerNextMorning"]["input"]);
        case "submitChecklist": return client.portal.submitChecklist.mutate(input as Portal["submitChecklist"]["input"]);
        default: return Promise.reject(new Error(`Unknown kind of entry: ${kind}`));
      }
    },
    [client],
  );
  return (
    <OutboxProvider key={userId} userId={userId} send={send}>
      {children}
    </OutboxProvider>
  );
}

/** What became of a portal entry: sent (with the server's answer), kept on the device, or refused. */
export type Sent<K extends PortalKind> =
  | { status: "sent"; result: Portal[K]["output"] }
  | { status: "queued" }
  | { status: "rejected"; message: string; fieldErrors: FieldErrors };

/** Typed submission of portal entries through the outbox. */
export function usePortalSubmit() {
  const { submit } = useOutbox();
  return useCallback(
    async <K extends PortalKind>(kind: K, input: Portal[K]["input"], label: string): Promise<Sent<K>> => {
      const outcome = await submit(kind, input as unknown as { clientId: string }, label);
      if (outcome.status === "sent") return { status: "sent", result: outcome.result as Portal[K]["output"] };
      if (outcome.status === "queued") return { status: "queued" };
      return { status: "rejected", ...describeError(outcome.error) };
    },
    [submit],
  );
}

/** A fresh idempotency key for a new entry. */
export const newClientId = (): string => crypto.randomUUID();
