import "server-only";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { Refused } from "@/lib/server/refused";
import { businessToday } from "@/lib/server/clock";
import type { CurrentUser } from "@/lib/server/auth/session";
import { getFileStorage } from "@/lib/server/integrations/storage";
import { getHealthSystem } from "@/lib/server/integrations/health-system";
import { checkUpload } from "@/lib/documents/file-check";
import { MAX_CURRENT, isHealthForm, type DocumentKind, type DocumentView, type UploadError } from "@/lib/documents/kinds";
import { toDocumentView } from "@/lib/server/documents/list-documents";
import { isRecordId } from "@/lib/ids";

export type UploadInput = {
  applicationId: string;
  kind: DocumentKind;
  bytes: Uint8Array;
  /** As the browser named it; shown back to people, never used as a path. */
  fileName: string;
  /** PMPK only: YYYY-MM-DD, today or later. */
  validUntil?: string | null;
  /** A current document of the same kind that the new file replaces. */
  replaceId?: string | null;
};

export type UploadResult = { ok: true; document: DocumentView } | { ok: false; error: UploadError };

/**
 * P-5: a parent attaches a file to their own draft. The file is judged by its content (PDF or
 * JPEG, at most 5 MB); forms 065/у and 052-2/у only when the health system has none for the
 * child; the PMPK conclusion only with a validity date that has not passed. The bytes are
 * stored first (content-addressed: a refused upload leaves at most an unreferenced file, and the
 * same bytes are never stored twice); the row, the replacement and the audit entry are one transaction, with
 * the application row locked so two uploads at once cannot exceed the limit of a kind.
 */
export async function uploadDocument(user: CurrentUser, input: UploadInput): Promise<UploadResult> {
  if (user.role !== "PARENT" || !isRecordId(input.applicationId)) return { ok: false, error: "NOT_FOUND" };
  const prisma = await db();
  const application = await prisma.application.findFirst({
    where: { id: input.applicationId, parentId: user.id, status: "DRAFT" },
    select: { id: true, childIin: true },
  });
  if (!application) return { ok: false, error: "NOT_FOUND" };

  const check = checkUpload(input.bytes);
  if (!check.ok) return { ok: false, error: check.error };

  let validUntil: Date | null = null;
  if (input.kind === "PMPK") {
    if (!input.validUntil || !isIsoDay(input.validUntil)) return { ok: false, error: "VALID_UNTIL_REQUIRED" };
    if (input.validUntil < businessToday()) return { ok: false, error: "VALID_UNTIL_PAST" };
    validUntil = new Date(`${input.validUntil}T00:00:00Z`);
  }
  if (isHealthForm(input.kind)) {
    const onFile = await getHealthSystem().healthDocuments(application.childIin);
    if (onFile.some((d) => d.form === input.kind)) return { ok: false, error: "PROVIDED_BY_HEALTH_SYSTEM" };
  }

  const stored = await getFileStorage().put(input.bytes, { contentType: check.type });
  const fileName = safeFileName(input.fileName, check.type);

  try {
    const row = await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ status: string }[]>`
        SELECT status::text AS status FROM application WHERE id = ${application.id} AND "parentId" = ${user.id} FOR UPDATE`;
      if (locked[0]?.status !== "DRAFT") throw new Refused<UploadError>("NOT_FOUND");
      const now = new Date();
      if (isHealthForm(input.kind)) {
        const fetched = await tx.applicationDocument.count({
          where: { applicationId: application.id, kind: input.kind, source: "HEALTH_SYSTEM", replacedAt: null },
        });
        if (fetched > 0) throw new Refused<UploadError>("PROVIDED_BY_HEALTH_SYSTEM");
      }
      if (input.replaceId) {
        const replaced = await tx.applicationDocument.updateMany({
          where: { id: input.replaceId, applicationId: application.id, kind: input.kind, source: "UPLOADED", replacedAt: null },
          data: { replacedAt: now },
        });
        if (replaced.count !== 1) throw new Refused<UploadError>("REPLACE_NOT_FOUND");
      }
      const current = await tx.applicationDocument.count({ where: { applicationId: application.id, kind: input.kind, replacedAt: null } });
      if (current >= MAX_CURRENT[input.kind]) throw new Refused<UploadError>("LIMIT_REACHED");
      const created = await tx.applicationDocument.create({
        data: {
          applicationId: application.id,
          kind: input.kind,
          source: "UPLOADED",
          fileName,
          mimeType: check.type,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          validUntil,
          uploadedById: user.id,
          createdAt: now,
        },
      });
      await audit(tx, {
        actor: { id: user.id, role: user.role, organisationId: null },
        action: input.replaceId ? "document.replaced" : "document.uploaded",
        entity: "application",
        entityId: application.id,
        details: {
          documentId: created.id,
          kind: input.kind,
          size: stored.size,
          sha256: stored.sha256,
          replacedId: input.replaceId ?? null,
          validUntil: input.kind === "PMPK" ? (input.validUntil ?? null) : null,
        },
      });
      return created;
    });
    return { ok: true, document: toDocumentView(row) };
  } catch (error) {
    if (error instanceof Refused) return { ok: false, error: error.reason as UploadError };
    throw error;
  }
}

/** The cheap check the route makes before reading a body: the caller's own draft exists. */
export async function isOwnDraft(user: CurrentUser, applicationId: string): Promise<boolean> {
  if (user.role !== "PARENT" || !isRecordId(applicationId)) return false;
  const found = await (
    await db()
  ).application.findFirst({ where: { id: applicationId, parentId: user.id, status: "DRAFT" }, select: { id: true } });
  return found !== null;
}

function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * The last path segment, without control characters (bidirectional ones included), at most 120
 * characters, never empty.
 */
export function safeFileName(name: string, type: "application/pdf" | "image/jpeg"): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    // Control characters, and the bidirectional controls that make "gpj.exe" read "exe.jpg".
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g, "")
    .trim();
  const fallback = type === "application/pdf" ? "document.pdf" : "photo.jpg";
  if (!base || base === "." || base === "..") return fallback;
  if (base.length <= 120) return base;
  const dot = base.lastIndexOf(".");
  const extension = dot > 0 && base.length - dot <= 10 ? base.slice(dot) : "";
  return base.slice(0, 120 - extension.length) + extension;
}
