"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/server/auth/config";

export type SignInState = { error?: string; email?: string };

/** next-auth's own credentials sign-in (the one server action besides sign-out); success redirects home. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get("email") ?? "").slice(0, 254);
  const password = String(formData.get("password") ?? "").slice(0, 1024);
  if (!email || !password) return { email, error: "Enter your email and password." };
  try {
    await signIn("credentials", { email, password, redirectTo: "/" });
    return {};
  } catch (error) {
    // Only sign-in failures are answered here; NEXT_REDIRECT (success) and real faults must propagate.
    if (error instanceof AuthError) {
      const throttled = error.type === "CredentialsSignin" && (error as AuthError & { code?: string }).code === "throttled";
      return {
        email,
        error: throttled
          ? "Too many failed sign-in attempts. Wait 15 minutes and try again."
          : "That email and password do not match an account.",
      };
    }
    throw error;
  }
}
