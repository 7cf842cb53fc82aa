import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/server/auth/session";
import { canEditResponseTemplates, listResponseTemplates } from "@/lib/server/applications/list-response-templates";
import { TemplateEditor } from "@/components/staff/template-editor";
import { deleteTemplateAction, saveTemplateAction } from "./actions";

const actions = { save: saveTemplateAction, remove: deleteTemplateAction };

export async function generateMetadata() {
  const t = await getTranslations("boTemplates");
  return { title: t("title") };
}

/** S-6 «Жауаптардың үлгісі»: comments the executor picks from when confirming or refusing. */
export default async function TemplatesPage() {
  const user = await requirePermission("application:review", "staff");
  const t = await getTranslations("boTemplates");
  const templates = await listResponseTemplates(user);
  const isEditable = await canEditResponseTemplates(user);
  if (!isEditable) {
    return (
      <div className="space-y-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="card" data-testid="templates-not-assigned">
          {t("notAssigned")}
        </p>
      </div>
    );
  }
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ul className="space-y-4" data-testid="templates-list">
        {templates.map((tpl) => (
          <li key={tpl.id}>
            <TemplateEditor template={{ id: tpl.id, textKk: tpl.textKk, textRu: tpl.textRu }} actions={actions} />
          </li>
        ))}
      </ul>
      <TemplateEditor template={null} actions={actions} />
    </div>
  );
}
