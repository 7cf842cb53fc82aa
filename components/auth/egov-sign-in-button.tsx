"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";

export function EgovSignInButton({ label, callbackUrl = "/after-sign-in" }: { label: string; callbackUrl?: string }) {
  const [pending, setPending] = useState(false);
  return (
    <button
      type="button"
      data-testid="egov-sign-in"
      className="btn-primary w-full"
      disabled={pending}
      onClick={() => {
        setPending(true);
        void signIn("egov", { callbackUrl });
      }}
    >
      {label}
    </button>
  );
}
