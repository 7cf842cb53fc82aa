import "server-only";
import { businessToday } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { checkAdmissionAge } from "@/lib/application/age";
import type { CurrentUser } from "@/lib/server/auth/session";
import { CONSENT_SENDER } from "@/lib/server/children/request-child-consent";

/** The parent's children as the population registry knows them, with consent state. */
export async function getMyChildren(parent: CurrentUser) {
  if (!parent.iin) return [];
  const prisma = await db();
  const [children, consents, lastSms] = await Promise.all([
    getPopulationRegistry().childrenOf(parent.iin),
    prisma.childConsent.findMany({ where: { parentId: parent.id } }),
    parent.phone
      ? prisma.smsMessage.findFirst({
          where: { phone: parent.phone, sender: CONSENT_SENDER, direction: "OUTGOING" },
          orderBy: { createdAt: "desc" },
        })
      : null,
  ]);
  const today = businessToday();
  return children.map((child) => {
    const consent = consents.find((c) => c.childIin === child.iin);
    return {
      iin: child.iin,
      fullName: child.fullName,
      birthDate: child.birthDate,
      sex: child.sex,
      address: child.address,
      age: checkAdmissionAge(child.birthDate, today),
      consent: consent ? { status: consent.status, code: consent.code } : null,
      lastSms: consent?.status === "REQUESTED" && lastSms?.text.includes(consent.code) ? lastSms.text : null,
    };
  });
}
