import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireStandIns } from "@/lib/server/stand-ins/gate";
import { appInteractionDeps } from "@/lib/server/stand-ins/egov-idp/app-idp";
import { isLiveInteraction } from "@/lib/server/stand-ins/egov-idp/interaction";
import { EgovLogin } from "@/components/egov/egov-login";
import { egovStep } from "../../actions";

// The sign-in screens of the eGov stand-in: oidc-provider sends the browser here with an
// interaction id and a signed cookie naming it; the form's action finishes the interaction.
export default async function InteractionPage({ params }: { params: Promise<{ uid: string }> }) {
  requireStandIns();
  const { uid } = await params;
  const t = await getTranslations("egov");
  const cookie = (await headers()).get("cookie") ?? "";
  if (!(await isLiveInteraction(await appInteractionDeps(), { uid, cookie }))) {
    return (
      <p className="card text-red-800" role="alert">
        {t("expired")}
      </p>
    );
  }
  return <EgovLogin initial={{ step: "iin" }} action={egovStep.bind(null, uid)} />;
}
