import "server-only";
import type { ApplicationDocument } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { audit } from "@/lib/server/audit";
import { getFileStorage, type StoredFile } from "@/lib/server/integrations/storage";
import { getHealthSystem, type HealthForm } from "@/lib/server/integrations/health-system";
import { getPopulationRegistry } from "@/lib/server/integrations/population-registry";
import { renderHealthFormPdf } from "@/lib/server/pdf/render";

const FILE_NAMES: Record<HealthForm, string> = { F065: "065-u.pdf", F052: "052-2-u.pdf" };

/**
 * P-5: forms 065/у and 052-2/у come from the health information system, not from the parent.
 * Each record the system holds for the child becomes a one-page PDF (Kazakh and Russian
 * headings) attached to the draft as a HEALTH_SYSTEM document. Idempotent: once the draft has
 * current health-system documents nothing more is fetched, and two calls at once import once.
 * A form the parent has already uploaded is left alone. Returns the draft's current
 * health-system documents (empty when the system has nothing for the child).
 */
export async function importHealthDocuments(applicationId: string): Promise<ApplicationDocument[]> {
  const prisma = await db();
  const current = () =>
    prisma.applicationDocument.findMany({
      where: { applicationId, source: "HEALTH_SYSTEM", replacedAt: null },
      orderBy: { kind: "asc" }, // F065 before F052 (enum order)
    });

  const application = await prisma.application.findUnique({
    where: { id: applicationId },
    select: { id: true, childIin: true, status: true },
  });
  if (!application) return [];
  const existing = await current();
  if (existing.length > 0 || application.status !== "DRAFT") return existing;

  const records = await getHealthSystem().healthDocuments(application.childIin);
  if (records.length === 0) return [];
  const child = await getPopulationRegistry().findCitizen(application.childIin);
  const fetchedAt = new Date();

  // Rendering and storing happen before the transaction: it must stay short (STACK.md).
  const files: { form: HealthForm; stored: StoredFile }[] = [];
  for (const record of records) {
    const bytes = await renderHealthFormPdf({
      form: record.form,
      child: { fullName: child?.fullName ?? application.childIin, iin: application.childIin, birthDate: child?.birthDate ?? "" },
      organisation: record.organisation,
      issuedOn: record.issuedOn,
      summary: record.summary,
      fetchedAt,
    });
    files.push({ form: record.form, stored: await getFileStorage().put(bytes, { contentType: "application/pdf" }) });
  }

  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM application WHERE id = ${application.id} FOR UPDATE`;
    const present = await tx.applicationDocument.findMany({
      where: { applicationId: application.id, kind: { in: files.map((f) => f.form) }, replacedAt: null },
      select: { kind: true, source: true },
    });
    if (present.some((d) => d.source === "HEALTH_SYSTEM")) return; // another call imported meanwhile
    const taken = new Set(present.map((d) => d.kind));
    const fresh = files.filter((f) => !taken.has(f.form));
    if (fresh.length === 0) return;
    await tx.applicationDocument.createMany({
      data: fresh.map((f) => ({
        applicationId: application.id,
        kind: f.form,
        source: "HEALTH_SYSTEM" as const,
        fileName: FILE_NAMES[f.form],
        mimeType: "application/pdf",
        size: f.stored.size,
        sha256: f.stored.sha256,
        storageKey: f.stored.key,
        createdAt: fetchedAt,
      })),
    });
    await audit(tx, {
      actor: null,
      action: "document.imported",
      entity: "application",
      entityId: application.id,
      details: { forms: fresh.map((f) => f.form), source: "HEALTH_SYSTEM" },
    });
  });
  return current();
}
