"use client";

import { useActionState, useEffect, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { valueOf, type ActionResult, type ActionState, type FormAction } from "@/lib/forms";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FieldError } from "@/components/forms/field-error";
import { ConfirmDialog } from "./confirm-dialog";

type StaffUser = {
  id: string;
  fullName: string;
  login: string;
  email: string | null;
  phone: string | null;
  role: string;
  isBlocked: boolean;
};
/** The administrator's server actions on one account, handed down by the page. */
export type UserActionsProps = {
  update: FormAction;
  resetPassword: (id: string) => Promise<ActionResult<{ login: string; temporaryPassword: string }>>;
  setBlocked: (id: string, isBlocked: boolean) => Promise<ActionResult>;
  remove: (id: string) => Promise<ActionResult>;
};
type Props = { user: StaffUser; isSelf: boolean; roles: { value: string; label: string }[]; actions: UserActionsProps };
type Pending = "edit" | "reset" | "block" | "delete" | null;

/** S-1 per-user actions: edit (name, e-mail, phone, role), reset password, block, delete. */
export function UserActions({ user, isSelf, roles, actions }: Props) {
  const t = useTranslations("boUsers");
  const tc = useTranslations("boCommon");
  const [open, setOpen] = useState<Pending>(null);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string; password?: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  const failedText = (result: ActionResult<unknown> & { ok: false }) => result.formError?.message ?? t("errors.NOT_FOUND");
  const run = (action: () => Promise<ActionResult>, success: string) =>
    startTransition(async () => {
      const result = await action();
      setOpen(null);
      setMessage(result.ok ? { tone: "ok", text: success } : { tone: "error", text: failedText(result) });
    });

  return (
    <div className="flex flex-col items-start gap-1 text-sm">
      <button type="button" className="link" onClick={() => setOpen("edit")} data-testid={`edit-${user.login}`}>
        {t("edit")}
      </button>
      {!isSelf && (
        <>
          <button type="button" className="link" onClick={() => setOpen("reset")} data-testid={`reset-${user.login}`}>
            {t("resetPassword")}
          </button>
          <button type="button" className="link" onClick={() => setOpen("block")} data-testid={`block-${user.login}`}>
            {user.isBlocked ? t("unblock") : t("block")}
          </button>
          <button type="button" className="link text-red-700" onClick={() => setOpen("delete")} data-testid={`delete-${user.login}`}>
            {t("delete")}
          </button>
        </>
      )}
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`max-w-xs rounded p-2 ${message.tone === "error" ? "bg-red-50 text-red-800" : "bg-green-50 text-green-900"}`}
        >
          {message.text}
          {message.password && (
            <strong className="mt-1 block select-all font-mono text-base" data-testid="temporary-password">
              {message.password}
            </strong>
          )}
        </p>
      )}
      {open === "edit" && (
        <EditDialog
          update={actions.update}
          user={user}
          roles={roles}
          isSelf={isSelf}
          onClose={() => setOpen(null)}
          onSaved={() => setMessage({ tone: "ok", text: t("saved") })}
        />
      )}
      <ConfirmDialog
        open={open === "reset"}
        title={t("resetTitle", { name: user.fullName })}
        confirmLabel={t("resetPassword")}
        cancelLabel={tc("cancel")}
        isPending={isPending}
        testId="reset-confirm"
        onCancel={() => setOpen(null)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await actions.resetPassword(user.id);
            setOpen(null);
            setMessage(
              result.ok
                ? { tone: "ok", text: t("passwordShownOnce", { login: result.data.login }), password: result.data.temporaryPassword }
                : { tone: "error", text: failedText(result) },
            );
          })
        }
      >
        <p>{t("resetText")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "block"}
        title={user.isBlocked ? t("unblockTitle", { name: user.fullName }) : t("blockTitle", { name: user.fullName })}
        confirmLabel={user.isBlocked ? t("unblock") : t("block")}
        cancelLabel={tc("cancel")}
        tone={user.isBlocked ? "primary" : "danger"}
        isPending={isPending}
        testId="block-confirm"
        onCancel={() => setOpen(null)}
        onConfirm={() => run(() => actions.setBlocked(user.id, !user.isBlocked), user.isBlocked ? t("unblocked") : t("blocked"))}
      >
        <p>{user.isBlocked ? t("unblockText") : t("blockText")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "delete"}
        title={t("deleteTitle", { name: user.fullName })}
        confirmLabel={t("delete")}
        cancelLabel={tc("cancel")}
        tone="danger"
        isPending={isPending}
        testId="delete-confirm"
        onCancel={() => setOpen(null)}
        onConfirm={() => run(() => actions.remove(user.id), t("deleted"))}
      >
        <p>{t("deleteText")}</p>
      </ConfirmDialog>
    </div>
  );
}

function EditDialog({
  update,
  user,
  roles,
  isSelf,
  onClose,
  onSaved,
}: {
  update: FormAction;
  user: StaffUser;
  roles: Props["roles"];
  isSelf: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useTranslations("boUsers");
  const tc = useTranslations("boCommon");
  const [state, action, isPending] = useActionState<ActionState, FormData>(update, null);
  useEffect(() => {
    if (state?.ok) {
      onSaved();
      onClose();
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per result
  }, [state]);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : undefined;
  const labels: Record<string, string> = { fullName: t("fullName"), email: t("email"), phone: t("phone"), role: t("role") };
  const field = (name: "fullName" | "email" | "phone", type = "text") => (
    <div>
      <label htmlFor={`${name}-${user.id}`} className="label">
        {labels[name]}
      </label>
      <input
        id={`${name}-${user.id}`}
        name={name}
        type={type}
        defaultValue={valueOf(values, name) ?? user[name] ?? ""}
        className="input"
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `${name}-${user.id}-error` : undefined}
      />
      <FieldError id={`${name}-${user.id}`} messages={errors[name]} />
    </div>
  );
  return (
    <dialog
      open
      className="fixed inset-0 z-40 m-auto w-[min(36rem,calc(100vw-1rem))] rounded-lg p-0 shadow-xl"
      aria-labelledby={`edit-title-${user.id}`}
      data-testid="edit-dialog"
    >
      <form action={action} className="space-y-3 p-5">
        <h2 id={`edit-title-${user.id}`} className="text-xl font-bold">
          {t("editTitle", { login: user.login })}
        </h2>
        <ErrorSummary
          fieldErrors={errors}
          formErrors={[state && !state.ok ? state.formError : null]}
          labelOf={(field) => labels[field] ?? ""}
          idOf={(field) => `${field}-${user.id}`}
          at={state?.at}
        />
        <input type="hidden" name="userId" value={user.id} />
        {field("fullName")}
        {field("email", "email")}
        {field("phone", "tel")}
        <div>
          <label htmlFor={`role-${user.id}`} className="label">
            {labels.role}
          </label>
          <select
            id={`role-${user.id}`}
            name="role"
            defaultValue={valueOf(values, "role") ?? user.role}
            className="input"
            disabled={isSelf}
            aria-describedby={isSelf ? `role-${user.id}-hint` : undefined}
          >
            {roles.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
          {isSelf && (
            <>
              <input type="hidden" name="role" value={user.role} />
              <p id={`role-${user.id}-hint`} className="mt-1 text-sm text-slate-600">
                {t("ownRoleHint")}
              </p>
            </>
          )}
          <FieldError id={`role-${user.id}`} messages={errors.role} />
        </div>
        <div className="flex justify-end gap-2">
          <button type="button" className="btn-secondary" onClick={onClose}>
            {tc("cancel")}
          </button>
          <button type="submit" className="btn-primary" disabled={isPending} data-testid="save-user">
            {tc("save")}
          </button>
        </div>
      </form>
    </dialog>
  );
}
