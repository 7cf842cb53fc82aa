import { expect, test } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/citizens";
import { MESSAGES, signInAsParent, signInAsStaff } from "./helpers";

const kk = MESSAGES.kk;

test("a parent opening a staff URL gets 403", async ({ page }) => {
  await signInAsParent(page, DEMO_CITIZENS.ruralMother);
  for (const url of ["/staff", "/staff/users", "/district/catchments"]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(403);
    await expect(page.getByTestId("forbidden")).toHaveText(kk.errors.forbiddenTitle);
  }
});

test("an executor opening the parent cabinet gets 403", async ({ page }) => {
  await signInAsStaff(page, "school63.executor1");
  await page.waitForURL((url) => url.pathname === "/staff");
  const response = await page.goto("/cabinet/children");
  expect(response?.status()).toBe(403);
});

test("a signed-out visitor is sent to sign in", async ({ page }) => {
  await page.goto("/staff/users");
  await expect(page).toHaveURL(/\/sign-in\/staff$/);
  await page.goto("/cabinet");
  await expect(page).toHaveURL(/\/sign-in$/);
});

test("the service page (P-1) shows the regional schedule and the FAQ", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(kk.service.title);
  await expect(page.getByTestId("opening-schedule").locator("tbody tr")).toHaveCount(4);
  await expect(page.getByTestId("opening-schedule")).toContainText("Қарағанды облысы");
  await expect(page.locator("details")).toHaveCount(kk.service.faq.length);
});
