"use client";

import { useId, useRef, useState } from "react";
import { buttonClass } from "@/app/_components/form";
import { useOutbox } from "./outbox-provider";
import type { OutboxEntry } from "./store";

/**
 * What is still on this phone: entries waiting to be sent (with "Send now"), and entries the server
 * refused (with their reason and "Discard"). Renders nothing visible when the outbox is empty.
 */
export function OutboxStatus() {
  const { entries, flush } = useOutbox();
  const headingId = useId();
  const [isSending, setIsSending] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  // A notice about the last "Send now" is stale once the entries change.
  const [noticeFor, setNoticeFor] = useState(entries);
  if (noticeFor !== entries) {
    setNoticeFor(entries);
    setNotice(null);
  }

  const waiting = entries.filter((e) => e.state === "waiting");
  const rejected = entries.filter((e) => e.state === "rejected");

  async function sendNow() {
    setIsSending(true);
    setNotice(null);
    const report = await flush();
    setIsSending(false);
    if (report.retryLater) setNotice("Not sent yet. It will be sent automatically when the connection is back.");
  }

  const summary = [
    waiting.length ? `${countOf(waiting.length)} waiting to send.` : "",
    rejected.length ? `${countOf(rejected.length)} could not be sent.` : "",
    notice ?? "",
  ].join(" ").trim();

  return (
    <>
      {/* Always mounted so that changes are announced; the card below carries the same facts visibly. */}
      <p role="status" className="sr-only">
        {summary}
      </p>
      {entries.length > 0 && (
        <section aria-labelledby={headingId} className="space-y-4 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 shadow-sm">
          <h2 id={headingId} className="text-base font-semibold">
            {waiting.length > 0 ? `Waiting to send (${waiting.length})` : `Not sent (${rejected.length})`}
          </h2>
          {waiting.length > 0 && (
            <div className="space-y-3">
              <p className="text-sm">Saved on this phone. It will be sent when you are back online.</p>
              <ul className="divide-y divide-amber-200 rounded-md border border-amber-200 bg-white">
                {waiting.map((entry) => (
                  <li key={entry.clientId} className="flex min-h-11 flex-wrap items-center justify-between gap-x-3 gap-y-1 px-3 py-2">
                    <span className="font-medium text-slate-900">{entry.label}</span>
                    <span className="text-sm text-amber-900">Waiting to send</span>
                    {entry.attempts > 0 && entry.error && <span className="w-full text-sm text-slate-700">Last try: {entry.error}</span>}
                  </li>
                ))}
              </ul>
              {notice && <p className="text-sm">{notice}</p>}
              <button type="button" onClick={() => void sendNow()} disabled={isSending} className={`${buttonClass("secondary")} min-h-11 w-full`}>
                {isSending ? "Sending…" : "Send now"}
              </button>
            </div>
          )}
          {rejected.length > 0 && (
            <div className="space-y-3">
              {waiting.length > 0 && <h3 className="text-base font-semibold">Not sent ({rejected.length})</h3>}
              <p className="text-sm">StrideCare refused these entries. They stay on this phone until you discard them.</p>
              <ul className="space-y-3">
                {rejected.map((entry) => (
                  <RejectedEntry key={entry.clientId} entry={entry} />
                ))}
              </ul>
            </div>
          )}
        </section>
      )}
    </>
  );
}

function RejectedEntry({ entry }: { entry: OutboxEntry }) {
  const { discard } = useOutbox();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isDiscarding, setIsDiscarding] = useState(false);
  const discardButton = useRef<HTMLButtonElement>(null);
  const confirmId = useId();

  async function confirmDiscard() {
    setIsDiscarding(true);
    try {
      await discard(entry.clientId);
    } finally {
      setIsDiscarding(false);
    }
  }

  function keep() {
    setIsConfirming(false);
    discardButton.current?.focus();
  }

  return (
    <li className="space-y-2 rounded-md border border-red-300 bg-white p-3">
      <p className="font-medium text-slate-900">{entry.label}</p>
      <p className="text-sm text-red-800">Not sent: {entry.error ?? "StrideCare refused this entry."}</p>
      <button
        ref={discardButton}
        type="button"
        onClick={() => setIsConfirming((open) => !open)}
        aria-label={`Discard ${entry.label}`}
        aria-expanded={isConfirming}
        aria-controls={isConfirming ? confirmId : undefined}
        className={`${buttonClass("danger")} min-h-11 w-full`}
      >
        Discard
      </button>
      {isConfirming && (
        <div id={confirmId} role="group" aria-label={`Confirm discarding ${entry.label}`} className="space-y-2">
          <p className="text-sm text-slate-800">Delete this entry from this phone? It has not reached your physio, and this cannot be undone.</p>
          <div className="flex gap-2">
            <button type="button" onClick={() => void confirmDiscard()} disabled={isDiscarding} className={`${buttonClass("danger")} min-h-11 flex-1`}>
              Yes, discard
            </button>
            <button type="button" onClick={keep} disabled={isDiscarding} className={`${buttonClass("secondary")} min-h-11 flex-1`}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}

function countOf(n: number): string {
  return n === 1 ? "1 entry" : `${n} entries`;
}
