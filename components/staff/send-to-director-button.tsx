"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { FormAction } from "@/lib/forms";
import { ConfirmDialog } from "./confirm-dialog";
import { useShowNotice } from "./notice";

type Props = {
  applicationId: string;
  number: number;
  expectedVersion: number;
  variant?: "button" | "icon";
  review: FormAction<{ status: string }>;
};

/**
 * S-6 «Басшыға мақұлдау үшін жіберу»: asks first, then sends; the toast «Өтінім директорға сәтті
 * жіберілді» confirms. If someone else changed the application meanwhile, says so plainly.
 */
export function SendToDirectorButton({ applicationId, number, expectedVersion, variant = "button", review }: Props) {
  const t = useTranslations("boReview");
  const tc = useTranslations("boCommon");
  const showNotice = useShowNotice();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const send = () =>
    startTransition(async () => {
      const form = new FormData();
      form.set("applicationId", applicationId);
      form.set("event", "SEND_TO_DIRECTOR");
      form.set("expectedVersion", String(expectedVersion));
      const result = await review(null, form);
      setIsOpen(false);
      if (result.ok) {
        setError(null);
        showNotice("sent");
      } else {
        setError(result.formError?.message ?? t("errors.NOT_FOUND"));
      }
    });

  return (
    <>
      <button
        type="button"
        className={variant === "icon" ? "link whitespace-nowrap text-sm" : "btn-primary"}
        onClick={() => setIsOpen(true)}
        data-testid={`send-to-director-${number}`}
      >
        {t("sendToDirector")}
      </button>
      <ConfirmDialog
        open={isOpen}
        title={t("sendConfirmTitle", { number })}
        confirmLabel={t("sendConfirmYes")}
        cancelLabel={tc("cancel")}
        isPending={isPending}
        onConfirm={send}
        onCancel={() => setIsOpen(false)}
        testId="send-confirm"
      >
        <p>{t("sendConfirmText")}</p>
      </ConfirmDialog>
      {error && (
        <p
          role="alert"
          className="mt-2 rounded-md border-l-4 border-red-700 bg-red-50 p-2 text-sm font-semibold text-red-800"
          data-testid="action-error"
        >
          {error}
        </p>
      )}
    </>
  );
}
