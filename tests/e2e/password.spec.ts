// Staff passwords in Chromium: an administrator's reset gives a temporary password; its owner
// must choose their own before any other staff page opens; anyone on staff can change theirs.
import { expect, test } from "@playwright/test";
import boRu from "../../messages/backoffice/ru.json" with { type: "json" };
import boKk from "../../messages/backoffice/kk.json" with { type: "json" };
import { MESSAGES, signInAsStaff, useLanguage } from "./helpers";

test("a reset password must be replaced at the next sign-in, and then the new one works (ru)", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await useLanguage(admin, "ru");
  await signInAsStaff(admin, "school9.admin");
  await admin.waitForURL((url) => url.pathname === "/staff");
  await admin.goto("/staff/users");
  const row = admin.getByTestId("user-row-school9.methodologist");
  await row.getByTestId("reset-school9.methodologist").click();
  await row.getByTestId("reset-confirm-confirm").click();
  const temporary = (await row.getByTestId("temporary-password").textContent())?.trim() ?? "";
  expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
  await admin.reload();
  await expect(admin.getByTestId("user-row-school9.methodologist").getByTestId("user-status")).toContainText(
    MESSAGES.ru.staffList.temporaryPassword,
  );

  const page = await (await browser.newContext()).newPage();
  await useLanguage(page, "ru");
  await signInAsStaff(page, "school9.methodologist", temporary);
  await page.waitForURL(/\/account\/password$/);
  await expect(page.getByTestId("password-change-required")).toHaveText(boRu.account.mustChange);
  await expect(page.getByTestId("area-menu")).toHaveCount(0);
  // No other staff page opens until it is done.
  await page.goto("/staff/applications");
  await page.waitForURL(/\/account\/password$/);

  await page.locator("#currentPassword").fill(temporary);
  await page.locator("#newPassword").fill("Mektep-2026-kuz");
  await page.locator("#confirmPassword").fill("Mektep-2026-kyz");
  await page.getByTestId("save-password").click();
  await expect(page.getByTestId("error-summary")).toContainText(boRu.account.errors.mismatch);
  await expect(page.locator("#confirmPassword")).toHaveAttribute("aria-invalid", "true");
  // Nothing typed comes back from the server.
  await expect(page.locator("#newPassword")).toHaveValue("");

  await page.locator("#currentPassword").fill(temporary);
  await page.locator("#newPassword").fill("Mektep-2026-kuz");
  await page.locator("#confirmPassword").fill("Mektep-2026-kuz");
  await page.getByTestId("save-password").click();
  await expect(page.getByTestId("password-changed")).toContainText(boRu.account.done);
  await page.getByTestId("continue-to-work").click();
  await page.waitForURL((url) => url.pathname === "/staff");
  await expect(page.getByTestId("area-menu")).toBeVisible();

  const again = await (await browser.newContext()).newPage();
  await signInAsStaff(again, "school9.methodologist", temporary);
  await expect(again.getByRole("alert")).toBeVisible();
  await signInAsStaff(again, "school9.methodologist", "Mektep-2026-kuz");
  await again.waitForURL((url) => url.pathname === "/staff");
});

test("@phone a district administrator finds the change-password page in the header; a wrong current password is named (kk)", async ({
  page,
}) => {
  await signInAsStaff(page, "mzh-roo.admin");
  await page.waitForURL((url) => url.pathname === "/district");
  await page.getByTestId("change-password-link").click();
  await page.waitForURL(/\/account\/password$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(boKk.account.title);
  await expect(page.getByTestId("password-change-required")).toHaveCount(0);
  await expect(page.getByTestId("area-menu")).toBeVisible();

  await page.locator("#currentPassword").fill("not-my-password");
  await page.locator("#newPassword").fill("Audan-bilim-2026");
  await page.locator("#confirmPassword").fill("Audan-bilim-2026");
  await page.getByTestId("save-password").click();
  await expect(page.locator("#currentPassword-error")).toHaveText(boKk.account.errors.WRONG_CURRENT);
  await expect(page.getByTestId("error-summary")).toBeVisible();
  // The page fits the screen it is on: nothing wider than the window.
  const width = page.viewportSize()?.width ?? 0;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
});
