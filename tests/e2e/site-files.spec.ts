import { expect, test } from "@playwright/test";

// What browsers, phones and search engines fetch on their own: favicon, manifest, icons, robots.txt.

test("the service page links its icon and manifest, and both are served", async ({ page, request }) => {
  await page.goto("/");
  const iconHref = await page.locator('head link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(iconHref).toBeTruthy();
  const icon = await request.get(iconHref!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  expect(await icon.text()).toContain("#00AFCA");

  const manifestHref = await page.locator('head link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  await expect(page.locator('head meta[name="theme-color"]')).toHaveAttribute("content", "#00AFCA");
});

test("the web manifest names the service in Kazakh and every icon it lists is a PNG of its size", async ({ request }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  const manifest = (await response.json()) as {
    name: string;
    short_name: string;
    lang: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest.short_name).toBe("Қабылдау");
  expect(manifest.name).toContain("Қабылдау");
  expect(manifest.lang).toBe("kk");
  expect(manifest.theme_color).toBe("#00AFCA");
  expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"]).toBe("image/png");
    const png = await file.body();
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers.
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    const [width, height] = icon.sizes.split("x").map(Number);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([width, height]);
  }
});

test("favicon.ico and robots.txt are served; robots.txt keeps private areas out", async ({ request }) => {
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  const lines = (await robots.text()).split("\n").map((line) => line.trim());
  expect(lines).toContain("Allow: /");
  for (const path of ["/cabinet", "/staff", "/district", "/region", "/api/", "/egov-"]) {
    expect(lines).toContain(`Disallow: ${path}`);
  }
});
