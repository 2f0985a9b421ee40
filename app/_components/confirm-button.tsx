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
};

/** A destructive action that asks for a second click on the same button instead of a browser dialog. */
export function ConfirmButton({ label, confirmLabel, pendingLabel, explanation, pending, error, onConfirm }: Props) {
  const [isConfirming, setIsConfirming] = useState(false);
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
          className={buttonClass("danger")}
        >
          {pending ? pendingLabel : isConfirming ? confirmLabel : label}
        </button>
        {isConfirming && !pending && (
          <button type="button" onClick={() => setIsConfirming(false)} className={buttonClass("secondary")}>
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
