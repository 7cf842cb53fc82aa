import { describe, expect, it } from "@jest/globals";
import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { messagesFor } from "@/lib/i18n/catalogue";
import type { Locale } from "@/lib/i18n/locales";
import { SignDialog } from "@/components/signing/sign-dialog";

// The signing dialog's choice: QR on the phone is offered only where eGov mobile signing exists
// (today its stand-in, with DEMO_STANDINS=true); a production server offers EDS alone, rather
// than a QR code that leads to a page that is not there.

function render(locale: Locale, isQrOffered: boolean) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={messagesFor(locale)} timeZone="Asia/Almaty">
      <SignDialog
        requestId="req-1"
        payloadBase64="e30="
        signerIin="920415401002"
        ncalayer={{ url: "wss://127.0.0.1:13579", standInChooserUrl: null }}
        isQrOffered={isQrOffered}
        onSigned={() => {}}
      />
    </NextIntlClientProvider>,
  );
}

describe("sign dialog", () => {
  it.each(["kk", "ru"] as const)("offers QR and EDS with the eGov mobile stand-in (%s)", (locale) => {
    const html = render(locale, true);
    expect(html).toContain('data-testid="sign-with-qr"');
    expect(html).toContain('data-testid="sign-with-eds"');
  });

  it.each(["kk", "ru"] as const)("offers EDS alone without it, and starts there (%s)", (locale) => {
    const html = render(locale, false);
    expect(html).not.toContain('data-testid="sign-with-qr"');
    expect(html).toMatch(/data-initial-focus[^>]*data-testid="sign-with-eds"|data-testid="sign-with-eds"[^>]*data-initial-focus/);
  });
});
