import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { SCHOOL_ROLES } from "@/lib/auth/permissions";
import { listImportCandidates } from "@/lib/server/staff/list-import-candidates";
import { ImportForm } from "@/components/staff/import-form";
import { importAction } from "../actions";

export async function generateMetadata() {
  const t = await getTranslations("boImport");
  return { title: t("title") };
}

/** S-1 «Пайдаланушыны импорттау»: the school information system's staff list with checkboxes. */
export default async function ImportUsersPage() {
  const user = await requirePermission("staff:manage", "staff");
  const t = await getTranslations("boImport");
  const tr = await getTranslations("roles");
  const people = await listImportCandidates(user);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/staff/users" className="link">
          ← {t("back")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ImportForm
        action={importAction}
        people={people.map((p) => ({
          portalId: p.portalId,
          fullName: p.fullName,
          login: p.login,
          birthDate: p.birthDate,
          position: p.position,
          isImported: p.isImported,
          suggestedRole: p.suggestedRole,
        }))}
        roles={SCHOOL_ROLES.map((value) => ({ value, label: tr(value) }))}
      />
      <p className="rounded-md border-l-4 border-amber-500 bg-amber-50 p-3">{t("afterImport")}</p>
    </div>
  );
}
