import { buttonClass } from "@/app/_components/form";
import { signOutAction } from "./sign-out-action";

/** Signing out is the one server action here: it belongs to next-auth, not to app data. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className={buttonClass("secondary")}>
        Sign out
      </button>
    </form>
  );
}
