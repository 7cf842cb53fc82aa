"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePermission } from "@/lib/server/auth/session";
import { ncaLayerTarget } from "@/lib/server/signing/ncalayer-target";
import type { NcaLayerTarget } from "@/lib/signing/ncalayer-protocol";
import { formatDay } from "@/components/format";
import { prepareSubmission } from "@/lib/server/application/prepare-submission";
import { submitApplication } from "@/lib/server/application/submit-application";
import { prepareWithdrawal, withdrawApplication } from "@/lib/server/application/withdraw-application";

export type Prepared = { ok: true; requestId: string; payloadBase64: string; signerIin: string; ncalayer: NcaLayerTarget };
export type Failed = { ok: false; error: string; message: string };

const id = z.string().min(1).max(64);

/** Step 4: check everything again and turn the reviewed draft into a document to sign. */
export async function prepareSubmissionAction(draftId: string): Promise<Prepared | Failed> {
  const parent = await requirePermission("application:apply", "parent");
  const t = await getTranslations("journey.errors");
  const parsed = id.safeParse(draftId);
  if (!parsed.success) return { ok: false, error: "NOT_FOUND", message: t("NOT_FOUND") };
  const result = await prepareSubmission(parent, parsed.data);
  if (!result.ok) {
    const message =
      result.error === "CLOSED"
        ? t("CLOSED", { opensOn: await day(result.opensOn), closesOn: await day(result.closesOn) })
        : t(result.error);
    return { ok: false, error: result.error, message };
  }
  return { ...result, ncalayer: ncaLayerTarget() };
}

/** After the signature: submit (idempotent — a repeated call returns the same application). */
export async function submitApplicationAction(requestId: string) {
  const parent = await requirePermission("application:apply", "parent");
  const t = await getTranslations("journey.errors");
  const parsed = id.safeParse(requestId);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND", message: t("NOT_FOUND") };
  const result = await submitApplication(parent, parsed.data);
  revalidatePath("/cabinet/applications");
  if (!result.ok) return { ok: false as const, error: result.error, message: t(result.error) };
  return { ok: true as const, applicationId: result.applicationId, number: result.number };
}

export async function prepareWithdrawalAction(applicationId: string): Promise<Prepared | Failed> {
  const parent = await requirePermission("application:withdraw", "parent");
  const t = await getTranslations("journey.errors");
  const parsed = id.safeParse(applicationId);
  if (!parsed.success) return { ok: false, error: "NOT_FOUND", message: t("NOT_FOUND") };
  const result = await prepareWithdrawal(parent, parsed.data);
  if (!result.ok) return { ok: false, error: result.error, message: t(result.error) };
  return { ...result, ncalayer: ncaLayerTarget() };
}

export async function withdrawApplicationAction(requestId: string) {
  const parent = await requirePermission("application:withdraw", "parent");
  const t = await getTranslations("journey.errors");
  const parsed = id.safeParse(requestId);
  if (!parsed.success) return { ok: false as const, error: "NOT_FOUND", message: t("NOT_FOUND") };
  const result = await withdrawApplication(parent, parsed.data);
  revalidatePath("/cabinet/applications");
  if (!result.ok) return { ok: false as const, error: result.error, message: t(result.error) };
  revalidatePath(`/cabinet/applications/${result.applicationId}`);
  return { ok: true as const, applicationId: result.applicationId };
}

async function day(isoDate: string): Promise<string> {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? formatDay(isoDate) : isoDate;
}
