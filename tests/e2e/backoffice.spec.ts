// The school back office in Chromium (issue 4): the executor confirms and sends, the director
// signs with EDS through the NCALayer stand-in, the parent sees the decision and downloads its
// PDF; the refusal; scoping by school and by assignment; the plain "someone acted first".
// Works on the applications seeded by prisma/seed/applications.ts (business date 6 July 2026).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_CITIZENS } from "../../prisma/seed/citizens";
import bo from "../../messages/backoffice/kk.json" with { type: "json" };
import { MESSAGES, signInAsParent, signInAsStaff } from "./helpers";

const kk = MESSAGES.kk;

async function asStaff(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, login);
  await page.waitForURL((url) => url.pathname === "/staff");
  return page;
}

async function asParent(browser: Browser, iin: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsParent(page, iin);
  return page;
}

/** Sign in the open dialog with EDS: the NCALayer stand-in signs with the signer's test key. */
async function signWithEds(page: Page) {
  const dialog = page.getByTestId("sign-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByTestId("sign-with-eds").click();
}

test("executor confirms and sends; the director signs; the parent sees Accepted and downloads the receipt", async ({ browser }) => {
  const executor = await asStaff(browser, "school63.executor1");
  await executor.goto("/staff/applications");
  await expect(executor.getByRole("heading", { level: 1 })).toHaveText(bo.boList.title);
  const table = executor.getByTestId("applications-table");
  await expect(table.locator("thead")).toContainText(bo.boList.columns.term);
  // The seeded Friday-evening arrival is on time; the one from Wednesday is overdue (S-8).
  await expect(table).toContainText(bo.boList.onTime);
  await expect(table).toContainText(bo.boList.overdue);
  await expect(executor.getByTestId("overdue-count")).toBeVisible();

  await executor.goto("/staff/applications/app-seed-leapday-63");
  await expect(executor.getByTestId("child-name")).toHaveText("Иманғалиев Арсен Тимурұлы");
  // PDF and JPEG are previewed in the page, and the file behind them is served.
  const photo = executor.getByTestId("document-PHOTO").first().locator("img");
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await expect(executor.getByTestId("document-F065").locator("iframe")).toBeVisible();
  const pdf = await executor.request.get((await executor.getByTestId("document-F065").locator("iframe").getAttribute("src")) ?? "");
  expect(pdf.headers()["content-type"]).toContain("application/pdf");

  const form = executor.getByTestId("review-form");
  // Confirming without a comment and inclusion: both errors, at the top and at the fields.
  await form.getByTestId("confirm-documents").click();
  await expect(form.getByTestId("error-summary")).toContainText(bo.boReview.errors.COMMENT_REQUIRED);
  await expect(form.getByTestId("error-summary")).toContainText(bo.boReview.errors.INCLUSION_REQUIRED);
  await form.getByText(bo.boReview.chooseTemplate).click();
  await form.getByTestId("templates").getByRole("button").first().click();
  await expect(form.locator("#comment")).toHaveValue(/Өтініш қабылданды/);
  await form.getByLabel(bo.boReview.inclusionNo).check();
  await form.getByTestId("confirm-documents").click();
  await expect(executor.getByTestId("toast")).toContainText(bo.boCommon.notices.confirmed);
  await expect(executor.getByTestId("application-status")).toHaveText(kk.statuses.DOCUMENTS_CONFIRMED);

  await executor.getByTestId("send-panel").getByRole("button", { name: bo.boReview.sendToDirector }).click();
  await expect(executor.getByTestId("send-confirm")).toBeVisible();
  await executor.getByTestId("send-confirm-confirm").click();
  await expect(executor.getByTestId("toast")).toContainText("Өтінім директорға сәтті жіберілді");
  await expect(executor.getByTestId("application-status")).toHaveText(kk.statuses.AWAITING_SIGNATURE);
  await expect(executor.getByTestId("waiting-director")).toBeVisible();

  const director = await asStaff(browser, "school63.director");
  await expect(director.getByTestId("dashboard")).toBeVisible();
  await director.goto("/staff/signing");
  await director
    .getByTestId("applications-table")
    .getByRole("row")
    .filter({ hasText: "Иманғалиева" })
    .getByRole("link", { name: bo.boList.view })
    .click();
  await expect(director.getByTestId("director-panel")).toBeVisible();
  await director.getByTestId("sign-acceptance").click();
  await signWithEds(director);
  await expect(director.getByTestId("toast")).toContainText(bo.boCommon.notices.accepted);
  await expect(director.getByTestId("application-status")).toHaveText(kk.statuses.ACCEPTED);
  await expect(director.getByTestId("issued-RECEIPT")).toBeVisible();
  await expect(director.getByTestId("history-table")).toContainText(bo.boHistory.events.ACCEPTED);

  const parent = await asParent(browser, DEMO_CITIZENS.leapDayMother);
  await parent.goto("/cabinet/applications/app-seed-leapday-63");
  await expect(parent.getByTestId("status")).toHaveText(kk.statuses.ACCEPTED);
  const href = await parent.getByTestId("download-RECEIPT").getAttribute("href");
  const receipt = await parent.request.get(href ?? "");
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()["content-type"]).toContain("application/pdf");
  expect((await receipt.body()).subarray(0, 5).toString()).toBe("%PDF-");
});

test("the director refuses with a reason: Rejected, the reasoned refusal for the parent", async ({ browser }) => {
  const director = await asStaff(browser, "school63.director");
  await director.goto("/staff/applications/app-seed-karakoga-63");
  await director.getByTestId("start-refusal").click();
  await director.getByTestId("sign-refusal").click();
  await expect(director.getByTestId("error-summary")).toContainText(bo.boReview.errors.REASON_REQUIRED);
  const reason = "Таңдалған оқыту тілі бойынша сыныптарда бос орын жоқ";
  await director.locator("#reason").fill(reason);
  await director.getByTestId("sign-refusal").click();
  await signWithEds(director);
  await expect(director.getByTestId("toast")).toContainText(bo.boCommon.notices.rejected);
  await expect(director.getByTestId("application-status")).toHaveText(kk.statuses.REJECTED);

  const parent = await asParent(browser, DEMO_CITIZENS.karakogaMother);
  await parent.goto("/cabinet/applications/app-seed-karakoga-63");
  await expect(parent.getByTestId("status")).toHaveText(kk.statuses.REJECTED);
  await expect(parent.getByTestId("refusal-reason")).toContainText(reason);
  const refusal = await parent.request.get((await parent.getByTestId("download-REFUSAL").getAttribute("href")) ?? "");
  expect(refusal.headers()["content-type"]).toContain("application/pdf");
});

test("an executor of another school opening this school's application by URL gets not-found", async ({ browser }) => {
  const page = await asStaff(browser, "school9.executor");
  for (const url of ["/staff/applications/app-seed-guardian-63", "/staff/applications/app-seed-guardian-63/history"]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
  // Their own list holds their school's applications only.
  await page.goto("/staff/applications");
  await expect(page.getByTestId("applications-table")).toContainText("Шевченко Ирина Павловна");
  await expect(page.getByTestId("applications-table")).not.toContainText("Иманғалиева");
});

test("an executor without the 1st-grade service sees no applications at all", async ({ browser }) => {
  const page = await asStaff(browser, "school63.executor2");
  await page.goto("/staff/applications");
  await expect(page.getByTestId("no-school-applications")).toHaveText(bo.boList.notAssigned);
  await expect(page.getByTestId("applications-table")).toHaveCount(0);
  const response = await page.goto("/staff/applications/app-seed-guardian-63");
  expect(response?.status()).toBe(404);
});

test("two tabs act on one application: the slower is told plainly that someone acted first", async ({ browser }) => {
  const first = await asStaff(browser, "school63.executor1");
  const second = await (await first.context()).newPage();
  for (const page of [first, second]) await page.goto("/staff/applications/app-seed-guardian-63");
  for (const page of [first, second]) {
    await page.locator("#comment").fill("Құжаттар толық.");
    await page.getByLabel(bo.boReview.inclusionNo).check();
  }
  await first.getByTestId("confirm-documents").click();
  await expect(first.getByTestId("application-status")).toHaveText(kk.statuses.DOCUMENTS_CONFIRMED);
  await second.getByTestId("confirm-documents").click();
  await expect(second.getByTestId("error-summary")).toContainText(bo.boReview.errors.CONFLICT);
});

test("the administrator imports a person once, and cannot lower seats below the reserved ones", async ({ browser }) => {
  const admin = await asStaff(browser, "school63.admin");
  await admin.goto("/staff/users");
  await admin.getByTestId("import-users").click();
  await expect(admin.getByTestId("candidate-BLM-63-001").getByTestId("already-imported")).toBeVisible();
  await admin.getByTestId("candidate-BLM-63-009").getByRole("checkbox").check();
  await admin.getByTestId("import-submit").click();
  await expect(admin.getByTestId("import-result")).toContainText("Ахметжанов Руслан Маратович");
  await expect(admin.getByTestId("imported-BLM-63-009").locator("td").nth(2)).toHaveText(/^[A-Za-z2-9]{12}$/);
  await expect(admin.getByTestId("candidate-BLM-63-009").getByTestId("already-imported")).toBeVisible();

  await admin.goto("/staff/campaign");
  const kazakh = admin.locator("#seats-GENERAL-KK");
  await kazakh.fill("0");
  await expect(admin.getByTestId("free-GENERAL-KK")).toContainText(bo.boCampaign.free.replace("{count}", "0"));
  await admin.getByTestId("save-campaign").click();
  await expect(admin.getByTestId("error-summary")).toContainText("Ештеңе сақталмады");
  await kazakh.fill("60");
  await expect(admin.getByTestId("free-GENERAL-KK")).toContainText(/Бос орындар: 5\d/);
});

test("@phone at 375 px the application list is a column of cards with the number, sender, status and term", async ({ browser }) => {
  const page = await asStaff(browser, "school63.director");
  await page.setViewportSize({ width: 375, height: 740 });
  await page.goto("/staff/applications");
  await expect(page.getByTestId("applications-table")).toBeHidden();
  const cards = page.getByTestId("applications-cards");
  await expect(cards).toBeVisible();
  await expect(cards).toContainText(bo.boList.overdue);
  const card = cards.locator('[data-testid^="application-card-"]').first();
  await expect(card.getByTestId("card-status")).not.toBeEmpty();
  await card.getByRole("link").first().click();
  await page.waitForURL(/\/staff\/applications\/[^/]+$/);
  await page.goBack();
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
});

test("@phone the calendar and users pages stay inside a 375 px screen; their tables scroll in place", async ({ browser }) => {
  // The holiday calendar is national: the region administrator's page; the users page a school's.
  for (const [login, home, path] of [
    ["ministry.admin", "/region", "/region"],
    ["school9.admin", "/staff", "/staff/users"],
  ] as const) {
    const page = await (await browser.newContext()).newPage();
    await signInAsStaff(page, login);
    await page.waitForURL((url) => url.pathname === home);
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(path);
    await expect(page.locator("table").first()).toBeVisible();
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.page, path).toBeLessThanOrEqual(widths.view);
  }
});
