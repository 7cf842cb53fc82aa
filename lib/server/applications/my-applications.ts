import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { parentVisibleStatus } from "@/lib/application/status";
import { withdrawalRefusal } from "@/lib/server/applications/withdraw-application";
import { isRecordId } from "@/lib/ids";

/** P-7: the parent's applications as cards, newest first (drafts are the wizard's business). */
export async function listMyApplications(parent: CurrentUser) {
  const prisma = await db();
  const applications = await prisma.application.findMany({
    where: { parentId: parent.id, status: { not: "DRAFT" } },
    orderBy: [{ submittedAt: "desc" }, { createdAt: "desc" }],
    include: {
      school: { include: { addressUnit: true } },
      issued: { select: { id: true, kind: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const registry = getPopulationRegistry();
  const children = new Map((await registry.childrenOf(parent.iin ?? "")).map((c) => [c.iin, c]));
  return applications.map((a) => ({
    id: a.id,
    number: a.number,
    status: parentVisibleStatus(a.status),
    createdAt: a.createdAt,
    submittedAt: a.submittedAt,
    decidedAt: a.decidedAt,
    child: children.get(a.childIin) ?? null,
    childIin: a.childIin,
    school: a.school,
    district: a.school?.addressUnit ?? null,
    issued: a.issued,
  }));
}

/** One application with everything the parent may see of it; another's id is "not found". */
export async function getMyApplication(parent: CurrentUser, applicationId: string) {
  if (!isRecordId(applicationId)) notFound();
  const prisma = await db();
  const application = await prisma.application.findFirst({
    where: { id: applicationId, parentId: parent.id, status: { not: "DRAFT" } },
    include: {
      school: true,
      seat: true,
      history: { orderBy: { at: "asc" } },
      documents: { where: { replacedAt: null }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      issued: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, signedAt: true, signerName: true } },
    },
  });
  if (!application) notFound();
  const child = await getPopulationRegistry().findCitizen(application.childIin);
  return {
    ...application,
    visibleStatus: parentVisibleStatus(application.status),
    child,
    answers: application.answers as Record<string, Record<string, unknown>>,
    history: application.history.map((h) => ({ ...h, toStatus: parentVisibleStatus(h.toStatus) })),
    withdrawal: withdrawalRefusal(application),
  };
}
