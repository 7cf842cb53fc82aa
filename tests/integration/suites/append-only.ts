// Issue 8 (6): the audit log and the application history are append-only in the database
// itself (migration append_only_history): inserts pass, UPDATE and DELETE are refused whoever
// sends them. Staff sign-ins, lockouts and opened documents are written to the audit log.
// Run by append-only.pglite.test.ts and append-only.postgres.test.ts.
import { describe, expect } from "@jest/globals";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_PASSWORD } from "@/prisma/seed/staff";

type Authorize = (credentials: Record<string, string>, req: unknown) => Promise<{ id: string } | null>;

async function loadApp() {
  const { db } = await import("@/lib/server/db");
  const { audit } = await import("@/lib/server/audit");
  const { authOptions } = await import("@/lib/server/auth/options");
  const { MAX_FAILURES } = await import("@/lib/server/auth/throttle");
  const { readDocument } = await import("@/lib/server/documents/read-document");
  const provider = authOptions().providers.find((p) => p.id === "staff") as unknown as { authorize: Authorize };
  return { db, audit, authorize: provider.authorize, MAX_FAILURES, readDocument };
}

export function defineAppendOnlySuite(target: Target) {
  describe(`append-only history on ${target}`, () => {
    let app: Awaited<ReturnType<typeof loadApp>>;
    const run = onAppDatabase(target, {
      load: async () => {
        app = await loadApp();
      },
    });

    run("audit rows can be added but neither changed nor deleted", async () => {
      const prisma = await app.db();
      await app.audit(prisma, { actor: null, action: "user.updated", entity: "user", entityId: "probe" });
      const row = await prisma.auditEntry.findFirstOrThrow({ where: { entityId: "probe" } });
      await expect(prisma.auditEntry.update({ where: { id: row.id }, data: { action: "user.deleted" } })).rejects.toThrow(/append-only/);
      await expect(prisma.auditEntry.delete({ where: { id: row.id } })).rejects.toThrow(/append-only/);
      await expect(prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRawUnsafe(`UPDATE "audit_entry" SET "entityId" = 'x'`)).rejects.toThrow(/append-only/);
      expect(await prisma.auditEntry.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
        action: "user.updated",
        entityId: "probe",
      });
    });

    run("application history rows can be added but neither changed nor deleted", async () => {
      const prisma = await app.db();
      const event = await prisma.applicationEvent.findFirstOrThrow({});
      await expect(prisma.applicationEvent.update({ where: { id: event.id }, data: { comment: "rewritten" } })).rejects.toThrow(
        /append-only/,
      );
      await expect(prisma.applicationEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
      await expect(prisma.$executeRawUnsafe(`DELETE FROM "application_event"`)).rejects.toThrow(/append-only/);
      expect((await prisma.applicationEvent.findUniqueOrThrow({ where: { id: event.id } })).comment).toBe(event.comment);
      const added = await prisma.applicationEvent.create({
        data: { applicationId: event.applicationId, toStatus: event.toStatus, comment: "appended" },
      });
      expect(added.comment).toBe("appended");
    });

    run("a staff sign-in and a lockout are in the audit log", async () => {
      const prisma = await app.db();
      const user = await app.authorize({ login: "school63.director", password: DEMO_PASSWORD }, { headers: {} });
      expect(user).not.toBeNull();
      const signedIn = await prisma.auditEntry.findFirstOrThrow({ where: { action: "user.signed-in", entityId: user!.id } });
      expect(signedIn).toMatchObject({ actorId: user!.id, actorRole: "DIRECTOR", entity: "user" });

      for (let i = 0; i < app.MAX_FAILURES; i++) {
        expect(await app.authorize({ login: "school9.executor", password: `wrong-${i}` }, { headers: {} })).toBeNull();
      }
      const lockouts = await prisma.auditEntry.findMany({ where: { action: "login.locked-out" } });
      expect(lockouts).toHaveLength(1);
      expect(lockouts[0]).toMatchObject({ entity: "login", entityId: "login:school9.executor", actorId: null });
      // Further tries while locked do not log the lockout again.
      await expect(app.authorize({ login: "school9.executor", password: DEMO_PASSWORD }, { headers: {} })).rejects.toThrow();
      expect(await prisma.auditEntry.count({ where: { action: "login.locked-out" } })).toBe(1);
    });

    run("opening a document records who opened which one; a refused read records nothing", async () => {
      const prisma = await app.db();
      const document = await prisma.applicationDocument.findFirstOrThrow({
        where: { application: { status: { not: "DRAFT" }, schoolId: { not: null } } },
        select: { id: true, application: { select: { schoolId: true, parentId: true } } },
      });
      const parent = await prisma.user.findUniqueOrThrow({ where: { id: document.application.parentId }, include: { organisation: true } });
      const file = await app.readDocument(parent, document.id);
      expect(file).not.toBeNull();
      expect(
        await prisma.auditEntry.findFirst({ where: { action: "document.opened", entityId: document.id, actorId: parent.id } }),
      ).not.toBeNull();

      const stranger = await prisma.user.findFirstOrThrow({
        where: { role: "DIRECTOR", organisationId: { not: document.application.schoolId } },
        include: { organisation: true },
      });
      expect(await app.readDocument(stranger, document.id)).toBeNull();
      expect(await prisma.auditEntry.count({ where: { action: "document.opened", actorId: stranger.id } })).toBe(0);
    });
  });
}
