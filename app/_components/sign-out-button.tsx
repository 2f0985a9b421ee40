import { signOutAction } from "./sign-out-action";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button type="submit" className={className ?? "rounded-md px-3 py-2 text-sm font-semibold text-slate-700 hover:bg-slate-100"}>
        Sign out
      </button>
    </form>
  );
}
