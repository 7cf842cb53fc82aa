import "server-only";
import { checkAdmissionAge } from "@/lib/application/age";
import { APPLICATION_STATUSES, isOpen } from "@/lib/application/status";
import { businessToday } from "@/lib/server/clock";
import { db } from "@/lib/server/db";
import { getEnrolmentRegistry } from "@/lib/server/integrations/enrolment-registry";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";

export type ChildEligibility =
  | { ok: true }
  | { ok: false; code: "NOT_YOUR_CHILD" }
  | { ok: false; code: "NO_CONSENT" }
  | {
      ok: false;
      code: "OPEN_APPLICATION";
      /** The open application when it is this parent's own (the other parent's is not shown). */
      own: { id: string; number: number } | null;
    }
  | { ok: false; code: "ENROLLED"; organisationName: string; grade: number }
  | { ok: false; code: "AGE"; reason: "TOO_YOUNG" | "TOO_OLD"; turnsSixOn: string };

export type EligibilityParent = { id: string; iin: string | null };

const OPEN_STATUSES = APPLICATION_STATUSES.filter(isOpen);

/**
 * P-3: may this parent apply for this child now? First whether the child is theirs and they
 * gave the per-child consent (P-3a), then the guide's three blocking checks in its order:
 * an open application («Белсенді өтінім бар»), enrolment in a school, the age rule.
 * Reads only; called again at submission.
 */
export async function checkChildEligibility(parent: EligibilityParent, childIin: string): Promise<ChildEligibility> {
  if (!parent.iin || !/^\d{12}$/.test(childIin)) return { ok: false, code: "NOT_YOUR_CHILD" };
  const children = await getPopulationRegistry().childrenOf(parent.iin);
  const child = children.find((c) => c.iin === childIin);
  if (!child) return { ok: false, code: "NOT_YOUR_CHILD" };

  const prisma = await db();
  const consent = await prisma.childConsent.findUnique({
    where: { parentId_childIin: { parentId: parent.id, childIin } },
    select: { status: true },
  });
  if (consent?.status !== "CONFIRMED") return { ok: false, code: "NO_CONSENT" };

  // One open application per child, whichever parent sent it (P-10).
  const open = await prisma.application.findFirst({
    where: { childIin, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, number: true, parentId: true },
    orderBy: { createdAt: "desc" },
  });
  if (open) {
    return {
      ok: false,
      code: "OPEN_APPLICATION",
      own: open.parentId === parent.id ? { id: open.id, number: open.number } : null,
    };
  }

  const enrolment = await getEnrolmentRegistry().enrolmentOf(childIin);
  if (enrolment) {
    return { ok: false, code: "ENROLLED", organisationName: enrolment.organisationName, grade: enrolment.grade };
  }
  // Enrolled through this service (S-9) before the enrolment registry has heard of it.
  const enrolledHere = await prisma.application.findFirst({
    where: { childIin, status: "ENROLLED" },
    select: { school: { select: { nameKk: true, nameRu: true } } },
    orderBy: { createdAt: "desc" },
  });
  if (enrolledHere) {
    return { ok: false, code: "ENROLLED", organisationName: enrolledHere.school?.nameRu ?? "", grade: 1 };
  }

  const age = checkAdmissionAge(child.birthDate, businessToday());
  if (!age.ok) return { ok: false, code: "AGE", reason: age.reason, turnsSixOn: age.turnsSixOn };
  return { ok: true };
}
