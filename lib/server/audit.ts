import "server-only";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { AuditAction } from "@/lib/audit/actions";

type Writer = PrismaClient | Prisma.TransactionClient;

export type AuditInput = {
  actor: { id: string; role: Role; organisationId?: string | null } | null;
  /** One of the typed list in lib/audit/actions.ts. */
  action: AuditAction;
  entity: string;
  entityId: string;
  details?: Prisma.InputJsonValue;
};

/** append one row to the audit log. Pass the transaction client to make it atomic. */
export async function audit(writer: Writer, input: AuditInput): Promise<void> {
  await writer.auditEntry.create({
    data: {
      actorId: input.actor?.id ?? null,
      actorRole: input.actor?.role ?? null,
      organisationId: input.actor?.organisationId ?? null,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      details: input.details ?? {},
    },
  });
}
