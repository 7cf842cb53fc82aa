// NCALayer as a person meets it, in Chromium over wss://: the stand-in's window (its key chooser
// page) holds the director's request until someone acts; Cancel there is NCALayer's "cancelled"
// in the sign dialog, and choosing the key signs. Works on the seeded app-seed-bulaevo-9, which
// no other browser test touches.
import { expect, test, type Browser, type Page } from "@playwright/test";
import bo from "../../messages/backoffice/kk.json" with { type: "json" };
import signingKk from "../../messages/signing/kk.json" with { type: "json" };
import { MESSAGES, signInAsStaff } from "./helpers";

/** The stand-in's window: scripts/e2e-server.sh runs it on NCALAYER_PORT 13600. */
const NCALAYER_WINDOW = `https://127.0.0.1:${process.env.NCALAYER_PORT ?? 13600}/`;

async function asStaff(browser: Browser, login: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAsStaff(page, login);
  await page.waitForURL((url) => url.pathname === "/staff");
  return page;
}

async function setAlwaysAsk(chooser: Page, on: boolean) {
  await chooser.goto(NCALAYER_WINDOW);
  await chooser.getByLabel(/Always ask/).setChecked(on);
  await chooser.getByRole("button", { name: "OK" }).click();
  await expect(chooser.getByLabel(/Always ask/)).toBeChecked({ checked: on });
}

test("NCALayer's window: the request waits for the key, Cancel is 'cancelled', choosing the key signs", async ({ browser }) => {
  const chooser = await (await browser.newContext()).newPage();
  await setAlwaysAsk(chooser, true);
  try {
    const executor = await asStaff(browser, "school9.executor");
    await executor.goto("/staff/applications/app-seed-bulaevo-9");
    await executor.getByTestId("send-panel").getByRole("button", { name: bo.boReview.sendToDirector }).click();
    await executor.getByTestId("send-confirm-confirm").click();
    await expect(executor.getByTestId("application-status")).toHaveText(MESSAGES.kk.statuses.AWAITING_SIGNATURE);

    const director = await asStaff(browser, "school9.director");
    await director.goto("/staff/applications/app-seed-bulaevo-9");
    await director.getByTestId("sign-acceptance").click();
    await director.getByTestId("sign-dialog").getByTestId("sign-with-eds").click();

    // The chooser reloads itself while nothing waits; then it shows the request, IIN filled in.
    const request = chooser.getByTestId("ncalayer-request");
    await expect(request).toHaveCount(1, { timeout: 20_000 });
    await request.getByRole("button", { name: /Cancel/ }).click();
    await expect(director.getByTestId("signing-error")).toHaveText(signingKk.signing.errors.ncalayerCancelled);
    await expect(director.getByTestId("application-status")).toHaveText(MESSAGES.kk.statuses.AWAITING_SIGNATURE);

    await director.getByRole("button", { name: signingKk.signing.dialog.retry }).click();
    await expect(request).toHaveCount(1, { timeout: 20_000 });
    await request.getByRole("button", { name: /Sign/ }).click();
    await expect(director.getByTestId("toast")).toContainText(bo.boCommon.notices.accepted);
    await expect(director.getByTestId("application-status")).toHaveText(MESSAGES.kk.statuses.ACCEPTED);
  } finally {
    await setAlwaysAsk(chooser, false);
  }
});
