import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import type { CurrentUser } from "@/lib/server/auth/session";
import { CONSENT_REPLY, type ConsentResult } from "@/lib/server/children/request-child-consent";

/**
 * The parent's reply to the 1414 request, typed on the phone stand-in. Only "511" gives
 * consent; anything else is recorded and refused, and the request stays open.
 */
export async function answerConsentSms(parent: CurrentUser, childIin: string, reply: string): Promise<ConsentResult> {
  const prisma = await db();
  const consent = await prisma.childConsent.findUnique({
    where: { parentId_childIin: { parentId: parent.id, childIin } },
  });
  if (!consent) return { ok: false, error: "not_requested" };
  if (consent.status === "CONFIRMED") return { ok: true };
  if (parent.phone) await getSmsGateway().recordReply({ phone: parent.phone, text: reply.trim() });
  if (reply.trim() !== CONSENT_REPLY) return { ok: false, error: "wrong_reply" };

  await prisma.$transaction(async (tx) => {
    await tx.childConsent.update({ where: { id: consent.id }, data: { status: "CONFIRMED", confirmedAt: new Date() } });
    await tx.notification.create({
      data: { userId: parent.id, key: "consentConfirmed", params: { childIin } },
    });
    await audit(tx, {
      actor: { id: parent.id, role: parent.role },
      action: "consent.confirmed",
      entity: "child_consent",
      entityId: consent.id,
      details: { childIin },
    });
  });
  return { ok: true };
}
