"use client";

import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="btn-secondary min-h-10 px-3 py-1 text-sm"
    >
      Se déconnecter
    </button>
  );
}
