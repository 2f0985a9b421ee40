"use client";

import { clearDeviceDrafts } from "./device-drafts";
import { clearStoredSafety } from "./safety/stored-safety";
import { clearOfflineCaches } from "./outbox/service-worker";
import { signOutAction } from "./sign-out-action";

/** Signs out; portal pages kept on the device for offline use, and unsent form drafts, go with the session. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction} onSubmit={() => {
      clearDeviceDrafts();
      clearStoredSafety();
      void clearOfflineCaches();
    }}>
      <button type="submit" className={className ?? "rounded-md px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100"}>
        Sign out
      </button>
    </form>
  );
}
