"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { requireStandIns } from "@/lib/server/stand-ins/gate";
import { appInteractionDeps } from "@/lib/server/stand-ins/egov-idp/app-idp";
import { egovInteractionStep, type EgovLoginState } from "@/lib/server/stand-ins/egov-idp/interaction";

const uidField = z.string().regex(/^[\w-]{8,64}$/);

/** One action drives the screens of the eGov stand-in's sign-in: IIN, code, permission. */
export async function egovStep(uid: string, state: EgovLoginState, form: FormData): Promise<EgovLoginState> {
  requireStandIns();
  const id = uidField.safeParse(uid);
  if (!id.success) return { step: "denied" };
  const cookie = (await headers()).get("cookie") ?? "";
  return egovInteractionStep(await appInteractionDeps(), { uid: id.data, cookie }, state, form);
}
