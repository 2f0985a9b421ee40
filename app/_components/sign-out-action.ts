"use server";

import { signOut } from "@/server/auth/config";

/** Ends the session (its server-side record is revoked in the auth config's signOut event). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in" });
}
