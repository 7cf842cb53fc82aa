import { getTranslations } from "next-intl/server";
import { isServiceAssignee } from "@/lib/auth/first-grade";
import { requirePermission } from "@/lib/server/auth/session";
import { listOrganisationStaff } from "@/lib/server/staff/list-school-staff";
import { AssignmentForm } from "@/components/staff/assignment-form";
import { saveAssignmentsAction } from "./actions";

export async function generateMetadata() {
  const t = await getTranslations("assignments");
  return { title: t("title") };
}

/** S-4 «Тағайындау»: the director gives executors the services whose applications they handle. */
export default async function AssignmentsPage() {
  const user = await requirePermission("service:assign", "staff");
  const t = await getTranslations("assignments");
  const tr = await getTranslations("roles");
  const tb = await getTranslations("boAssign");
  const executors = (await listOrganisationStaff(user)).filter((s) => isServiceAssignee(s.role) && s.status === "ACTIVE");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {executors.length === 0 ? (
        <p className="card">{tb("noExecutors")}</p>
      ) : (
        <div className="card table-scroll p-0 sm:p-0">
          <table className="table-dense" data-testid="assignments-table">
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("services")}</th>
              </tr>
            </thead>
            <tbody>
              {executors.map((e) => (
                <tr key={e.id} data-testid={`assignment-row-${e.login}`}>
                  <td className="min-w-40 font-semibold">{e.fullName}</td>
                  <td>{tr(e.role)}</td>
                  <td className="min-w-72">
                    <AssignmentForm
                      action={saveAssignmentsAction}
                      userId={e.id}
                      name={e.fullName}
                      services={e.assignments.map((a) => a.service)}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
