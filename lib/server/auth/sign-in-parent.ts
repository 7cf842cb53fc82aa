import "server-only";
import { db } from "@/lib/server/db";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { audit } from "@/lib/server/audit";

/**
 * P-2: the first eGov sign-in creates the parent's account from the population registry and
 * records the consent to personal-data processing given on the eGov screen; later sign-ins
 * refresh name and phone from the registry. Returns null for an IIN that may not sign in.
 */
export async function signInParent(iin: string): Promise<{ id: string } | null> {
  const citizen = await getPopulationRegistry().findCitizen(iin);
  if (!citizen) return null;
  const prisma = await db();
  const existing = await prisma.user.findUnique({ where: { iin } });
  if (existing && existing.role !== "PARENT") return null;
  if (existing?.status === "BLOCKED") return null;
  const now = new Date();
  const user = existing
    ? await prisma.user.update({
        where: { id: existing.id },
        data: { fullName: citizen.fullName, phone: citizen.phone, lastSignInAt: now },
      })
    : await prisma.user.create({
        data: { role: "PARENT", iin, fullName: citizen.fullName, phone: citizen.phone, dataConsentAt: now, lastSignInAt: now },
      });
  if (!existing) {
    await audit(prisma, {
      actor: { id: user.id, role: "PARENT" },
      action: "parent.created",
      entity: "user",
      entityId: user.id,
      details: { dataConsentAt: now.toISOString() },
    });
  }
  return { id: user.id };
}
