import { describe, expect, it } from "@jest/globals";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import type { DocumentView } from "@/lib/documents/kinds";
import { DocumentUploader } from "@/components/documents/document-uploader";

// The uploader's first paint (server-rendered), in each language: files with view/replace,
// the file input with the accepted types, the PMPK date, and the hooks the browser tests use.

const photo = (id: string, name: string): DocumentView => ({
  id,
  kind: "PHOTO",
  source: "UPLOADED",
  fileName: name,
  mimeType: "image/jpeg",
  size: 245_000,
  validUntil: null,
  createdAt: "2026-07-06T05:00:00.000Z",
});

function render(locale: Locale, props: Parameters<typeof DocumentUploader>[0]) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Almaty">
      <DocumentUploader {...props} />
    </NextIntlClientProvider>,
  );
}

describe("DocumentUploader", () => {
  it("lists the files with view and replace, and offers another upload below the limit (kk)", () => {
    const html = render("kk", { applicationId: "app1", kind: "PHOTO", initialDocuments: [photo("d1", "бет.jpg")] });
    expect(html).toContain('data-testid="uploader-PHOTO"');
    expect(html).toContain('data-testid="document-d1"');
    expect(html).toContain("бет.jpg");
    expect(html).toContain('href="/api/documents/d1"');
    expect(html).toContain('target="_blank"');
    expect(html).toContain("Көру");
    expect(html).toContain("Ауыстыру");
    expect(html).toContain("Басқа файлды жүктеу");
    expect(html).toContain('data-testid="upload-input-PHOTO"');
    expect(html).toContain('accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg"');
    expect(html).toContain("239 КБ");
    expect(html).toContain("5 МБ");
  });

  it("at the limit it asks for a replacement instead (ru)", () => {
    const html = render("ru", { applicationId: "app1", kind: "PHOTO", initialDocuments: [photo("d1", "a.jpg"), photo("d2", "b.jpg")] });
    expect(html).toContain("Просмотр");
    expect(html).toContain("Заменить");
    expect(html).not.toContain('data-testid="upload-input-PHOTO"');
    expect(html).toContain("Загружено нужное число файлов (2)");
  });

  it("a form from the health system can be viewed but not replaced or uploaded", () => {
    const html = render("kk", {
      applicationId: "app1",
      kind: "F065",
      initialDocuments: [{ ...photo("h1", "065-u.pdf"), kind: "F065", source: "HEALTH_SYSTEM", mimeType: "application/pdf" }],
    });
    expect(html).toContain("№ 065/у нысанды профилактикалық екпелер картасы");
    expect(html).toContain("Денсаулық сақтау ақпараттық жүйесінен автоматты түрде алынды");
    expect(html).toContain("Көру");
    expect(html).not.toContain("Ауыстыру");
    expect(html).not.toContain('data-testid="upload-input-F065"');
  });

  it("the PMPK conclusion asks for its validity date (en)", () => {
    const html = render("en", { applicationId: "app1", kind: "PMPK", initialDocuments: [], required: true });
    expect(html).toContain("PMPK conclusion valid until");
    expect(html).toContain('type="date"');
    expect(html).toContain("Required");
    expect(html).toContain("No files yet.");
  });
});
