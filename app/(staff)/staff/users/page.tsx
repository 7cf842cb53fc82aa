import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { can, SCHOOL_ROLES } from "@/lib/auth/permissions";
import { listOrganisationStaff } from "@/lib/server/staff/list-school-staff";
import { formatMoment } from "@/components/format";
import { UserActions } from "@/components/staff/user-actions";
import { deleteUserAction, resetPasswordAction, setBlockedAction, updateUserAction } from "./actions";

const userActions = {
  update: updateUserAction,
  resetPassword: resetPasswordAction,
  setBlocked: setBlockedAction,
  remove: deleteUserAction,
};

export async function generateMetadata() {
  const t = await getTranslations("staffList");
  return { title: t("title") };
}

/** S-1 «Пайдаланушылар»: the school's accounts; the administrator imports, edits and blocks them. */
export default async function StaffUsersPage() {
  const user = await requirePermission("staff:view", "staff");
  const t = await getTranslations("staffList");
  const tb = await getTranslations("boUsers");
  const tr = await getTranslations("roles");
  const staff = await listOrganisationStaff(user);
  const canManage = can(user.role, "staff:manage");
  const roles = SCHOOL_ROLES.map((value) => ({ value, label: tr(value) }));
  const created = await Promise.all(staff.map((s) => formatMoment(s.createdAt)));
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="text-slate-700">{tb("intro")}</p>
        </div>
        {canManage && (
          <Link href="/staff/users/import" className="btn-primary" data-testid="import-users">
            {tb("import")}
          </Link>
        )}
      </div>
      <div className="card table-scroll p-0 sm:p-0">
        <table className="table-dense" data-testid="staff-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("login")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{tb("phone")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("created")}</th>
              {canManage && <th scope="col">{tb("actions")}</th>}
            </tr>
          </thead>
          <tbody>
            {staff.map((s, i) => (
              <tr
                key={s.id}
                data-testid={`user-row-${s.login}`}
                className={s.status === "BLOCKED" ? "bg-slate-100 text-slate-500" : undefined}
              >
                <td className="min-w-40 font-semibold">
                  {s.fullName}
                  {s.id === user.id && <span className="ml-1 text-xs font-normal text-slate-500">{tb("you")}</span>}
                </td>
                <td className="font-mono">{s.login}</td>
                <td>{s.email ?? "—"}</td>
                <td className="whitespace-nowrap">{s.phone ?? "—"}</td>
                <td data-testid="user-role">{tr(s.role)}</td>
                <td data-testid="user-status">
                  {s.status === "ACTIVE" ? t("active") : t("blocked")}
                  {s.passwordChangeRequired && <span className="block text-xs text-slate-500">{t("temporaryPassword")}</span>}
                </td>
                <td className="whitespace-nowrap">{created[i]}</td>
                {canManage && (
                  <td>
                    <UserActions
                      actions={userActions}
                      user={{
                        id: s.id,
                        fullName: s.fullName,
                        login: s.login ?? "",
                        email: s.email,
                        phone: s.phone,
                        role: s.role,
                        isBlocked: s.status === "BLOCKED",
                      }}
                      isSelf={s.id === user.id}
                      roles={roles}
                    />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
