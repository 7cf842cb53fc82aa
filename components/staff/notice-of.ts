import { getTranslations } from "next-intl/server";
import { NOTICES, type Notice } from "./notices";

/** The toast text for ?notice=…&n=… (see useShowNotice), or nothing. */
export async function noticeOf(params: Record<string, string | string[] | undefined>): Promise<{ message: string | null; stamp: number }> {
  const notice = typeof params.notice === "string" ? params.notice : null;
  const stamp = Number(typeof params.n === "string" ? params.n : 0) || 0;
  if (!notice || !(NOTICES as readonly string[]).includes(notice)) return { message: null, stamp };
  const t = await getTranslations("boCommon.notices");
  return { message: t(notice as Notice), stamp };
}
