import { expect, test } from "@playwright/test";
import bo from "../../messages/backoffice/kk.json" with { type: "json" };
import { MESSAGES, menuLabels, signInAsStaff } from "./helpers";

const kk = MESSAGES.kk;
const menu = kk.staffMenu;
const nav = bo.staffNav;

const CASES = [
  // The holiday calendar is national: the region administrator keeps it, not a school's.
  { login: "school63.admin", path: "/staff", items: [nav.home, menu.users, menu.organisation, menu.campaign] },
  {
    login: "school63.director",
    path: "/staff",
    items: [nav.home, menu.applications, nav.signing, nav.templates, menu.assignments, menu.users],
  },
  { login: "school63.executor1", path: "/staff", items: [nav.home, menu.applications, nav.templates, menu.users] },
  { login: "school63.psychologist", path: "/staff", items: [nav.home, menu.users] },
  { login: "krg-goroo.officer", path: "/district", items: [kk.districtMenu.schools, kk.districtMenu.catchments] },
  { login: "ministry.admin", path: "/region", items: [kk.regionMenu.schedule] },
];

for (const { login, path, items } of CASES) {
  test(`${login} signs in and sees the menu of their role`, async ({ page }) => {
    await signInAsStaff(page, login);
    await page.waitForURL((url) => url.pathname === path);
    expect(await menuLabels(page)).toEqual(items);
  });
}

test("staff see only their own school's users", async ({ page }) => {
  await signInAsStaff(page, "school9.admin");
  await page.waitForURL((url) => url.pathname === "/staff");
  await page.goto("/staff/users");
  const table = page.getByTestId("staff-table");
  await expect(table).toContainText("school9.director");
  await expect(table).not.toContainText("school63.");
});

test("the district office sees its schools' catchments, gaps and overlaps", async ({ page }) => {
  await signInAsStaff(page, "krg-goroo.officer");
  await page.waitForURL((url) => url.pathname === "/district");
  await page.goto("/district/catchments");
  await expect(page.getByTestId("overlapping")).toContainText("Ерубаев");
  await expect(page.getByTestId("unattached").locator("li").first()).toBeVisible();
  await expect(page.getByTestId("school-catchments").locator("section")).not.toHaveCount(0);
});

test("a wrong password and an unknown login get the same message", async ({ page }) => {
  await signInAsStaff(page, "school63.director", "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: kk.signIn.errors.invalid })).toBeVisible();
  await signInAsStaff(page, "nobody.at.all", "wrong-password");
  await expect(page.getByRole("alert").filter({ hasText: kk.signIn.errors.invalid })).toBeVisible();
});
