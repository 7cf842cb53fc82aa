// The application wizard (P-3 … P-6) in the browser, as on 6 July 2026 (APP_TODAY): the
// blocking checks of step 1 each shown to the right parent, Figure 14's message, error
// summaries, a draft resumed after signing in again, and the pages up to signing.
import { expect, test, type Page } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/citizens";
import { ORG, ORGANISATIONS } from "../../prisma/seed/organisations";
import wizardKk from "../../messages/wizard/kk.json" with { type: "json" };
import wizardRu from "../../messages/wizard/ru.json" with { type: "json" };
import { MESSAGES, signInAsParent, useLanguage } from "./helpers";

const kk = wizardKk.wizard;
const ru = wizardRu.wizard;

/** P-3a through the cabinet: request, the SMS from 1414, reply 511. */
async function giveConsent(page: Page, childIin: string, locale: "kk" | "ru" = "kk") {
  const children = MESSAGES[locale].children;
  await page.goto("/cabinet/children");
  const card = page.getByTestId(`child-${childIin}`);
  await card.getByRole("button", { name: children.requestConsent }).click();
  await expect(card.getByTestId("consent-sms")).toContainText("511");
  await card.getByLabel(children.replyLabel).fill("511");
  await card.getByRole("button", { name: children.sendReply }).click();
  await expect(card.getByTestId("consent-confirmed")).toBeVisible();
}

/** "Order the service online" → step 1 with the child chosen → Continue. */
async function startFor(page: Page, childIin: string) {
  await page.goto("/cabinet/apply");
  await page.getByTestId("new-application").click();
  await page.waitForURL(/\/cabinet\/apply\/new\/child$/);
  await page.getByTestId(`child-option-${childIin}`).check();
  await page.getByTestId("continue").click();
}

const summary = (page: Page) => page.getByTestId("error-summary");

test("an enrolled child is blocked at step 1 with the organisation and the grade", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.enrolledMother);
  await giveConsent(page, DEMO_CITIZENS.enrolledChild);
  await startFor(page, DEMO_CITIZENS.enrolledChild);
  const school45 = ORGANISATIONS.find((o) => o.id === ORG.school45)?.nameRu ?? "";
  await expect(summary(page)).toContainText(school45);
  await expect(summary(page)).toContainText("1-сынып");
  await expect(page).toHaveTitle(new RegExp(`^${kk.errorPrefix}`));
  await expect(page).toHaveURL(/\/cabinet\/apply\/new\/child$/);
});

test("a child who turns six on 1 January is refused, and the parent is told when (Russian)", async ({ page }) => {
  await useLanguage(page, "ru");
  await signInAsParent(page, DEMO_CITIZENS.jan1Mother);
  await giveConsent(page, DEMO_CITIZENS.turnsSixOnJan1Child, "ru");
  await startFor(page, DEMO_CITIZENS.turnsSixOnJan1Child);
  await expect(summary(page)).toContainText("1 января 2027");
  await expect(summary(page)).toContainText("31 декабря");
  await expect(page).toHaveTitle(new RegExp(`^${ru.errorPrefix}`));
});

test("a child with an open application: «Белсенді өтінім бар»", async ({ page }) => {
  // The demo data holds a submitted application of this child (school №63, under review).
  await signInAsParent(page, DEMO_CITIZENS.leapDayMother);
  await giveConsent(page, DEMO_CITIZENS.leapDayChild);
  await startFor(page, DEMO_CITIZENS.leapDayChild);
  await expect(summary(page)).toContainText("Белсенді өтінім бар");
  await expect(summary(page).getByRole("link", { name: /№/ })).toHaveAttribute("href", /\/cabinet\/applications\//);
});

test("a child without consent cannot be chosen, and the page says where to give it", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.twinsMother);
  await page.goto("/cabinet/apply/new/child");
  await expect(page.getByTestId(`child-option-${DEMO_CITIZENS.twinBoy}`)).toBeDisabled();
  await expect(page.getByTestId("give-consent")).toHaveAttribute("href", "/cabinet/children");
});

test("validation errors are listed at the top, link to their fields, and mark the title", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.dec31Mother);
  await page.goto("/cabinet/apply/new/child");
  await page.getByLabel(kk.child.extraPhone).fill("12345");
  await page.getByTestId("continue").click();
  await expect(summary(page)).toBeFocused();
  await expect(summary(page).getByRole("link")).toHaveText([kk.errors.phoneFormat, kk.errors.childRequired]);
  await expect(page).toHaveTitle(new RegExp(`^${kk.errorPrefix} ${kk.child.title}`));
  // What was typed survives; the link takes the parent to the field.
  await expect(page.getByLabel(kk.child.extraPhone)).toHaveValue("12345");
  await summary(page).getByRole("link", { name: kk.errors.phoneFormat }).click();
  await expect(page.getByLabel(kk.child.extraPhone)).toBeFocused();
});

test("the no-catchment family sees Figure 14's message and may apply outside the microdistrict", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.noCatchmentMother);
  await giveConsent(page, DEMO_CITIZENS.noCatchmentChild);
  await startFor(page, DEMO_CITIZENS.noCatchmentChild);
  await page.waitForURL(/\/school\/way$/);
  await expect(page.getByTestId("progress-child")).toHaveAttribute("data-state", "done");
  await expect(page.getByTestId("progress-school")).toHaveAttribute("aria-current", "step");
  await page.getByTestId("way-yes").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/school\/choose$/);
  await expect(page.getByTestId("not-attached")).toHaveText(kk.choose.notAttached);
  await page.getByTestId("apply-outside").click();
  await page.waitForURL(/\/school\/choose$/);
  await expect(page.getByTestId("pick-area")).toBeVisible();
  // The cascade: region → city administration → district, then only schools that admit by choice.
  await page.getByTestId("cascade-0").selectOption("kz-krg");
  await page.getByTestId("cascade-1").selectOption("krg-city");
  await page.getByTestId("cascade-2").selectOption("krg-bokeikhan");
  await expect(page.getByTestId(`school-${ORG.school101}`)).toBeVisible();
  await expect(page.getByTestId(`school-${ORG.school22}`)).toHaveCount(0);
});

test("a draft is kept on the server and resumes after signing in again (Russian)", async ({ page }) => {
  await useLanguage(page, "ru");
  await signInAsParent(page, DEMO_CITIZENS.eligibleMother);
  await giveConsent(page, DEMO_CITIZENS.eligibleChild, "ru");
  await startFor(page, DEMO_CITIZENS.eligibleChild);
  await page.waitForURL(/\/school\/way$/);
  // Nothing chosen: the error summary, in Russian.
  await page.getByTestId("continue").click();
  await expect(summary(page)).toContainText(ru.errors.wayRequired);
  await expect(page).toHaveTitle(new RegExp(`^${ru.errorPrefix}`));
  await page.getByTestId("way-yes").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/school\/choose$/);
  await page.getByTestId(`school-${ORG.school63}`).check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/school\/language$/);
  await expect(page.getByTestId("seat-GENERAL-KK")).toBeEnabled();

  await page.context().clearCookies();
  await useLanguage(page, "ru");
  await signInAsParent(page, DEMO_CITIZENS.eligibleMother);
  await page.goto("/cabinet/apply");
  const draft = page.getByTestId(`draft-${DEMO_CITIZENS.eligibleChild}`);
  await expect(draft).toContainText("Нұрланов Алихан Ерланұлы");
  await draft.getByTestId("resume-draft").click();
  await page.waitForURL(/\/school\/language$/);
});

test("documents: health forms arrive by themselves, photos are uploaded, then the check-answers page", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.twoCatchmentMother);
  await giveConsent(page, DEMO_CITIZENS.twoCatchmentChild);
  await page.goto("/cabinet/apply/new/child");
  await page.getByLabel(kk.child.extraPhone).fill("8 701 555 44 33");
  await page.getByTestId(`child-option-${DEMO_CITIZENS.twoCatchmentChild}`).check();
  await page.getByTestId("continue").click();
  await page.getByTestId("way-yes").check();
  await page.getByTestId("continue").click();
  // The address lies in two catchments: both schools are offered.
  await expect(page.getByTestId(`school-${ORG.school97}`)).toBeVisible();
  await page.getByTestId(`school-${ORG.school63}`).check();
  await page.getByTestId("continue").click();
  await page.getByTestId("seat-GENERAL-RU").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/documents$/);

  await expect(page.getByTestId("health-F065")).toHaveAttribute("data-fetched", "true");
  await expect(page.getByTestId("health-F052")).toHaveAttribute("data-fetched", "true");
  await expect(page.getByTestId("continue")).toBeDisabled();
  const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9]);
  for (const name of ["photo-1.jpg", "photo-2.jpg"]) {
    await page.getByTestId("upload-input-PHOTO").setInputFiles({ name, mimeType: "image/jpeg", buffer: jpeg });
    await expect(page.getByTestId("uploader-PHOTO")).toContainText(name);
  }
  await page.getByTestId("consent-data-correct").check();
  await page.getByTestId("consent-external-data").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/review$/);

  await expect(page.getByTestId("review-extra-phone")).toContainText("+77015554433");
  await expect(page.getByTestId("review-school")).toContainText("№63");
  await expect(page.getByTestId("review-document-F065")).toContainText(kk.review.received);
  await expect(page.getByTestId("sign-application")).toHaveText(kk.review.sign);
  // "Change" goes back into the step and returns here.
  await page.getByTestId("review-language-change").click();
  await page.waitForURL(/\/school\/language\?change=1$/);
  await page.getByTestId("seat-GENERAL-KK").check();
  await page.getByTestId("continue").click();
  await page.waitForURL(/\/review$/);
  await expect(page.getByTestId("review-language")).toContainText(MESSAGES.kk.languages.KK);
});

test("step 1 fits a phone screen @phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAsParent(page, DEMO_CITIZENS.karakogaMother);
  await page.goto("/cabinet/apply/new/child");
  await expect(page.getByTestId("wizard-progress")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
