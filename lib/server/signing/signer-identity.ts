import "server-only";
import crypto from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { isValidIin, makeIin } from "@/lib/iin/iin";
import { audit } from "@/lib/server/audit";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { clientSource, type DbClient } from "@/lib/server/integrations/local-db";

// Who signs. A digital signature identifies a person by IIN: parents have theirs from eGov;
// staff sign decisions with their own EDS, which carries their IIN too. The seeded staff have
// none, so ensureStaffIin gives a staff member a test IIN once — the local stand-in for the
// IIN in their real EDS certificate. It is kept on the user row (unique), so the same person
// always signs with the same test key.

/** Staff test IINs: born 1980-01-01 (a date no seeded citizen has), serial from the user id. */
const STAFF_BIRTH_DATE = "1980-01-01";

/** The IIN a user signs with, if they have one already (staff: see ensureStaffIin). */
export function signerIinOf(user: { iin: string | null }): string | null {
  return user.iin && isValidIin(user.iin) ? user.iin : null;
}

/**
 * The user's signing IIN: their own, or for a staff member without one a new valid IIN, unique
 * among users and registry citizens, saved on the user row. Throws for an unknown user or a
 * parent without IIN (cannot happen: parents come from eGov).
 */
export async function ensureStaffIin(userId: string, client?: DbClient): Promise<string> {
  const prisma = await clientSource(client)();
  const user = await prisma.user.findUnique({ where: { id: userId }, select: { id: true, role: true, iin: true, organisationId: true } });
  if (!user) throw new Error(`ensureStaffIin: no user ${userId}`);
  const existing = signerIinOf(user);
  if (existing) return existing;
  if (user.role === "PARENT") throw new Error(`ensureStaffIin: parent ${userId} has no IIN`);

  const start = Number.parseInt(crypto.createHash("sha256").update(`staff-iin:${user.id}`).digest("hex").slice(0, 8), 16);
  for (let attempt = 0; attempt < 10000; attempt++) {
    const n = (start + attempt) % 20000;
    const iin = makeIin(STAFF_BIRTH_DATE, n % 2 === 0 ? "MALE" : "FEMALE", Math.floor(n / 2));
    if (!iin) continue;
    if (await prisma.citizen.findUnique({ where: { iin }, select: { iin: true } })) continue;
    try {
      const written = await prisma.user.updateMany({ where: { id: user.id, iin: null }, data: { iin } });
      if (written.count === 0) {
        // Given an IIN meanwhile (a second request at the same moment): that one stands.
        const now = await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { iin: true } });
        if (now.iin) return now.iin;
        continue;
      }
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
    await audit(prisma, {
      actor: { id: user.id, role: user.role, organisationId: user.organisationId },
      action: "user.test-signing-iin-assigned",
      entity: "user",
      entityId: user.id,
      details: { iin },
    });
    return iin;
  }
  throw new Error("ensureStaffIin: no free test IIN left");
}

export type Signer = {
  iin: string;
  surname: string;
  name: string;
  patronymic: string | null;
  /** "Surname Name Patronymic" */
  fullName: string;
  phone: string | null;
  role: Role | null;
};

/**
 * The person behind an IIN, as the certification authority would know them: the population
 * registry first, else a user of ours (a staff member with a test IIN). Null for nobody.
 */
export async function findSigner(iin: string, client?: DbClient): Promise<Signer | null> {
  if (!isValidIin(iin)) return null;
  const prisma = await clientSource(client)();
  const user = await prisma.user.findUnique({ where: { iin }, select: { fullName: true, phone: true, role: true } });
  const citizen = await getPopulationRegistry(client).findCitizen(iin);
  if (citizen) {
    return {
      iin,
      surname: citizen.surname,
      name: citizen.name,
      patronymic: citizen.patronymic,
      fullName: citizen.fullName,
      phone: citizen.phone ?? user?.phone ?? null,
      role: user?.role ?? null,
    };
  }
  if (!user) return null;
  const [surname = user.fullName, name = "", ...rest] = user.fullName.trim().split(/\s+/);
  return {
    iin,
    surname,
    name,
    patronymic: rest.length ? rest.join(" ") : null,
    fullName: user.fullName,
    phone: user.phone,
    role: user.role,
  };
}
