// Documents and PDFs (P-5, P-7, X-7) on each database, run by the thin *.pglite / *.postgres files:
// uploads judged by content, scoping of reads, the health-system import, issued documents
// rendered once and re-verified.
import { afterAll, beforeAll, describe, expect } from "@jest/globals";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onAppDatabase, type Target } from "./app-database";
import { DEMO_CITIZENS } from "@/prisma/seed/citizens";

const MB5 = 5 * 1024 * 1024;
const TODAY = "2026-07-06";

function pdfBytes(size = 300, text = "Qabyldau test"): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode(`%PDF-1.4\n% ${text}\n`));
  return bytes;
}
function jpegBytes(size = 200): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
  return bytes;
}
const pngBytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** What next/navigation's notFound() throws (its digest marks a 404). */
async function expectNotFound(call: () => unknown): Promise<void> {
  let thrown: unknown = null;
  try {
    await call();
  } catch (error) {
    thrown = error;
  }
  expect(String((thrown as { digest?: unknown } | null)?.digest ?? "")).toContain("404");
}

export function defineDocumentsSuite(target: Target) {
  describe(`documents on ${target}`, () => {
    let app: Awaited<ReturnType<typeof load>>;
    let storageDir: string;

    beforeAll(() => {
      storageDir = fs.mkdtempSync(path.join(os.tmpdir(), "qabyldau-files-"));
      process.env.STORAGE_DIR = storageDir;
    });
    const run = onAppDatabase(target, {
      env: { APP_TODAY: TODAY },
      load: async () => {
        app = await load();
      },
      setupTimeout: 120_000,
      testTimeout: 120_000,
    });
    // Declared after onAppDatabase, so it runs after the database is closed.
    afterAll(() => {
      fs.rmSync(storageDir, { recursive: true, force: true });
    });

    async function parent(role: keyof typeof DEMO_CITIZENS) {
      const iin = DEMO_CITIZENS[role];
      await app.signInParent(iin);
      return (await app.db()).user.findUniqueOrThrow({ where: { iin }, include: { organisation: true } });
    }
    async function staff(login: string) {
      return (await app.db()).user.findUniqueOrThrow({ where: { login }, include: { organisation: true } });
    }
    /** A draft straight in the table (openChildIin left empty, so seeded open applications do not collide). */
    async function draft(owner: { id: string }, childRole: keyof typeof DEMO_CITIZENS, schoolLogin = "school63.director") {
      const prisma = await app.db();
      const school = await staff(schoolLogin);
      return prisma.application.create({
        data: {
          parentId: owner.id,
          childIin: DEMO_CITIZENS[childRole],
          academicYear: "2026-2027",
          schoolId: school.organisationId,
          language: "KK",
          classType: "GENERAL",
          isCatchment: true,
        },
      });
    }

    run("a parent attaches a PDF and a JPEG; the type comes from the content, not the name", async () => {
      const mother = await parent("eligibleMother");
      const application = await draft(mother, "eligibleChild");
      const first = await app.uploadDocument(mother, {
        applicationId: application.id,
        kind: "PHOTO",
        bytes: pdfBytes(),
        fileName: "photo.jpg",
      });
      expect(first).toMatchObject({
        ok: true,
        document: { kind: "PHOTO", source: "UPLOADED", mimeType: "application/pdf", fileName: "photo.jpg", size: 300 },
      });
      const second = await app.uploadDocument(mother, {
        applicationId: application.id,
        kind: "PHOTO",
        bytes: jpegBytes(),
        fileName: "C:\\Users\\me\\фото.jpeg",
      });
      expect(second).toMatchObject({ ok: true, document: { mimeType: "image/jpeg", fileName: "фото.jpeg" } });

      // At most two photos; a third only by replacing one.
      expect(
        await app.uploadDocument(mother, { applicationId: application.id, kind: "PHOTO", bytes: jpegBytes(300), fileName: "3.jpg" }),
      ).toEqual({ ok: false, error: "LIMIT_REACHED" });
      const firstId = first.ok ? first.document.id : "";
      const replaced = await app.uploadDocument(mother, {
        applicationId: application.id,
        kind: "PHOTO",
        bytes: jpegBytes(400),
        fileName: "new.jpg",
        replaceId: firstId,
      });
      expect(replaced.ok).toBe(true);
      expect(
        await app.uploadDocument(mother, {
          applicationId: application.id,
          kind: "PHOTO",
          bytes: jpegBytes(500),
          fileName: "again.jpg",
          replaceId: firstId,
        }),
      ).toEqual({ ok: false, error: "REPLACE_NOT_FOUND" });

      const prisma = await app.db();
      const old = await prisma.applicationDocument.findUniqueOrThrow({ where: { id: firstId } });
      expect(old.replacedAt).not.toBeNull();
      const current = await app.listDocuments(application.id);
      expect(current.map((d) => d.fileName).sort()).toEqual(["new.jpg", "фото.jpeg"]);
      expect(
        await prisma.auditEntry.count({ where: { entityId: application.id, action: { in: ["document.uploaded", "document.replaced"] } } }),
      ).toBe(3);

      // The stored bytes are the uploaded bytes, under their SHA-256.
      const stored = await app.getFileStorage().get(old.storageKey);
      expect(stored && Buffer.compare(stored, Buffer.from(pdfBytes()))).toBe(0);
      expect(old.storageKey).toBe(old.sha256);
    });

    run("a wrong type by content and 5 MB + 1 byte are refused; exactly 5 MB is accepted", async () => {
      const mother = await parent("dec31Mother");
      const application = await draft(mother, "turnsSixOnDec31Child");
      const upload = (bytes: Uint8Array, fileName: string) =>
        app.uploadDocument(mother, { applicationId: application.id, kind: "PHOTO", bytes, fileName });
      expect(await upload(pngBytes, "photo.pdf")).toEqual({ ok: false, error: "WRONG_TYPE" });
      expect(await upload(new Uint8Array(0), "empty.pdf")).toEqual({ ok: false, error: "EMPTY" });
      expect(await upload(pdfBytes(MB5 + 1), "big.pdf")).toEqual({ ok: false, error: "TOO_LARGE" });
      expect((await app.listDocuments(application.id)).length).toBe(0);
      expect(await upload(jpegBytes(MB5), "exactly-5mb.jpg")).toMatchObject({ ok: true, document: { size: MB5 } });
    });

    run("strangers, staff and submitted applications are answered NOT_FOUND", async () => {
      const owner = await parent("jan1Mother");
      const application = await draft(owner, "turnsSixOnJan1Child");
      const input = { applicationId: application.id, kind: "PHOTO" as const, bytes: jpegBytes(), fileName: "a.jpg" };
      expect(await app.uploadDocument(await parent("twinsFather"), input)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await app.uploadDocument(await staff("school63.director"), input)).toEqual({ ok: false, error: "NOT_FOUND" });
      expect(await app.isOwnDraft(await parent("twinsFather"), application.id)).toBe(false);
      expect(await app.isOwnDraft(owner, application.id)).toBe(true);
      await (await app.db()).application.update({ where: { id: application.id }, data: { status: "UNDER_REVIEW" } });
      expect(await app.uploadDocument(owner, input)).toEqual({ ok: false, error: "NOT_FOUND" });
    });

    run("a NUL byte (or any character no id has) in an id is 'not found', never a server error", async () => {
      const owner = await parent("jan1Mother");
      const director = await staff("school63.director");
      for (const bad of ["\u0000", "app\u0000-seed", "../etc", "x".repeat(65)]) {
        expect(await app.isOwnDraft(owner, bad)).toBe(false);
        expect(await app.uploadDocument(owner, { applicationId: bad, kind: "PHOTO", bytes: jpegBytes(), fileName: "a.jpg" })).toEqual({
          ok: false,
          error: "NOT_FOUND",
        });
        expect(await app.readDocument(owner, bad)).toBeNull();
        expect(await app.readIssuedPdf(owner, bad)).toBeNull();
        expect(await app.verifyIssuedDocument(bad)).toBeNull();
        expect(await app.findDraft(owner.id, bad)).toBeNull();
        await expectNotFound(() => app.getMyApplication(owner, bad));
        await expectNotFound(() => app.getApplicationForStaff(director, bad));
      }
    });

    run("bidirectional control characters are removed from uploaded file names", async () => {
      const owner = await parent("jan1Mother");
      const application = await draft(owner, "turnsSixOnJan1Child");
      // U+202E would show "photo\u202Egpj.exe" as "photoexe.jpg".
      const uploaded = await app.uploadDocument(owner, {
        applicationId: application.id,
        kind: "PHOTO",
        bytes: jpegBytes(),
        fileName: "\u200Ephoto\u202Egpj\u202C\u2066.\u2069exe\u200F\u202A\u202B\u202D\u2067\u2068.jpg",
      });
      expect(uploaded).toMatchObject({ ok: true, document: { fileName: "photogpj.exe.jpg" } });
      const row = await (await app.db()).applicationDocument.findFirstOrThrow({ where: { applicationId: application.id } });
      expect(row.fileName).toBe("photogpj.exe.jpg");
      for (const c of ["\u200E", "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069"]) {
        expect(app.safeFileName(`a${c}b.pdf`, "application/pdf")).toBe("ab.pdf");
      }
    });

    run("the PMPK conclusion needs a validity date that has not passed", async () => {
      const mother = await parent("specialNeedsMother");
      const application = await draft(mother, "specialNeedsChild");
      const pmpk = (validUntil: string | null) =>
        app.uploadDocument(mother, { applicationId: application.id, kind: "PMPK", bytes: pdfBytes(), fileName: "pmpk.pdf", validUntil });
      expect(await pmpk(null)).toEqual({ ok: false, error: "VALID_UNTIL_REQUIRED" });
      expect(await pmpk("2026-02-30")).toEqual({ ok: false, error: "VALID_UNTIL_REQUIRED" });
      expect(await pmpk("2026-07-05")).toEqual({ ok: false, error: "VALID_UNTIL_PAST" });
      expect(await pmpk(TODAY)).toMatchObject({ ok: true, document: { kind: "PMPK", validUntil: TODAY } });
    });

    run("forms 065/у and 052-2/у come from the health system once, as bilingual PDFs; uploading them is refused", async () => {
      const mother = await parent("eligibleMother");
      const application = await draft(mother, "eligibleChild");
      const [imported, again] = await Promise.all([app.importHealthDocuments(application.id), app.importHealthDocuments(application.id)]);
      expect(imported.map((d) => [d.kind, d.source, d.mimeType])).toEqual([
        ["F065", "HEALTH_SYSTEM", "application/pdf"],
        ["F052", "HEALTH_SYSTEM", "application/pdf"],
      ]);
      expect(again.map((d) => d.id).sort()).toEqual(imported.map((d) => d.id).sort());
      expect((await app.importHealthDocuments(application.id)).map((d) => d.id).sort()).toEqual(imported.map((d) => d.id).sort());
      expect(await (await app.db()).applicationDocument.count({ where: { applicationId: application.id } })).toBe(2);

      const f065 = await app.getFileStorage().get(imported[0]!.storageKey);
      const text = app.extractPdfText(f065!).replace(/\s+/g, " ");
      expect(text).toContain("№ 065/у нысанды профилактикалық екпелер картасы");
      expect(text).toContain("Карта профилактических прививок (форма № 065/у)");
      expect(text).toContain("Нұрланов Алихан Ерланұлы");
      const f052 = app.extractPdfText((await app.getFileStorage().get(imported[1]!.storageKey))!).replace(/\s+/g, " ");
      expect(f052).toContain("«052-2/у» нысандағы «Бала денсаулығы паспорты»");
      expect(f052).toContain("Паспорт здоровья ребёнка (форма № 052-2/у)");

      const upload = await app.uploadDocument(mother, {
        applicationId: application.id,
        kind: "F065",
        bytes: pdfBytes(),
        fileName: "065.pdf",
      });
      expect(upload).toEqual({ ok: false, error: "PROVIDED_BY_HEALTH_SYSTEM" });
    });

    run("the child the health system knows nothing about: nothing imported, the parent uploads both forms", async () => {
      const owner = await parent("noHealthMother");
      const application = await draft(owner, "noHealthChild");
      expect(await app.importHealthDocuments(application.id)).toEqual([]);
      expect(await app.importHealthDocuments(application.id)).toEqual([]);
      for (const kind of ["F065", "F052"] as const) {
        expect(
          await app.uploadDocument(owner, { applicationId: application.id, kind, bytes: pdfBytes(), fileName: `${kind}.pdf` }),
        ).toMatchObject({ ok: true, document: { kind, source: "UPLOADED" } });
      }
      expect(
        await app.uploadDocument(owner, { applicationId: application.id, kind: "F065", bytes: pdfBytes(400), fileName: "second.pdf" }),
      ).toEqual({ ok: false, error: "LIMIT_REACHED" });
    });

    run("a file is read by its parent always, by the school's director and assigned executor once submitted, by nobody else", async () => {
      const prisma = await app.db();
      const director = await staff("school63.director");
      const submitted = await prisma.application.findFirstOrThrow({
        where: { schoolId: director.organisationId, status: "UNDER_REVIEW", documents: { some: {} } },
        include: { documents: true, parent: true },
      });
      const photo = submitted.documents.find((d) => d.kind === "PHOTO")!;
      const owner = await prisma.user.findUniqueOrThrow({ where: { id: submitted.parentId }, include: { organisation: true } });

      const asOwner = await app.readDocument(owner, photo.id);
      expect(asOwner?.contentType).toBe("image/jpeg");
      expect(asOwner?.bytes.length).toBe(photo.size);
      expect(await app.readDocument(director, photo.id)).not.toBeNull();
      expect(await app.readDocument(await staff("school63.executor1"), photo.id)).not.toBeNull();
      for (const outsider of [
        await staff("school63.executor2"),
        await staff("school63.admin"),
        await staff("school9.director"),
        await parent("twinsFather"),
      ]) {
        expect(await app.readDocument(outsider, photo.id)).toBeNull();
      }
      expect(await app.readDocument(owner, "no-such-document")).toBeNull();

      // A draft is the parent's alone, even for the chosen school's director.
      const mother = await parent("twinsFather");
      const own = await draft(mother, "twinGirl");
      const uploaded = await app.uploadDocument(mother, { applicationId: own.id, kind: "PHOTO", bytes: pdfBytes(), fileName: "p.pdf" });
      if (!uploaded.ok) throw new Error(uploaded.error);
      expect((await app.readDocument(mother, uploaded.document.id))?.contentType).toBe("application/pdf");
      expect(await app.readDocument(director, uploaded.document.id)).toBeNull();
    });

    run("the upload request is read with a limit and validated", async () => {
      const form = new FormData();
      form.set("kind", "PMPK");
      form.set("validUntil", "2027-01-31");
      form.set("replaceId", "");
      form.set("file", new File([pdfBytes()], "заключение.pdf", { type: "image/jpeg" }));
      const request = new Request("http://127.0.0.1:3999/api/applications/x/documents", { method: "POST", body: form });
      const parsed = await app.readUploadRequest(request);
      expect(parsed).toMatchObject({
        ok: true,
        upload: { kind: "PMPK", fileName: "заключение.pdf", validUntil: "2027-01-31", replaceId: null },
      });
      expect(parsed.ok && parsed.upload.bytes.length).toBe(300);

      // A declared length over the limit is refused before anything is read.
      const declared = new Request("http://127.0.0.1:3999/x", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(app.MAX_UPLOAD_REQUEST_BYTES + 1) },
        body: "tiny",
      });
      expect(await app.readUploadRequest(declared)).toEqual({ ok: false, error: "TOO_LARGE" });

      // An undeclared (streamed) body is cut off as soon as it passes the limit.
      let pulled = 0;
      const endless = new ReadableStream<Uint8Array>({
        pull(controller) {
          pulled += 1;
          controller.enqueue(new Uint8Array(1024 * 1024));
        },
      });
      const streamed = new Request("http://127.0.0.1:3999/x", {
        method: "POST",
        headers: { "content-type": "multipart/form-data; boundary=x" },
        body: endless,
        duplex: "half",
      } as RequestInit);
      expect(await app.readUploadRequest(streamed)).toEqual({ ok: false, error: "TOO_LARGE" });
      expect(pulled).toBeLessThanOrEqual(8);

      const bigFile = new FormData();
      bigFile.set("kind", "PHOTO");
      bigFile.set("file", new File([pdfBytes(MB5 + 1)], "big.pdf"));
      const big = await app.readUploadRequest(new Request("http://127.0.0.1:3999/x", { method: "POST", body: bigFile }));
      expect(big.ok && big.upload.bytes.length).toBe(MB5 + 1); // within the overhead: the use case says TOO_LARGE

      const noKind = new FormData();
      noKind.set("file", new File([pdfBytes()], "a.pdf"));
      expect(await app.readUploadRequest(new Request("http://127.0.0.1:3999/x", { method: "POST", body: noKind }))).toEqual({
        ok: false,
        error: "INVALID",
      });
      const badKind = new FormData();
      badKind.set("kind", "PASSPORT");
      badKind.set("file", new File([pdfBytes()], "a.pdf"));
      expect(await app.readUploadRequest(new Request("http://127.0.0.1:3999/x", { method: "POST", body: badKind }))).toEqual({
        ok: false,
        error: "INVALID",
      });
      expect(
        await app.readUploadRequest(
          new Request("http://127.0.0.1:3999/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }),
        ),
      ).toEqual({ ok: false, error: "INVALID" });
    });

    run("an issued document is recorded with its signature, rendered once, and re-verified on the public page", async () => {
      const prisma = await app.db();
      const mother = await parent("leapDayMother");
      const application = await prisma.application.findFirstOrThrow({ where: { parentId: mother.id, status: "UNDER_REVIEW" } });
      const created = await app.createSigningRequest(prisma, {
        applicationId: application.id,
        purpose: "WITHDRAW",
        signerIin: mother.iin!,
        requestedById: mother.id,
        payload: {
          document: "qabyldau.first-grade.withdrawal",
          applicationNumber: application.number,
          applicant: { iin: mother.iin, fullName: mother.fullName },
          child: { iin: application.childIin, fullName: "Тест Бала Әлиұлы" },
        },
      });
      await app.signAsStandIn(prisma, created.id, mother.iin!);
      const signed = await app.getSignedRequest(prisma, { id: created.id, requestedById: mother.id, purpose: "WITHDRAW" });
      if ("error" in signed) throw new Error(signed.error);

      await expect(prisma.$transaction((tx) => app.recordIssuedDocument(tx, { kind: "RECEIPT", signed }))).rejects.toThrow("cannot issue");
      const { id } = await prisma.$transaction((tx) => app.recordIssuedDocument(tx, { kind: "WITHDRAWAL", signed }));
      expect(await prisma.$transaction((tx) => app.recordIssuedDocument(tx, { kind: "WITHDRAWAL", signed }))).toEqual({ id });
      const row = await prisma.issuedDocument.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ payload: signed.payload, cms: signed.cms, signerIin: mother.iin, pdfKey: null });

      // Three first downloads at once: one PDF is kept and all three get it.
      const pdfs = await Promise.all([app.issuedPdf(id), app.issuedPdf(id), app.issuedPdf(id)]);
      const kept = await prisma.issuedDocument.findUniqueOrThrow({ where: { id } });
      expect(kept.pdfKey).not.toBeNull();
      for (const pdf of pdfs) expect(app.sha256Hex(pdf!)).toBe(kept.pdfSha256);
      // Later downloads read the kept file: a changed application does not change the document.
      await prisma.application.update({ where: { id: application.id }, data: { reviewComment: "changed later" } });
      expect(app.sha256Hex((await app.issuedPdf(id))!)).toBe(kept.pdfSha256);

      if (process.env.PDF_OUT_DIR) fs.writeFileSync(path.join(process.env.PDF_OUT_DIR, `issued-${target}.pdf`), pdfs[0]!);
      const text = app.extractPdfText(pdfs[0]!).replace(/\s+/g, " ");
      expect(text).toContain("Өтінімді кері қайтарып алу");
      expect(text).toContain("Отзыв заявления");
      expect(text).toContain(mother.fullName);
      expect(text).toContain(`*********${mother.iin!.slice(-3)}`);
      expect(text).not.toContain(mother.iin!);
      expect(text).toContain(`http://127.0.0.1:3999/verify/${id}`);

      const download = await app.readIssuedPdf(mother, id);
      expect(download?.fileName).toBe(`qabyldau-${application.number}-withdrawal.pdf`);
      expect(await app.readIssuedPdf(await staff("school63.director"), id)).not.toBeNull();
      expect(await app.readIssuedPdf(await staff("school63.executor2"), id)).toBeNull();
      expect(await app.readIssuedPdf(await parent("twinsFather"), id)).toBeNull();
      expect(await app.issuedPdf("no-such-issued")).toBeNull();

      const verified = await app.verifyIssuedDocument(id);
      expect(verified).toMatchObject({
        genuine: true,
        problems: [],
        kind: "WITHDRAWAL",
        number: application.number,
        childName: "Тест Бала Әлиұлы",
        signerName: signed.signerName,
        signerIinMasked: `*********${mother.iin!.slice(-3)}`,
        pdfSha256: kept.pdfSha256,
      });
      expect(JSON.stringify(verified)).not.toContain(mother.iin!);
      expect(await app.verifyIssuedDocument("no-such-issued")).toBeNull();

      // Someone edits the stored payload: the hash and the signature no longer agree.
      await prisma.issuedDocument.update({ where: { id }, data: { payload: signed.payload.replace("Тест Бала", "Басқа Бала") } });
      const tampered = await app.verifyIssuedDocument(id);
      expect(tampered?.genuine).toBe(false);
      expect(tampered?.problems.map((p) => p.code)).toEqual(["PAYLOAD_CHANGED", "SIGNATURE_INVALID"]);
      // And the kept PDF file changed on disk is detected too.
      await prisma.issuedDocument.update({ where: { id }, data: { payload: signed.payload } });
      const file = path.join(storageDir, kept.pdfKey!.slice(0, 2), kept.pdfKey!.slice(2, 4), kept.pdfKey!);
      fs.appendFileSync(file, "%%tampered");
      expect((await app.verifyIssuedDocument(id))?.problems.map((p) => p.code)).toEqual(["PDF_CHANGED"]);
      await expect(app.issuedPdf(id)).rejects.toThrow("does not match");
    });

    run("the signed application and a refusal are drawn from what was signed", async () => {
      const prisma = await app.db();
      const mother = await parent("twinsMother");
      const application = await draft(mother, "twinBoy");
      const uploaded = await app.uploadDocument(mother, {
        applicationId: application.id,
        kind: "PHOTO",
        bytes: jpegBytes(),
        fileName: "сурет-1.jpg",
      });
      if (!uploaded.ok) throw new Error(uploaded.error);
      const sign = async (purpose: "SUBMIT" | "REJECT", payload: object, signer: { id: string; iin: string | null }) => {
        const created = await app.createSigningRequest(prisma, {
          applicationId: application.id,
          purpose,
          signerIin: signer.iin!,
          requestedById: signer.id,
          payload,
        });
        await app.signAsStandIn(prisma, created.id, signer.iin!);
        const signed = await app.getSignedRequest(prisma, { id: created.id, requestedById: signer.id, purpose });
        if ("error" in signed) throw new Error(signed.error);
        return signed;
      };
      const submitted = await sign(
        "SUBMIT",
        {
          document: "qabyldau.first-grade.application",
          version: 1,
          academicYear: "2026-2027",
          applicant: { iin: mother.iin, fullName: mother.fullName, phone: "+77010000001", extraPhone: "+77020000002" },
          child: {
            iin: DEMO_CITIZENS.twinBoy,
            fullName: "Сәрсенбаев Әли Ержанұлы",
            birthDate: "2020-02-11",
            specialNeeds: false,
            registrationAddressKk: "Қарағанды қ., Бұқар жырау д-лы, 49",
            registrationAddressRu: "г. Караганда, пр. Бухар жырау, 49",
          },
          school: { nameKk: "№63 мектеп", nameRu: "Школа №63", byCatchment: false, language: "RU", classType: "GYMNASIUM", grade: 1 },
          transport: { needed: true, sameAsRegistration: true, address: null },
          documents: [{ kind: "PHOTO", source: "UPLOADED", fileName: "сурет-1.jpg", sha256: "x" }],
        },
        mother,
      );
      const { id } = await prisma.$transaction((tx) => app.recordIssuedDocument(tx, { kind: "APPLICATION", signed: submitted }));
      const text = app.extractPdfText((await app.issuedPdf(id))!).replace(/\s+/g, " ");
      for (const expected of [
        "Баланы 1-сыныпқа қабылдау туралы өтінім",
        "Заявление о приёме ребёнка в 1 класс",
        "Сәрсенбаев Әли Ержанұлы",
        mother.iin!,
        "+77020000002",
        "№63 мектеп",
        "Школа №63",
        "Шағын ауданнан тыс",
        "Вне микрорайона",
        "Орыс тілі",
        "Гимназиялық",
        "Тегін тасымалдау қызметі",
        "Қарағанды қ., Бұқар жырау д-лы, 49",
        "сурет-1.jpg",
        "Ерекше білім беру қажеттіліктері",
      ])
        expect(text).toContain(expected);

      const director = await staff("school63.director");
      const directorIin = await app.ensureStaffIin(director.id, prisma);
      const refused = await sign(
        "REJECT",
        {
          document: "REFUSAL",
          decision: "REJECT",
          reason: "Сыныптарда бос орын жоқ / Нет свободных мест",
          child: { fullName: "Сәрсенбаев Әли Ержанұлы" },
        },
        { id: director.id, iin: directorIin },
      );
      const refusal = await prisma.$transaction((tx) => app.recordIssuedDocument(tx, { kind: "REFUSAL", signed: refused }));
      const refusalText = app.extractPdfText((await app.issuedPdf(refusal.id))!).replace(/\s+/g, " ");
      expect(refusalText).toContain("Сыныптарда бос орын жоқ / Нет свободных мест");
      expect(refusalText).toContain(refused.signerName);
      expect((await app.verifyIssuedDocument(refusal.id))?.genuine).toBe(true);
    });
  });
}

async function load() {
  // One at a time: jest's ESM loader races on shared dependencies under Promise.all.
  const { db } = await import("@/lib/server/db");
  const { signInParent } = await import("@/lib/server/auth/sign-in-parent");
  const { uploadDocument, isOwnDraft, safeFileName } = await import("@/lib/server/documents/upload-document");
  const { findDraft } = await import("@/lib/server/applications/draft-store");
  const { getMyApplication } = await import("@/lib/server/applications/my-applications");
  const { getApplicationForStaff } = await import("@/lib/server/applications/get-application");
  const { listDocuments } = await import("@/lib/server/documents/list-documents");
  const { readDocument } = await import("@/lib/server/documents/read-document");
  const { importHealthDocuments } = await import("@/lib/server/documents/import-health-documents");
  const { readUploadRequest, MAX_UPLOAD_REQUEST_BYTES } = await import("@/lib/server/documents/read-upload-request");
  const { recordIssuedDocument, issuedPdf, readIssuedPdf } = await import("@/lib/server/documents/issued");
  const { verifyIssuedDocument } = await import("@/lib/server/documents/verify-issued-document");
  const { getFileStorage, sha256Hex } = await import("@/lib/server/integrations/storage");
  const { extractPdfText } = await import("@/tests/support/pdf-text");
  const { createSigningRequest, getSignedRequest } = await import("@/lib/server/signing/requests");
  const { signAsStandIn } = await import("@/scripts/fixtures/signed-submissions");
  const { ensureStaffIin } = await import("@/lib/server/signing/signer-identity");
  return {
    db,
    signInParent,
    uploadDocument,
    isOwnDraft,
    safeFileName,
    findDraft,
    getMyApplication,
    getApplicationForStaff,
    listDocuments,
    readDocument,
    importHealthDocuments,
    readUploadRequest,
    MAX_UPLOAD_REQUEST_BYTES,
    recordIssuedDocument,
    issuedPdf,
    readIssuedPdf,
    verifyIssuedDocument,
    getFileStorage,
    sha256Hex,
    extractPdfText,
    createSigningRequest,
    getSignedRequest,
    signAsStandIn,
    ensureStaffIin,
  };
}
