import "server-only";
import { notFound } from "next/navigation";
import { db } from "@/lib/server/db";
import type { CurrentUser } from "@/lib/server/auth/session";
import { allowedEvents } from "@/lib/application/status";
import { readDraftAnswers } from "@/lib/application/wizard-schemas";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { schoolIdOf } from "@/lib/server/staff/access";
import { seesFirstGrade } from "@/lib/server/applications/first-grade-access";
import { businessNow } from "@/lib/server/clock";
import { loadWorkingCalendar, termOf } from "@/lib/server/applications/term";
import { isRecordId } from "@/lib/ids";

/**
 * S-6 / S-7: one application of the caller's school with everything the review needs: the
 * parent and the child as the registry knows them, the school choice, current documents, the
 * issued documents, the history and the school's response templates. Another school's id, a
 * draft, or an executor without the 1st-grade service: not found.
 */
export async function getApplicationForStaff(user: CurrentUser, id: string) {
  if (!isRecordId(id)) notFound();
  const schoolId = schoolIdOf(user);
  const prisma = await db();
  if (!(await seesFirstGrade(prisma, user))) notFound();
  const application = await prisma.application.findFirst({
    where: { id, schoolId, status: { not: "DRAFT" } },
    include: {
      parent: { select: { id: true, fullName: true, iin: true, phone: true, email: true } },
      school: true,
      seat: true,
      documents: { where: { replacedAt: null }, orderBy: [{ kind: "asc" }, { createdAt: "asc" }] },
      history: { orderBy: { at: "asc" } },
      issued: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, createdAt: true, signerName: true } },
    },
  });
  if (!application) notFound();
  const registry = getPopulationRegistry();
  const [child, parentCitizen, templates, calendar] = await Promise.all([
    registry.findCitizen(application.childIin),
    application.parent.iin ? registry.findCitizen(application.parent.iin) : Promise.resolve(null),
    prisma.responseTemplate.findMany({ where: { organisationId: schoolId }, orderBy: { createdAt: "asc" } }),
    loadWorkingCalendar(),
  ]);
  const answers = readDraftAnswers(application.answers);
  return {
    application,
    answers,
    child,
    parentCitizen,
    templates,
    term: termOf(application, calendar, businessNow()),
    /** What this staff member may do now, by the status table (buttons follow it). */
    events: allowedEvents(application.status, user.role),
  };
}

export type StaffApplication = Awaited<ReturnType<typeof getApplicationForStaff>>;
