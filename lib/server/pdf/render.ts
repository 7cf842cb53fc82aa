import "server-only";
import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import QRCode from "qrcode";
import { registerPdfFonts } from "@/lib/server/pdf/fonts";
import { ApplicationPdf } from "@/lib/server/pdf/application-pdf";
import { ReceiptPdf } from "@/lib/server/pdf/receipt-pdf";
import { RefusalPdf } from "@/lib/server/pdf/refusal-pdf";
import { WithdrawalPdf } from "@/lib/server/pdf/withdrawal-pdf";
import { HealthFormPdf } from "@/lib/server/pdf/health-form-pdf";
import type { HealthFormPdfData, IssuedPdfData } from "@/lib/server/pdf/types";

// Rendering entry points. Call them outside database transactions: the first render parses the
// fonts (~0.5 s), later ones take tens of milliseconds.
//
// Two things keep every PDF's text layer whole (found by the tests, which read the text back):
// - One render at a time per process: renders interleaved at their await points share font
//   state (known upstream: diegomura/react-pdf #310, #1769). The queue lives on globalThis
//   because every route bundle may carry its own copy of this module while they all share the
//   one react-pdf.
// - Fresh font objects for every document: fontkit caches glyph objects, and subsetting a
//   composite glyph (Cyrillic "р" is drawn from Latin "p", "Н" from "H") caches its component
//   glyphs without their characters; a later document using "p" or "H" then got no ToUnicode
//   entry for them — the page looked right but copying, searching and screen readers lost the
//   letters ("S A-256", "htt ://"). registerPdfFonts() registers new font sources, so each
//   document parses the fonts again (Font.reset() does not: its cached load promise survives).

const holder = globalThis as unknown as { __qabyldauPdfQueue?: Promise<unknown> };

function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const previous = holder.__qabyldauPdfQueue ?? Promise.resolve();
  const run = previous.then(task, task);
  holder.__qabyldauPdfQueue = run.catch(() => undefined);
  return run;
}

export function renderPdf(element: ReactElement<DocumentProps>): Promise<Buffer> {
  return oneAtATime(async () => {
    registerPdfFonts();
    return renderToBuffer(element);
  });
}

export function issuedPdfElement(data: IssuedPdfData): ReactElement<DocumentProps> {
  switch (data.kind) {
    case "APPLICATION":
      return createElement(ApplicationPdf, { context: data.context, details: data.details }) as ReactElement<DocumentProps>;
    case "RECEIPT":
      return createElement(ReceiptPdf, { context: data.context, documents: data.documents }) as ReactElement<DocumentProps>;
    case "REFUSAL":
      return createElement(RefusalPdf, { context: data.context, reason: data.reason }) as ReactElement<DocumentProps>;
    case "WITHDRAWAL":
      return createElement(WithdrawalPdf, { context: data.context }) as ReactElement<DocumentProps>;
  }
}

export function renderIssuedPdf(data: IssuedPdfData): Promise<Buffer> {
  return renderPdf(issuedPdfElement(data));
}

export function renderHealthFormPdf(data: HealthFormPdfData): Promise<Buffer> {
  return renderPdf(createElement(HealthFormPdf, { data }) as ReactElement<DocumentProps>);
}

/** The verification QR code as a PNG data URL (error correction M, a quiet zone of 2 modules). */
export function qrDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 2, width: 300 });
}
