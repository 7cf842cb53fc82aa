"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionState, FormAction } from "@/lib/forms";
import type { ImportResult } from "@/lib/server/staff/import-staff";
import { ErrorSummary } from "@/components/forms/error-summary";

type Person = {
  portalId: string;
  fullName: string;
  login: string;
  birthDate: string;
  position: string;
  isImported: boolean;
  suggestedRole: string;
};
type Props = { action: FormAction<ImportResult>; people: Person[]; roles: { value: string; label: string }[] };

/**
 * S-1: tick people, choose each one's role, «Импорттау». The new accounts' temporary passwords
 * are shown here once — the administrator passes them on; they are not stored anywhere readable.
 */
export function ImportForm({ action: runImport, people, roles }: Props) {
  const t = useTranslations("boImport");
  const [state, action, isPending] = useActionState<ActionState<ImportResult>, FormData>(runImport, null);
  const result = state?.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      {result && (
        <section role="status" className="card space-y-3 border-green-300 bg-green-50" data-testid="import-result">
          <h2 className="text-xl font-bold">{t("resultTitle", { count: result.created.length })}</h2>
          {result.created.length > 0 && (
            <>
              <p className="font-semibold">{t("resultIntro")}</p>
              <div className="table-scroll">
                <table className="table-dense bg-white">
                  <thead>
                    <tr>
                      <th scope="col">{t("fullName")}</th>
                      <th scope="col">{t("login")}</th>
                      <th scope="col">{t("temporaryPassword")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {result.created.map((c) => (
                      <tr key={c.portalId} data-testid={`imported-${c.portalId}`}>
                        <td>{c.fullName}</td>
                        <td className="font-mono">{c.login}</td>
                        <td className="select-all font-mono font-bold">{c.temporaryPassword}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
          {result.alreadyImported.length > 0 && <p>{t("alreadyImported", { count: result.alreadyImported.length })}</p>}
        </section>
      )}
      <ErrorSummary
        fieldErrors={state && !state.ok ? state.fieldErrors : {}}
        formErrors={[state && !state.ok ? state.formError : null]}
        idOf={(field) => field}
        at={state?.at}
      />
      <form action={action} className="space-y-3">
        <div id="people" className="card table-scroll p-0 sm:p-0">
          <table className="table-dense" data-testid="import-table">
            <thead>
              <tr>
                <th scope="col">
                  <span className="sr-only">{t("pick")}</span>
                </th>
                <th scope="col">{t("portalId")}</th>
                <th scope="col">{t("fullName")}</th>
                <th scope="col">{t("login")}</th>
                <th scope="col">{t("birthDate")}</th>
                <th scope="col">{t("position")}</th>
                <th scope="col">{t("role")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.portalId} className={p.isImported ? "text-slate-500" : undefined} data-testid={`candidate-${p.portalId}`}>
                  <td>
                    <input
                      type="checkbox"
                      name="pick"
                      value={p.portalId}
                      disabled={p.isImported}
                      aria-label={t("pickPerson", { name: p.fullName })}
                      className="h-5 w-5"
                    />
                  </td>
                  <td className="font-mono">{p.portalId}</td>
                  <td className="min-w-48 font-semibold">{p.fullName}</td>
                  <td className="font-mono">{p.login}</td>
                  <td className="whitespace-nowrap">{p.birthDate}</td>
                  <td className="min-w-40">{p.position}</td>
                  <td>
                    {p.isImported ? (
                      <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold" data-testid="already-imported">
                        {t("imported")}
                      </span>
                    ) : (
                      <select
                        name={`role:${p.portalId}`}
                        defaultValue={p.suggestedRole}
                        className="input py-1 text-sm"
                        aria-label={t("roleFor", { name: p.fullName })}
                      >
                        {roles.map((r) => (
                          <option key={r.value} value={r.value}>
                            {r.label}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <button type="submit" className="btn-primary" disabled={isPending} data-testid="import-submit">
          {t("submit")}
        </button>
      </form>
    </div>
  );
}
