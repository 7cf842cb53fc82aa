// Submission under load, idempotency and withdrawal, run on each database by thin test files.
import { describe, expect } from "@jest/globals";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onAppDatabase, type Target } from "./app-database";

/** A JPEG by its signature bytes; `fill` makes different contents of the same size. */
function jpegBytes(size: number, fill: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(fill);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  return bytes;
}

export function defineSubmissionSuite(target: Target, raceSize: number) {
  describe(`submission on ${target}`, () => {
    let app: Awaited<ReturnType<typeof load>>;
    const run = onAppDatabase(target, {
      // Karaganda's admission window is open; uploaded files go to a directory of this run.
      env: { APP_TODAY: "2026-07-06", STORAGE_DIR: path.join(os.tmpdir(), `qabyldau-submission-${process.pid}-${target}`) },
      load: async () => {
        app = await load();
      },
      unload: async () => {
        fs.rmSync(process.env.STORAGE_DIR!, { recursive: true, force: true });
      },
      setupTimeout: 120_000,
      testTimeout: 600_000,
    });

    run(`${raceSize} parents sign at once for 5 seats (1 outside the catchment): exactly 5 get one`, async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `race${target}`, 5);
      let t0 = Date.now();
      const families = await app.createSignedFamilies(prisma, school, {
        tag: "race",
        count: raceSize,
        outsideCount: Math.floor(raceSize / 5),
        serialBase: 9000,
      });
      console.log(`prepared ${raceSize} signed drafts in ${Date.now() - t0} ms`);
      t0 = Date.now();
      const results = await Promise.all(families.map((f) => app.submitApplication(f.parent, f.requestId)));
      console.log(`${raceSize} concurrent submissions in ${Date.now() - t0} ms`);

      const accepted = results.filter((r) => r.ok);
      expect(accepted).toHaveLength(5);
      const refused = results.filter((r) => !r.ok).map((r) => (r.ok ? null : r.error));
      expect(new Set(refused)).toEqual(new Set(refused.filter((e) => e === "NO_SEAT" || e === "QUOTA_USED")));
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment + seat.reservedOutside).toBe(5);
      expect(seat.reservedOutside).toBeLessThanOrEqual(1);
      const submitted = await prisma.application.findMany({ where: { schoolId: school.schoolId, status: "UNDER_REVIEW" } });
      expect(submitted).toHaveLength(5);
      expect(submitted.filter((a) => !a.isCatchment).length).toBe(seat.reservedOutside);
      // Nothing of a refused submission is kept: its draft stays a draft, its signature unused.
      expect(await prisma.application.count({ where: { schoolId: school.schoolId, status: "DRAFT" } })).toBe(raceSize - 5);
      expect(await prisma.signingRequest.count({ where: { id: { in: families.map((f) => f.requestId) }, status: "CONSUMED" } })).toBe(5);
      expect(await prisma.applicationEvent.count({ where: { application: { schoolId: school.schoolId } } })).toBe(5);
    });

    run("the same signed submission sent 5 times at once makes one application", async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `idem${target}`, 25);
      const [family] = await app.createSignedFamilies(prisma, school, { tag: "idem", count: 1, outsideCount: 0, serialBase: 9600 });
      const results = await Promise.all(Array.from({ length: 5 }, () => app.submitApplication(family!.parent, family!.requestId)));
      expect(results.every((r) => r.ok && r.applicationId === family!.applicationId)).toBe(true);
      expect(results.filter((r) => r.ok && !r.repeated)).toHaveLength(1);
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment).toBe(1);
      expect(await prisma.applicationEvent.count({ where: { applicationId: family!.applicationId } })).toBe(1);
      expect(await prisma.issuedDocument.count({ where: { applicationId: family!.applicationId, kind: "APPLICATION" } })).toBe(1);
      expect(await prisma.notification.count({ where: { userId: family!.parent.id } })).toBe(1);
    });

    run("withdrawing frees the seat, and the child may apply again", async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `wd${target}`, 1);
      const [first, second] = await app.createSignedFamilies(prisma, school, { tag: "wd", count: 2, outsideCount: 0, serialBase: 9700 });
      expect(await app.submitApplication(first!.parent, first!.requestId)).toMatchObject({ ok: true });
      expect(await app.submitApplication(second!.parent, second!.requestId)).toEqual({ ok: false, error: "NO_SEAT" });

      const prepared = await app.prepareWithdrawal(first!.parent, first!.applicationId);
      if (!prepared.ok) throw new Error(prepared.error);
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: false, error: "NOT_SIGNED" });
      await app.signAsStandIn(prisma, prepared.requestId, first!.parent.iin!);
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: true, applicationId: first!.applicationId });
      expect(await app.withdrawApplication(first!.parent, prepared.requestId)).toEqual({ ok: true, applicationId: first!.applicationId });

      const withdrawn = await prisma.application.findUniqueOrThrow({ where: { id: first!.applicationId } });
      expect(withdrawn.status).toBe("WITHDRAWN");
      expect(withdrawn.openChildIin).toBeNull();
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment).toBe(0);
      expect(await prisma.issuedDocument.count({ where: { applicationId: first!.applicationId, kind: "WITHDRAWAL" } })).toBe(1);
      // The freed seat goes to the next parent.
      expect(await app.submitApplication(second!.parent, second!.requestId)).toMatchObject({ ok: true });
      // Withdrawing again is refused: the status table does not allow it.
      expect(await app.prepareWithdrawal(first!.parent, first!.applicationId)).toEqual({ ok: false, error: "NOT_ALLOWED" });
    });

    /** A family whose SUBMIT request lists one photo (uploaded through the product) and is signed. */
    async function familyWithSignedPhoto(tag: string, serialBase: number) {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `${tag}${target}`, 5);
      const [family] = await app.createSignedFamilies(prisma, school, { tag, count: 1, outsideCount: 0, serialBase });
      const uploaded = await app.uploadDocument(family!.parent, {
        applicationId: family!.applicationId,
        kind: "PHOTO",
        bytes: jpegBytes(300, 1),
        fileName: "photo.jpg",
      });
      if (!uploaded.ok) throw new Error(uploaded.error);
      const draft = await prisma.application.findUniqueOrThrow({ where: { id: family!.applicationId } });
      const rows = await prisma.applicationDocument.findMany({ where: { applicationId: draft.id, replacedAt: null } });
      const request = await app.createSigningRequest(prisma, {
        applicationId: draft.id,
        purpose: "SUBMIT",
        signerIin: family!.parent.iin!,
        requestedById: family!.parent.id,
        payload: {
          document: "qabyldau.first-grade.application",
          draftId: draft.id,
          answersSha256: app.answersFingerprint(draft.answers),
          school: { byCatchment: true },
          documents: rows.map((d) => ({ kind: d.kind, source: d.source, fileName: d.fileName, sha256: d.sha256 })),
        },
      });
      await app.signAsStandIn(prisma, request.id, family!.parent.iin!);
      return { family: family!, school, requestId: request.id, photoId: uploaded.document.id };
    }

    run("a photo swapped after signing is refused with CHANGED_AFTER_SIGNING, and nothing is kept", async () => {
      const prisma = await app.db();
      const { family, school, requestId, photoId } = await familyWithSignedPhoto("swap", 9800);
      const swapped = await app.uploadDocument(family.parent, {
        applicationId: family.applicationId,
        kind: "PHOTO",
        bytes: jpegBytes(300, 2),
        fileName: "photo.jpg",
        replaceId: photoId,
      });
      expect(swapped.ok).toBe(true);

      expect(await app.submitApplication(family.parent, requestId)).toEqual({ ok: false, error: "CHANGED_AFTER_SIGNING" });
      const draft = await prisma.application.findUniqueOrThrow({ where: { id: family.applicationId } });
      expect(draft.status).toBe("DRAFT");
      expect((await prisma.signingRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("SIGNED");
      const seat = await prisma.seatCapacity.findUniqueOrThrow({ where: { id: school.seatId } });
      expect(seat.reservedCatchment + seat.reservedOutside).toBe(0);
      expect(await prisma.applicationEvent.count({ where: { applicationId: family.applicationId } })).toBe(0);
      expect(await prisma.issuedDocument.count({ where: { applicationId: family.applicationId } })).toBe(0);

      // An extra file is a change too; the signed files exactly (the swap undone) are accepted.
      const signedPhoto = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: photoId } });
      await prisma.applicationDocument.updateMany({
        where: { applicationId: family.applicationId, replacedAt: null },
        data: { replacedAt: new Date() },
      });
      await prisma.applicationDocument.update({ where: { id: signedPhoto.id }, data: { replacedAt: null } });
      await prisma.applicationDocument.create({
        data: { ...signedPhoto, id: undefined, sha256: "0".repeat(64), createdAt: undefined, replacedAt: null },
      });
      expect(await app.submitApplication(family.parent, requestId)).toEqual({ ok: false, error: "CHANGED_AFTER_SIGNING" });
      await prisma.applicationDocument.updateMany({
        where: { applicationId: family.applicationId, sha256: "0".repeat(64) },
        data: { replacedAt: new Date() },
      });
      expect(await app.submitApplication(family.parent, requestId)).toMatchObject({ ok: true, applicationId: family.applicationId });
    });

    run("a signature is bound to its request: replayed on another request it is refused", async () => {
      const prisma = await app.db();
      const school = await app.createLoadSchool(prisma, `replay${target}`, 5);
      const [family] = await app.createSignedFamilies(prisma, school, { tag: "replay", count: 1, outsideCount: 0, serialBase: 9850 });
      const parent = family!.parent;
      const first = await prisma.signingRequest.findUniqueOrThrow({ where: { id: family!.requestId } });
      expect(JSON.parse(first.payload)).toMatchObject({ requestId: first.id });

      // A second request for the same draft, with the same content: only its id differs.
      const { requestId: _id, ...content } = JSON.parse(first.payload) as Record<string, unknown>;
      const second = await app.createSigningRequest(prisma, {
        applicationId: first.applicationId,
        purpose: "SUBMIT",
        signerIin: parent.iin!,
        requestedById: parent.id,
        payload: content,
      });
      expect(JSON.parse(second.payload)).toEqual({ ...content, requestId: second.id });
      const replayed = await app.attachSignature(prisma, { id: second.id, cms: first.cms!, channel: "EDS", requestedById: parent.id });
      expect(replayed).toMatchObject({ ok: false, error: "BAD_SIGNATURE" });
      expect(await app.submitApplication(parent, second.id)).toEqual({ ok: false, error: "NOT_SIGNED" });

      // Written past the checks (a stored signature whose payload names another request): refused.
      await prisma.signingRequest.update({
        where: { id: second.id },
        data: {
          status: "SIGNED",
          payload: first.payload,
          payloadSha256: first.payloadSha256,
          cms: first.cms,
          signerName: first.signerName,
          certSerial: first.certSerial,
          signedAt: first.signedAt,
        },
      });
      expect(await app.submitApplication(parent, second.id)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect((await prisma.application.findUniqueOrThrow({ where: { id: first.applicationId } })).status).toBe("DRAFT");

      // The withdrawal: a signature of one withdrawal request does not withdraw through another.
      expect(await app.submitApplication(parent, first.id)).toMatchObject({ ok: true });
      const w1 = await app.prepareWithdrawal(parent, first.applicationId);
      const w2 = await app.prepareWithdrawal(parent, first.applicationId);
      if (!w1.ok || !w2.ok) throw new Error("withdrawal not prepared");
      await app.signAsStandIn(prisma, w1.requestId, parent.iin!);
      const w1Row = await prisma.signingRequest.findUniqueOrThrow({ where: { id: w1.requestId } });
      expect(await app.attachSignature(prisma, { id: w2.requestId, cms: w1Row.cms!, channel: "QR" })).toMatchObject({
        ok: false,
        error: "BAD_SIGNATURE",
      });
      expect(await app.withdrawApplication(parent, w2.requestId)).toEqual({ ok: false, error: "NOT_SIGNED" });
      expect((await prisma.application.findUniqueOrThrow({ where: { id: first.applicationId } })).status).toBe("UNDER_REVIEW");
    });

    run("one open application per child is enforced by the database itself", async () => {
      const prisma = await app.db();
      const other = await prisma.application.findFirstOrThrow({ where: { status: "UNDER_REVIEW", openChildIin: { not: null } } });
      await expect(
        prisma.application.create({
          data: {
            parentId: other.parentId,
            childIin: other.childIin,
            openChildIin: other.childIin,
            status: "UNDER_REVIEW",
            academicYear: other.academicYear,
          },
        }),
      ).rejects.toMatchObject({ code: "P2002" });
    });
  });
}

async function load() {
  const { db } = await import("@/lib/server/db");
  const { submitApplication } = await import("@/lib/server/applications/submit-application");
  const { prepareWithdrawal, withdrawApplication } = await import("@/lib/server/applications/withdraw-application");
  const { uploadDocument } = await import("@/lib/server/documents/upload-document");
  const { createSigningRequest } = await import("@/lib/server/signing/requests");
  const { attachSignature } = await import("@/lib/server/signing/attach-signature");
  const { answersFingerprint } = await import("@/lib/server/applications/snapshot");
  const fixture = await import("../../../scripts/fixtures/signed-submissions");
  return {
    db,
    submitApplication,
    prepareWithdrawal,
    withdrawApplication,
    uploadDocument,
    createSigningRequest,
    attachSignature,
    answersFingerprint,
    ...fixture,
  };
}
