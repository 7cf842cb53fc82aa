import { expect, test } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/citizens";
import { MESSAGES, signInAsParent, switchLanguage, useLanguage } from "./helpers";

const kk = MESSAGES.kk;
const ru = MESSAGES.ru;

test("a parent signs in through the eGov redirect and sees their children in Kazakh", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.twinsMother);
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk.profile.title);
  await expect(page.getByTestId("profile")).toContainText(DEMO_CITIZENS.twinsMother);
  await expect(page.getByTestId("profile")).toContainText("Сәрсенбаева Меруерт Қанатқызы");

  await page.getByTestId("area-menu").getByRole("link", { name: kk.nav.children }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk.children.title);
  const list = page.getByTestId("children-list");
  await expect(list).toContainText("Сәрсенбаев Айбар Ержанұлы");
  await expect(list).toContainText("Сәрсенбаева Айзере Ержанқызы");
  await expect(list.getByRole("listitem")).toHaveCount(2);
});

test("a parent signs in in Russian, and can switch language at any moment", async ({ page }) => {
  await useLanguage(page, "ru");
  await signInAsParent(page, DEMO_CITIZENS.eligibleMother);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await page.goto("/cabinet/children");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ru.children.title);
  await expect(page.getByTestId("children-list")).toContainText("Нұрланов Алихан Ерланұлы");
  await expect(page.getByTestId("children-list")).toContainText(ru.children.ageOk);

  await switchLanguage(page, "kk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk.children.title);
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "kk");
});

test("P-3a: consent for a child is asked by SMS from 1414 and given by replying 511", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.eligibleFather);
  await page.goto("/cabinet/children");
  const card = page.getByTestId(`child-${DEMO_CITIZENS.eligibleChild}`);
  await card.getByRole("button", { name: kk.children.requestConsent }).click();
  await expect(card.getByTestId("consent-sms")).toContainText("511");

  await card.getByLabel(kk.children.replyLabel).fill("512");
  await card.getByRole("button", { name: kk.children.sendReply }).click();
  await expect(card.getByRole("alert").filter({ hasText: kk.children.errors.wrong_reply })).toBeVisible();

  await card.getByLabel(kk.children.replyLabel).fill("511");
  await card.getByRole("button", { name: kk.children.sendReply }).click();
  await expect(card.getByTestId("consent-confirmed")).toBeVisible();

  await page.goto("/cabinet/sms");
  const outbox = page.getByTestId("sms-outbox");
  await expect(outbox).toContainText("1414");
  await expect(outbox).toContainText("511");

  await page.goto("/cabinet/notifications");
  await expect(page.getByTestId("notifications")).toContainText(DEMO_CITIZENS.eligibleChild);
});

test("a registry family with no children is told so @phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await signInAsParent(page, DEMO_CITIZENS.adultWithoutChildren);
  await page.goto("/cabinet/children");
  await expect(page.getByTestId("no-children")).toHaveText(kk.children.none);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("an unknown IIN cannot sign in at eGov, and the message does not say whether it exists", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByTestId("egov-sign-in").click();
  await page.waitForURL(/\/egov-idp\/authorize/);
  await page.locator("#iin").fill("12345");
  await page.locator('button[value="send-code"]').click();
  await expect(page.getByRole("alert").filter({ hasText: kk.egov.errors.iin_format })).toBeVisible();
  // A valid IIN of a child: known to the registry but may not sign in — same message as unknown.
  await page.locator("#iin").fill(DEMO_CITIZENS.eligibleChild);
  await page.locator('button[value="send-code"]').click();
  await expect(page.getByRole("alert").filter({ hasText: kk.egov.errors.iin_unknown })).toBeVisible();
});

test("five wrong one-time codes end the eGov sign-in, and the parent is told so in Russian", async ({ page }) => {
  await useLanguage(page, "ru");
  await page.goto("/sign-in");
  await page.getByTestId("egov-sign-in").click();
  await page.waitForURL(/\/egov-idp\/authorize\/interaction\//);
  await page.locator("#iin").fill(DEMO_CITIZENS.leapDayMother);
  await page.locator('button[value="send-code"]').click();
  const code = (await page.getByTestId("demo-otp").locator("strong").textContent())?.trim() ?? "";
  const wrong = String((Number(code) + 1) % 100_000).padStart(5, "0");
  for (let i = 0; i < 4; i++) {
    await page.locator("#code").fill(wrong);
    await page.locator('button[value="verify"]').click();
    await expect(page.getByRole("alert").filter({ hasText: ru.egov.errors.otp_wrong })).toBeVisible();
  }
  await page.locator("#code").fill(wrong);
  await page.locator('button[value="verify"]').click();
  await expect(page.getByTestId("egov-locked")).toHaveText(ru.egov.errors.otp_locked);
  // Back at the service through the provider's error redirect: not signed in.
  await page.getByRole("link", { name: ru.egov.backToService }).click();
  await page.waitForURL(/\/sign-in\?.*\berror=/);
  await expect(page.getByRole("alert").filter({ hasText: ru.signIn.errors.generic })).toBeVisible();
});
