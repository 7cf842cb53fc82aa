import { describe, expect, it, jest } from "@jest/globals";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { qrDataUrl, renderHealthFormPdf, renderIssuedPdf } from "@/lib/server/pdf/render";
import { extractPdfText } from "@/tests/support/pdf-text";
import type { DocumentLine, IssuedContext, IssuedPdfData } from "@/lib/server/pdf/types";

// every issued document renders, in Kazakh and Russian, with the signer and the QR link.

// A render takes ~0.1–0.3 s (fonts are parsed afresh per document), but seconds on a busy machine.
jest.setTimeout(30_000);

const KAZAKH_LETTERS = "ә ғ қ ң ө ұ ү һ і";
const flat = (text: string) => text.replace(/\s+/g, " ");

async function context(): Promise<IssuedContext> {
  const verifyUrl = "http://127.0.0.1:3000/verify/cmissued0000000000000001";
  return {
    number: 1042,
    applicationDate: new Date("2026-06-11T04:30:00Z"),
    applicant: { fullName: "Нұрланова Айгерім Серікқызы", iin: "920415400123", phone: "+77014000100" },
    child: { fullName: "Нұрланов Алихан Ерланұлы", iin: "200314500456", birthDate: "2020-03-14" },
    school: {
      nameKk: '"№63 жалпы білім беретін мектеп" КММ',
      nameRu: 'КГУ "Общеобразовательная школа №63"',
      addressKk: "Қарағанды қ., Ержанов к-сі, 20",
      addressRu: "г. Караганда, ул. Ержанова, 20",
    },
    signature: {
      signerName: "Сейітова Гүлжан Әбілқызы",
      signerIinMasked: "*********789",
      certSerial: "4F1A0C77D2",
      signedAt: new Date("2026-06-11T05:02:03Z"),
      payloadSha256: "a".repeat(64),
      verifyUrl,
      qrDataUrl: await qrDataUrl(verifyUrl),
    },
  };
}

const documents: DocumentLine[] = [
  { kind: "PHOTO", fileName: "photo-1.jpg", source: "UPLOADED", validUntil: null },
  { kind: "PHOTO", fileName: "photo-2.jpg", source: "UPLOADED", validUntil: null },
  { kind: "F065", fileName: "065-u.pdf", source: "HEALTH_SYSTEM", validUntil: null },
  { kind: "F052", fileName: "052-2-u.pdf", source: "HEALTH_SYSTEM", validUntil: null },
  { kind: "PMPK", fileName: "pmpk.pdf", source: "UPLOADED", validUntil: "2027-05-31" },
];

// PDF_OUT_DIR=/some/dir keeps the rendered files, to look at them (pdftoppm -png …).
function keep(name: string, pdf: Buffer) {
  const dir = process.env.PDF_OUT_DIR;
  if (dir) fs.writeFileSync(path.join(dir, `${name}.pdf`), pdf);
}

async function render(data: IssuedPdfData) {
  const pdf = await renderIssuedPdf(data);
  keep(data.kind.toLowerCase(), pdf);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  return { pdf, text: flat(extractPdfText(pdf)) };
}

function expectSignature(text: string) {
  expect(text).toContain("Сейітова Гүлжан Әбілқызы");
  expect(text).toContain("*********789");
  expect(text).toContain("4F1A0C77D2");
  expect(text).toContain("11.06.2026 10:02:03"); // 05:02 UTC is 10:02 in Almaty (UTC+5 since 2024)
  expect(text).toContain("aaaaaaaaaaaaaaaa");
  expect(text).toContain("http://127.0.0.1:3000/verify/cmissued0000000000000001");
  expect(text).toContain("Электрондық цифрлық қолтаңба");
  expect(text).toContain("Электронная цифровая подпись");
  expect(text).not.toContain("200314500789"); // never a signer's full IIN
}

describe("issued PDFs", () => {
  it("the signed application lists the choices and documents in Kazakh and Russian", async () => {
    const { text } = await render({
      kind: "APPLICATION",
      context: await context(),
      details: {
        academicYear: "2026-2027",
        language: "KK",
        classType: "GENERAL",
        isCatchment: true,
        transport: { requested: true, address: "Қарағанды қ., Ержанов к-сі, 22-14" },
        extraPhone: null,
        specialNeeds: true,
        documents,
      },
    });
    expect(text).toContain("Баланы 1-сыныпқа қабылдау туралы өтінім");
    expect(text).toContain("Заявление о приёме ребёнка в 1 класс");
    expect(text).toContain("№1042");
    expect(text).toContain("Нұрланова Айгерім Серікқызы");
    expect(text).toContain("Нұрланов Алихан Ерланұлы");
    expect(text).toContain("№63 жалпы білім беретін мектеп");
    expect(text).toContain("Общеобразовательная школа №63");
    expect(text).toContain("Қазақ тілі");
    expect(text).toContain("Казахский язык");
    expect(text).toContain("Шағын аудан бойынша");
    expect(text).toContain("По микрорайону");
    expect(text).toContain("Тегін тасымалдау қызметі");
    expect(text).toContain("№ 065/у нысанды профилактикалық екпелер картасы");
    expect(text).toContain("Паспорт здоровья ребёнка (форма № 052-2/у)");
    expect(text).toContain("31.05.2027");
    expectSignature(text);
  });

  it("the acceptance receipt (қолхат / расписка) names the school and the director", async () => {
    const { text } = await render({ kind: "RECEIPT", context: await context(), documents });
    expect(text).toContain("Құжаттарды қабылдау туралы қолхат");
    expect(text).toContain("Расписка о приёме документов");
    expect(text).toContain("құжаттарын қабылдады");
    expect(text).toContain("приняла документы ребёнка Нұрланов Алихан Ерланұлы");
    expect(text).toContain("Директор");
    expectSignature(text);
  });

  it("the reasoned refusal carries the reason", async () => {
    const { text } = await render({ kind: "REFUSAL", context: await context(), reason: "Сыныптар толы: бос орын жоқ." });
    expect(text).toContain("Мемлекеттік қызметті көрсетуден дәлелді бас тарту");
    expect(text).toContain("Мотивированный отказ в оказании государственной услуги");
    expect(text).toContain("Сыныптар толы: бос орын жоқ.");
    expectSignature(text);
  });

  it("the withdrawal says a new application is needed", async () => {
    const { text } = await render({ kind: "WITHDRAWAL", context: await context() });
    expect(text).toContain("Өтінімді кері қайтарып алу");
    expect(text).toContain("Отзыв заявления");
    expect(text).toContain("жаңа өтінім беру қажет");
    expect(text).toContain("необходимо подать новое заявление");
    expectSignature(text);
  });

  it("a document without a chosen school still renders", async () => {
    const { text } = await render({ kind: "WITHDRAWAL", context: { ...(await context()), school: null } });
    expect(text).toContain("көрсетілмеген");
  });

  it.each(["F065", "F052"] as const)("the health form %s copy has both headings and every Kazakh letter survives", async (form) => {
    const pdf = await renderHealthFormPdf({
      form,
      child: { fullName: "Жұмабекова Әмина Нұржанқызы", iin: "200520600111", birthDate: "2020-05-20" },
      organisation: "Қарағанды қ. №1 емхана",
      issuedOn: "2026-04-02",
      summary: `Екпелер кестеге сәйкес. ${KAZAKH_LETTERS}`,
      fetchedAt: new Date("2026-06-11T05:00:00Z"),
    });
    keep(`health-${form}`, pdf);
    const text = flat(extractPdfText(pdf));
    if (form === "F065") {
      expect(text).toContain("№ 065/у нысанды профилактикалық екпелер картасы");
      expect(text).toContain("Карта профилактических прививок (форма № 065/у)");
    } else {
      expect(text).toContain("«052-2/у» нысандағы «Бала денсаулығы паспорты»");
      expect(text).toContain("Паспорт здоровья ребёнка (форма № 052-2/у)");
    }
    expect(text).toContain(KAZAKH_LETTERS);
    expect(text).toContain("200520600111");
    expect(text).toContain("02.04.2026");
  });

  // Poppler is optional on CI; where it exists, its reading must agree with ours.
  // Debian's poppler-utils (.ci/run installs it): never skipped.
  it("poppler reads the same Kazakh text", async () => {
    const { pdf } = await render({ kind: "RECEIPT", context: await context(), documents });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "qabyldau-pdf-")), "receipt.pdf");
    fs.writeFileSync(file, pdf);
    const text = flat(execFileSync("pdftotext", [file, "-"]).toString("utf8"));
    expect(text).toContain("Құжаттарды қабылдау туралы қолхат");
    expect(text).toContain("Сейітова Гүлжан Әбілқызы");
  });
});

describe("rendering at once", () => {
  it("PDFs rendered concurrently keep every glyph (renders are queued)", async () => {
    const base = await context();
    const pdfs = await Promise.all(
      ["SHA-256 http://a", "Қолхат ә ғ қ ң ө ұ ү һ і", "Расписка — Ёё Ъъ", "cccc SSSS pppp"].map((reason, i) =>
        renderIssuedPdf({ kind: "REFUSAL", context: { ...base, number: 2000 + i }, reason }),
      ),
    );
    const texts = pdfs.map((pdf) => flat(extractPdfText(pdf)));
    expect(texts[0]).toContain("SHA-256 http://a");
    expect(texts[1]).toContain("Қолхат ә ғ қ ң ө ұ ү һ і");
    expect(texts[2]).toContain("Расписка — Ёё Ъъ");
    expect(texts[3]).toContain("cccc SSSS pppp");
    for (const text of texts) expectSignature(text);
  });
});

describe("one document after another", () => {
  it("a document rendered after others keeps the Latin letters that Cyrillic glyphs are built from", async () => {
    // Subsetting Cyrillic "р", "с", "Н" (composites of Latin "p", "c", "H") in an earlier
    // document once left later documents without text for "p", "c" and "H".
    await renderHealthFormPdf({
      form: "F065",
      child: { fullName: "Жұмабекова Әмина", iin: "200520600111", birthDate: "2020-05-20" },
      organisation: "Емхана",
      issuedOn: "2026-04-02",
      summary: "Справка Сертификат Нұр",
      fetchedAt: new Date(),
    });
    const text = flat(extractPdfText(await renderIssuedPdf({ kind: "REFUSAL", context: await context(), reason: "HHH ppp ccc SHA-256" })));
    expect(text).toContain("HHH ppp ccc SHA-256");
    expect(text).toContain("http://127.0.0.1:3000/verify/cmissued0000000000000001");
  });
});
