import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { env } from "@/lib/server/env";
import { requireStandIns } from "@/lib/server/stand-ins";
import { expectedRedirectUri, signAuthRequest } from "@/lib/server/egov-idp/tokens";
import { EgovLogin } from "@/components/egov/egov-login";
import { egovStep } from "./actions";

const authorizeQuery = z.object({
  client_id: z.string(),
  redirect_uri: z.string(),
  response_type: z.literal("code"),
  state: z.string().min(8),
  code_challenge: z.string().min(43),
  code_challenge_method: z.literal("S256"),
  scope: z.string().default("openid"),
  nonce: z.string().optional(),
});

export default async function AuthorizePage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  requireStandIns();
  const t = await getTranslations("egov");
  const query = authorizeQuery.safeParse(await searchParams);
  // A request we cannot trust is never redirected anywhere: say so here.
  if (
    !query.success ||
    query.data.client_id !== env().EGOV_CLIENT_ID ||
    query.data.redirect_uri !== expectedRedirectUri()
  ) {
    return <p className="card text-red-800">{t("badRequest")}</p>;
  }
  const q = query.data;
  const request = await signAuthRequest({
    clientId: q.client_id,
    redirectUri: q.redirect_uri,
    state: q.state,
    codeChallenge: q.code_challenge,
    scope: q.scope,
    ...(q.nonce ? { nonce: q.nonce } : {}),
  });
  return <EgovLogin initial={{ step: "iin", request }} step={egovStep} />;
}
