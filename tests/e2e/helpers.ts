import { expect, type Page } from "@playwright/test";
import kk from "../../messages/kk.json" with { type: "json" };
import ru from "../../messages/ru.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };

/** The shared catalogues; feature areas' tests import messages/<area>/<locale>.json as well. */
export const MESSAGES = { kk, ru, en };
export type Locale = keyof typeof MESSAGES;
export const DEMO_PASSWORD = "Demo2026!";

/** Start with a chosen language, as a visitor who picked it earlier would. */
export async function useLanguage(page: Page, locale: Locale) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, domain: "127.0.0.1", path: "/" }]);
}

/** The whole eGov round trip: our sign-in page → the identity provider → back, signed in. */
export async function signInAsParent(page: Page, iin: string) {
  await page.goto("/sign-in");
  await page.getByTestId("egov-sign-in").click();
  await page.waitForURL(/\/egov-idp\/authorize/);
  await page.locator("#iin").fill(iin);
  await page.locator('button[value="send-code"]').click();
  const code = (await page.getByTestId("demo-otp").locator("strong").textContent())?.trim() ?? "";
  expect(code).toMatch(/^\d{5}$/);
  await page.locator("#code").fill(code);
  await page.locator('button[value="verify"]').click();
  await page.locator('button[value="allow"]').click();
  await page.waitForURL(/\/cabinet$/);
}

export async function signInAsStaff(page: Page, login: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in/staff");
  await page.locator("#login").fill(login);
  await page.locator("#password").fill(password);
  await page.locator('form button:not([type="button"])').click();
}

export async function switchLanguage(page: Page, locale: Locale) {
  await page.locator(`header button[lang="${locale}"]`).first().click();
  await expect(page.locator("html")).toHaveAttribute("lang", locale);
}

export async function menuLabels(page: Page): Promise<string[]> {
  return (await page.getByTestId("area-menu").locator("a").allTextContents()).map((s) => s.trim());
}
