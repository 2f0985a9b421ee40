import { buttonClass } from "@/app/_components/form";
import { SignOutButton as SharedSignOutButton } from "@/app/_components/sign-out-button";

// Reuses the shared next-auth sign-out action so there is a single server action in the app.
export function SignOutButton() {
  return <SharedSignOutButton className={buttonClass("secondary")} />;
}
