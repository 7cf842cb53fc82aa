// The whole parent journey in the browser (P-3 … P-10): consent, the four steps, signing by
// EDS (NCALayer stand-in) in Kazakh and by QR (eGov mobile stand-in) in Russian, the
// submitted application with its timeline and signed PDF, a rejected upload, and withdrawal.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/citizens";
import journeyKk from "../../messages/journey/kk.json" with { type: "json" };
import journeyRu from "../../messages/journey/ru.json" with { type: "json" };
import documentsKk from "../../messages/documents/kk.json" with { type: "json" };
import { MESSAGES, signInAsParent, useLanguage } from "./helpers";

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

async function giveConsent(page: Page, childIin: string, locale: "kk" | "ru") {
  const children = MESSAGES[locale].children;
  await page.goto("/cabinet/children");
  const card = page.getByTestId(`child-${childIin}`);
  await card.getByRole("button", { name: children.requestConsent }).click();
  await card.getByLabel(children.replyLabel).fill("511");
  await card.getByRole("button", { name: children.sendReply }).click();
  await expect(card.getByTestId("consent-confirmed")).toBeVisible();
}

/** Steps 1–3 by catchment, for the child, up to the check-answers page. */
async function fillWizard(page: Page, childIin: string, checkRejectedFiles = false) {
  await page.goto("/cabinet/applications");
  await page.getByTestId("new-application").click();
  await page.waitForURL(/\/cabinet\/apply$/);
  await page.getByTestId("new-application").click();
  await page.waitForURL(/\/cabinet\/apply\/new\/child$/);
  await page.getByTestId(`child-option-${childIin}`).check();
  await page.getByTestId("continue").click();
  await page.getByTestId("way-yes").check();
  await page.getByTestId("continue").click();
  await page.locator('[data-testid^="school-"]').first().check();
  await page.getByTestId("continue").click();
  await page.locator('[data-testid^="seat-"]:enabled').first().check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/(documents|school\/transport)$/);
  if (page.url().endsWith("/school/transport")) {
    await page.getByTestId("transport-no").check();
    await page.getByTestId("continue").click();
  }
  await page.waitForURL(/\/documents$/);
  if (checkRejectedFiles) {
    // A PNG named .jpg is refused by its content; so is 5 MB + 1 byte.
    await page.getByTestId("upload-input-PHOTO").setInputFiles({ name: "photo.jpg", mimeType: "image/jpeg", buffer: PNG });
    await expect(page.getByTestId("upload-error")).toHaveText(documentsKk.documents.errors.WRONG_TYPE);
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 0);
    JPEG.copy(big);
    await page.getByTestId("upload-input-PHOTO").setInputFiles({ name: "big.jpg", mimeType: "image/jpeg", buffer: big });
    await expect(page.getByTestId("upload-error")).toHaveText(documentsKk.documents.errors.TOO_LARGE);
  }
  for (const name of ["photo-1.jpg", "photo-2.jpg"]) {
    await page.getByTestId("upload-input-PHOTO").setInputFiles({ name, mimeType: "image/jpeg", buffer: JPEG });
    await expect(page.getByTestId("uploader-PHOTO")).toContainText(name);
  }
  await page.getByTestId("consent-data-correct").check();
  await page.getByTestId("consent-external-data").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/review$/);
}

test("Kazakh: apply, sign with EDS through NCALayer, see the application, download it, withdraw it", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.twinsFather);
  await giveConsent(page, DEMO_CITIZENS.twinBoy, "kk");
  await fillWizard(page, DEMO_CITIZENS.twinBoy, true);

  await page.getByTestId("sign-application").click();
  await page.getByTestId("sign-with-eds").click();
  await page.waitForURL(/\/cabinet\/applications\/[^/?]+\?submitted=1$/);
  await expect(page.getByTestId("submitted-banner")).toHaveText(journeyKk.journey.detail.submitted);
  await expect(page.getByTestId("status")).toHaveText(MESSAGES.kk.statuses.UNDER_REVIEW);
  await expect(page.getByTestId("timeline")).toContainText(MESSAGES.kk.statuses.UNDER_REVIEW);

  const download = page.getByTestId("download-APPLICATION");
  const pdf = await page.request.get((await download.getAttribute("href"))!);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

  await page.goto("/cabinet/notifications");
  await expect(page.getByTestId("notifications")).toContainText("тексеруде");

  await page.goto("/cabinet/applications");
  await page.locator('[data-testid^="application-"]').first().getByRole("link").first().click();
  await page.getByTestId("withdraw").click();
  await expect(page.getByRole("alertdialog")).toContainText("қайтадан өтінім беру қажет");
  await page.getByTestId("withdraw-confirm").click();
  await page.getByTestId("sign-with-eds").click();
  await expect(page.getByTestId("withdrawn-message")).toHaveText(journeyKk.journey.withdraw.done);
  await page.reload();
  await expect(page.getByTestId("status")).toHaveText(MESSAGES.kk.statuses.WITHDRAWN);
  await expect(page.getByTestId("download-WITHDRAWAL")).toBeVisible();
});

test("Russian: apply and sign by QR on the eGov mobile stand-in; the desktop page learns of it by itself", async ({ page, context }) => {
  await useLanguage(page, "ru");
  await signInAsParent(page, DEMO_CITIZENS.twinsMother);
  await giveConsent(page, DEMO_CITIZENS.twinGirl, "ru");
  await fillWizard(page, DEMO_CITIZENS.twinGirl);

  await page.getByTestId("sign-application").click();
  await page.getByTestId("sign-with-qr").click();
  await expect(page.getByTestId("signing-qr")).toBeVisible();
  const phoneUrl = await page.getByTestId("signing-link").getAttribute("href");

  // "The phone": another page, no Qabyldau session.
  const phone = await context.browser()!.newPage();
  await phone.goto(phoneUrl!);
  await phone.locator("#iin").fill(DEMO_CITIZENS.twinsMother);
  await phone.locator('button[value="send-code"]').click();
  const code = (await phone.getByTestId("demo-otp").locator("strong").textContent())?.trim() ?? "";
  await phone.locator("#code").fill(code);
  await phone.locator('button[value="verify"]').click();
  await phone.locator('button[value="sign"]').click();
  await expect(phone.getByTestId("mobile-signed")).toBeVisible();
  await phone.close();

  await page.waitForURL(/\/cabinet\/applications\/[^/?]+\?submitted=1$/, { timeout: 20_000 });
  await expect(page.getByTestId("submitted-banner")).toHaveText(journeyRu.journey.detail.submitted);
  await expect(page.getByTestId("status")).toHaveText(MESSAGES.ru.statuses.UNDER_REVIEW);
  await page.goto("/cabinet/applications");
  await expect(page.getByTestId("application-cards")).toContainText("Сәрсенбаева Айзере");
});
