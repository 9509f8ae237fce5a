// Shared by the browser tests: start Debian's Chromium, log in at a counter, wait for text.
import { chromium } from "playwright-core";

export function fail(why) {
  console.error("browser test: " + why);
  process.exit(1);
}

export async function launch() {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
}

export async function text(page, selector) {
  return (await page.textContent(selector)).trim();
}

export async function waitText(page, selector, expected, what) {
  try {
    await page.waitForFunction(
      ([sel, want]) => document.querySelector(sel)?.textContent.trim() === want,
      [selector, expected], { timeout: 5000 });
  } catch {
    fail(`${what}: expected "${expected}", page shows "${await text(page, selector)}"`);
  }
}

export async function login(browser, base, counter, password) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(base);
  await page.check(`input[name=counter][value="${counter}"]`);
  await page.fill("#pin", password);
  await page.click("button[type=submit]");
  await page.waitForLoadState("domcontentloaded");
  return page;
}

// The page's answer line (#answer) once it starts with `startsWith`; fails saying `what`.
export async function answer(page, startsWith, what) {
  await page.waitForFunction((want) =>
    document.querySelector("#answer").textContent.startsWith(want), startsWith,
    { timeout: 5000 }).catch(async () => fail(what + ": the page says \"" +
      await text(page, "#answer") + "\""));
  return text(page, "#answer");
}
