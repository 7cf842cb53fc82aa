import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { SCHOOL_ROLES, type SchoolRole } from "@/lib/auth/permissions";
import { hashPassword } from "@/lib/server/auth/password";
import { audit } from "@/lib/server/audit";
import { getSchoolInformationSystem } from "@/lib/server/integrations/school-information-system";
import { auditActorOf, schoolIdOf } from "@/lib/server/staff/access";
import { temporaryPassword } from "@/lib/server/staff/temporary-password";

export type ImportedAccount = {
  userId: string;
  portalId: string;
  fullName: string;
  login: string;
  role: SchoolRole;
  temporaryPassword: string;
};
export type ImportResult = { created: ImportedAccount[]; alreadyImported: string[]; unknown: string[] };

/**
 * S-1: creates accounts for the ticked people of the school information system. Each person is
 * imported once: their portal id is unique, so a second import of the same person (the same
 * click twice, two administrators at once) creates nothing and reports them as already there.
 * Every new account gets a temporary password, returned here once and stored only as a hash.
 */
export async function importStaff(admin: CurrentUser, people: readonly { portalId: string; role: SchoolRole }[]): Promise<ImportResult> {
  const schoolId = schoolIdOf(admin);
  const listed = new Map((await getSchoolInformationSystem().staffOf(schoolId)).map((p) => [p.portalId, p]));
  const unknown = people.filter((p) => !listed.has(p.portalId) || !SCHOOL_ROLES.includes(p.role)).map((p) => p.portalId);
  const wanted = people.filter((p) => listed.has(p.portalId) && SCHOOL_ROLES.includes(p.role));
  const prisma = await db();

  const existing = await prisma.user.findMany({
    where: { sisPortalId: { in: wanted.map((p) => p.portalId) } },
    select: { sisPortalId: true },
  });
  const existingIds = new Set(existing.map((u) => u.sisPortalId));
  const fresh = wanted.filter((p) => !existingIds.has(p.portalId));

  // The information system's login, made unique among our accounts when it is taken: the
  // numbered variants (login.2, login.3 …) count as taken too.
  const baseLogins = fresh.map((p) => listed.get(p.portalId)?.login.toLowerCase() ?? "").filter(Boolean);
  const takenLogins = new Set(
    (
      await prisma.user.findMany({
        where: { OR: baseLogins.map((login) => ({ login: { startsWith: login } })) },
        select: { login: true },
      })
    ).map((u) => u.login),
  );
  const passwords = fresh.map(() => temporaryPassword());
  const hashes = await Promise.all(passwords.map((p) => hashPassword(p)));
  const candidates = fresh.map((p, i) => {
    const person = listed.get(p.portalId)!;
    let login = person.login.toLowerCase();
    for (let n = 2; takenLogins.has(login); n++) login = `${person.login.toLowerCase()}.${n}`;
    takenLogins.add(login);
    return {
      id: randomUUID(),
      portalId: p.portalId,
      fullName: person.fullName,
      login,
      role: p.role,
      password: passwords[i] ?? "",
      hash: hashes[i] ?? "",
    };
  });

  const created = await prisma.$transaction(async (tx) => {
    // ON CONFLICT DO NOTHING: whoever imported the same person a moment earlier keeps the account.
    await tx.user.createMany({
      data: candidates.map((c) => ({
        id: c.id,
        role: c.role,
        login: c.login,
        passwordHash: c.hash,
        passwordChangeRequired: true,
        fullName: c.fullName,
        organisationId: schoolId,
        sisPortalId: c.portalId,
      })),
      skipDuplicates: true,
    });
    const rows = await tx.user.findMany({ where: { id: { in: candidates.map((c) => c.id) } }, select: { id: true } });
    const createdIds = new Set(rows.map((r) => r.id));
    const done = candidates.filter((c) => createdIds.has(c.id));
    for (const c of done) {
      await audit(tx, {
        actor: auditActorOf(admin),
        action: "user.imported",
        entity: "user",
        entityId: c.id,
        details: { portalId: c.portalId, login: c.login, role: c.role, fullName: c.fullName },
      });
    }
    return done;
  });
  const createdPortalIds = new Set(created.map((c) => c.portalId));
  return {
    created: created.map((c) => ({
      userId: c.id,
      portalId: c.portalId,
      fullName: c.fullName,
      login: c.login,
      role: c.role,
      temporaryPassword: c.password,
    })),
    alreadyImported: wanted.filter((p) => !createdPortalIds.has(p.portalId)).map((p) => p.portalId),
    unknown,
  };
}
