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

test("pages carry a Content-Security-Policy whose nonce Next puts on its scripts, and nothing is blocked", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto("/sign-in/staff");
  const headers = response!.headers();
  const csp = headers["content-security-policy"] ?? "";
  const nonce = /script-src [^;]*'nonce-([^']+)'/.exec(csp)?.[1];
  expect(nonce).toBeTruthy();
  expect(csp).toContain("frame-ancestors 'none'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  // Served over plain http here: no HSTS.
  expect(headers["strict-transport-security"]).toBeUndefined();
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);
  // The page is alive (hydrated): signing in works under the policy.
  await signInAsStaff(page, "school63.executor1");
  await page.waitForURL((url) => url.pathname === "/staff");
  expect(violations).toEqual([]);
});
