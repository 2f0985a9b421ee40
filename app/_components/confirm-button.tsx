"use client";

import { useState } from "react";
import { describeError } from "@/app/_trpc/client";
import { Alert, buttonClass } from "./form";

type Props = {
  label: string;
  confirmLabel: string;
  pendingLabel: string;
  /** Said (and announced) while waiting for the second click. */
  explanation: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  /** Said to screen readers after the button's text when a list has one button per row ("Disable: Jo Bloggs"). */
  subject?: string;
  small?: boolean;
};

/** A destructive action that asks for a second click on the same button instead of a browser dialog. */
export function ConfirmButton({ label, confirmLabel, pendingLabel, explanation, pending, error, onConfirm, subject, small }: Props) {
  const [isConfirming, setIsConfirming] = useState(false);
  const text = pending ? pendingLabel : isConfirming ? confirmLabel : label;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => {
            if (!isConfirming) return setIsConfirming(true);
            setIsConfirming(false);
            onConfirm();
          }}
          // The visible text starts the name, so voice control still finds the button by what it says.
          aria-label={subject ? `${text}: ${subject}` : undefined}
          className={`${buttonClass("danger")}${small ? " px-3 py-1" : ""}`}
        >
          {text}
        </button>
        {isConfirming && !pending && (
          <button type="button" onClick={() => setIsConfirming(false)} className={`${buttonClass("secondary")}${small ? " px-3 py-1" : ""}`}>
            Cancel
          </button>
        )}
      </div>
      <p role="status" className="text-sm text-slate-700">
        {isConfirming ? explanation : ""}
      </p>
      {error ? <Alert>{describeError(error).message}</Alert> : null}
    </div>
  );
}
