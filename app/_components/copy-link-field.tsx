"use client";

import { useRef, useState } from "react";
import { buttonClass } from "./form";

/** A read-only link with a copy button, for invites that must be passed on by hand. */
export function CopyLinkField({ id, label, value, hint }: { id: string; label: string; value: string; hint?: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      // The clipboard API needs a secure context; fall back to a selection the user can copy.
      input.current?.select();
      setState("failed");
    }
  }

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <div className="mt-1 flex flex-col gap-2 sm:flex-row">
        <input
          ref={input}
          id={id}
          type="text"
          readOnly
          value={value}
          onFocus={(e) => e.currentTarget.select()}
          aria-describedby={hint ? `${id}-hint` : undefined}
          className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm"
        />
        <button type="button" onClick={copy} className={buttonClass("secondary")}>
          {state === "copied" ? "Copied" : "Copy link"}
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <p role="status" className="mt-1 text-sm text-slate-700">
        {state === "copied" ? "Link copied to the clipboard." : state === "failed" ? "Copying is not available here: the link is selected, copy it with Ctrl+C or ⌘C." : ""}
      </p>
    </div>
  );
}
