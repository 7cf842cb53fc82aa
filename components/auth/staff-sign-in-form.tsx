"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";

type Problem = "empty" | "invalid" | "throttled" | null;

export function StaffSignInForm() {
  const t = useTranslations("signIn");
  const router = useRouter();
  const [problem, setProblem] = useState<Problem>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!login || !password) return setProblem("empty");
    setPending(true);
    const result = await signIn("staff", { login, password, redirect: false });
    setPending(false);
    if (result?.ok && !result.error) {
      router.push("/after-sign-in");
      router.refresh();
      return;
    }
    // One message for a wrong login and a wrong password: never tell which logins exist.
    setProblem(result?.error === "throttled" ? "throttled" : "invalid");
  }

  return (
    <form onSubmit={submit} className="card space-y-4" noValidate>
      {problem && (
        <div role="alert" className="rounded-md border-l-4 border-red-700 bg-red-50 p-3 font-semibold text-red-800">
          {t(`errors.${problem}`)}
        </div>
      )}
      <div>
        <label htmlFor="login" className="label">
          {t("login")}
        </label>
        <input id="login" name="login" autoComplete="username" className="input" autoCapitalize="none" />
      </div>
      <div>
        <label htmlFor="password" className="label">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" className="input" />
      </div>
      <button className="btn-primary w-full" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
