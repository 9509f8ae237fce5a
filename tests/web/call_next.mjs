// Logs in at one counter in headless Chromium, taps 下一位 and waits for the expected number.
// Usage: node call_next.mjs BASE_URL PIN COUNTER EXPECTED_CODE SCREENSHOT
import { fail, launch, login, waitText } from "./console_page.mjs";

const [base, pin, counter, expected, shot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await login(browser, base, counter, pin);
  if (!page.url().endsWith("/counter/" + counter)) fail("login failed: " + page.url());
  await page.click("#next");
  await waitText(page, "#current", expected, "after 下一位");
  await page.screenshot({ path: shot });
} finally {
  await browser.close();
}
console.log(expected);
