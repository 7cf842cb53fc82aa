import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import type { CurrentUser } from "@/lib/server/auth/session";

export type ConsentResult = { ok: true } | { ok: false; error: "not_your_child" | "no_phone" | "wrong_reply" | "not_requested" };

export const CONSENT_SENDER = "1414";
export const CONSENT_REPLY = "511";

/**
 * P-3a: ask the parent, by SMS from 1414, for consent to use one child's data. A repeated
 * request sends a fresh SMS and keeps one consent row per child.
 */
export async function requestChildConsent(parent: CurrentUser, childIin: string): Promise<ConsentResult> {
  if (!parent.iin) return { ok: false, error: "not_your_child" };
  const children = await getPopulationRegistry().childrenOf(parent.iin);
  const child = children.find((c) => c.iin === childIin);
  if (!child) return { ok: false, error: "not_your_child" };
  if (!parent.phone) return { ok: false, error: "no_phone" };

  const prisma = await db();
  const existing = await prisma.childConsent.findUnique({
    where: { parentId_childIin: { parentId: parent.id, childIin } },
  });
  if (existing?.status === "CONFIRMED") return { ok: true };

  const code = crypto.randomInt(100000, 1000000).toString();
  const consent = await prisma.childConsent.upsert({
    where: { parentId_childIin: { parentId: parent.id, childIin } },
    create: { parentId: parent.id, childIin, code },
    update: { code, requestedAt: new Date() },
  });
  const name = `${child.surname} ${child.name}`;
  const masked = `${childIin.slice(0, 6)}******`;
  await getSmsGateway().send({
    phone: parent.phone,
    sender: CONSENT_SENDER,
    text:
      `КДК ${code}: Qabyldau ${name} (${masked}) дербес деректерін алуға келісім сұрайды. Келісу үшін ${CONSENT_REPLY} деп жауап беріңіз. ` +
      `/ Qabyldau запрашивает согласие на получение персональных данных ${name} (${masked}). Для согласия ответьте ${CONSENT_REPLY}.`,
  });
  await audit(prisma, {
    actor: { id: parent.id, role: parent.role },
    action: "consent.requested",
    entity: "child_consent",
    entityId: consent.id,
    details: { childIin },
  });
  return { ok: true };
}
