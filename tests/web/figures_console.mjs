// The figures on the counter console in real headless Chromium: the week's table from the
// requests page's link, the CSV link, and 报送区平台.
// Usage: node figures_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { answer, fail, launch, login, text } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  await page.goto(base + "counter/1/requests");
  await page.click("#figures");
  await page.waitForSelector("#rows tr.station", { timeout: 5000 })
    .catch(() => fail("the figures page shows no station row"));
  seen.range = await text(page, "#range");
  seen.station = await page.$$eval("#rows tr.station:first-child td", (c) => c.map((e) => e.textContent));
  seen.rows = await page.$$eval("#rows tr", (r) => r.length);
  seen.totals = await text(page, "#totals");
  seen.csv = await page.$eval("#csv", (a) => a.getAttribute("href"));
  await page.screenshot({ path: shots + "/console-figures-1280x800.png", fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shots + "/console-figures-1920x1080.png", fullPage: true });
  await page.click("#report");
  seen.reported = await answer(page, "已报送区平台", "sending the figures");
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
