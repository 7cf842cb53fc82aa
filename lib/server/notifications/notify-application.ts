import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import { parentVisibleStatus } from "@/lib/application/status";
import { messagesFor } from "@/lib/i18n/catalogue";
import { getSmsGateway } from "@/lib/server/integrations/sms-gateway";
import { firstGradeStaffWhere } from "@/lib/server/applications/first-grade-access";

type Tx = Prisma.TransactionClient;
type StatusNames = Record<string, string>;

const statusName = (locale: "kk" | "ru", status: ApplicationStatus) =>
  (messagesFor(locale).statuses as StatusNames)[parentVisibleStatus(status)] ?? status;

/**
 * P-8: every status change reaches the parent in the cabinet and by SMS, written in the same
 * transaction as the change (the SMS table is the gateway's outbox). A new submission also
 * reaches the school's director and the executors assigned to the service (P-6).
 */
export async function notifyStatusChange(
  tx: Tx,
  application: { id: string; number: number; parentId: string; schoolId: string | null },
  to: ApplicationStatus,
  comment?: string | null,
): Promise<void> {
  const parent = await tx.user.findUniqueOrThrow({ where: { id: application.parentId } });
  await tx.notification.create({
    data: {
      userId: parent.id,
      key: `status_${parentVisibleStatus(to)}`,
      params: { number: String(application.number), applicationId: application.id, comment: comment ?? "" },
    },
  });
  if (parent.phone) {
    await getSmsGateway(tx).send({
      phone: parent.phone,
      sender: "Qabyldau",
      text: `№${application.number} өтінім: ${statusName("kk", to)}. ` + `/ Заявление №${application.number}: ${statusName("ru", to)}.`,
    });
  }
  if (to === "UNDER_REVIEW" && application.schoolId) {
    const staff = await tx.user.findMany({
      where: {
        organisationId: application.schoolId,
        status: "ACTIVE",
        ...firstGradeStaffWhere(),
      },
      select: { id: true },
    });
    if (staff.length) {
      await tx.notification.createMany({
        data: staff.map((s) => ({
          userId: s.id,
          key: "newApplication",
          params: { number: String(application.number), applicationId: application.id },
        })),
      });
    }
  }
}
