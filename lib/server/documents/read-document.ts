import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import type { CurrentUser } from "@/lib/server/auth/session";
import { sniffFileType } from "@/lib/documents/file-check";
import { getFileStorage } from "@/lib/server/integrations/storage";
import { canReadApplicationFiles } from "@/lib/server/documents/access";
import { isRecordId } from "@/lib/ids";

export type DocumentFile = { bytes: Buffer; contentType: string; fileName: string };

/**
 * GET /api/documents/[id]: an attached file for the owner parent (any status) or the chosen
 * school's director and assigned executors (once submitted). Null (→ 404) otherwise. Replaced
 * files stay readable: what was signed can always be shown. The type is the sniffed one.
 * Every read served is in the audit log: who opened which document.
 */
export async function readDocument(user: CurrentUser, id: string): Promise<DocumentFile | null> {
  if (!isRecordId(id)) return null;
  const prisma = await db();
  const document = await prisma.applicationDocument.findUnique({
    where: { id },
    select: { storageKey: true, fileName: true, application: { select: { parentId: true, schoolId: true, status: true } } },
  });
  if (!document || !(await canReadApplicationFiles(prisma, user, document.application))) return null;
  const bytes = await getFileStorage().get(document.storageKey);
  if (!bytes) return null;
  await audit(prisma, {
    actor: { id: user.id, role: user.role, organisationId: user.organisationId },
    action: "document.opened",
    entity: "application-document",
    entityId: id,
  });
  return { bytes, contentType: sniffFileType(bytes) ?? "application/octet-stream", fileName: document.fileName };
}
