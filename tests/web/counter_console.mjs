// Drives the counter console in real headless Chromium: a wrong PIN, then two staff at
// counters 1 and 2 each calling a number, each page seeing the other's call live.
// Usage: node counter_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { fail, launch, login, text, waitText } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

const browser = await launch();
try {
  // A wrong PIN: refused with the tries left, still on the login page.
  const wrong = await login(browser, base, 1, "0000");
  seen.wrongPin = await text(wrong, ".message");
  if (!seen.wrongPin.includes("密码不对")) fail("wrong PIN not refused: " + seen.wrongPin);
  await wrong.context().close();

  const one = await login(browser, base, 1, pin);
  if (!one.url().endsWith("/counter/1")) fail("login did not open counter 1: " + one.url());
  await waitText(one, "#waiting", "2", "counter 1 before calling");
  await waitText(one, "#current", "—", "counter 1 before calling");
  const two = await login(browser, base, 2, pin);
  await waitText(two, "#waiting", "2", "counter 2 before calling");

  // Counter 1 calls: its page shows the number, counter 2's page updates by itself.
  await one.click("#next");
  await waitText(one, "#current", "A001", "counter 1 after 下一位");
  await waitText(two, "#waiting", "1", "counter 2 live, after counter 1 called");
  seen.counter1 = await text(one, "#current");

  await two.click("#next");
  await waitText(two, "#current", "A002", "counter 2 after 下一位");
  await waitText(one, "#waiting", "0", "counter 1 live, after counter 2 called");
  seen.counter2 = await text(two, "#current");

  // No-show is refused before two recalls, with the reason shown.
  if (!(await one.isDisabled('[data-action="no-show"]'))) fail("过号 enabled before recalls");
  await one.click('[data-action="recall"]');
  await waitText(one, "#about", "社保医保 · 已重呼1次", "counter 1 after 重呼");
  await one.screenshot({ path: shots + "/counter-console-1280x800.png" });
  await one.setViewportSize({ width: 1920, height: 1080 });
  await one.screenshot({ path: shots + "/counter-console-1920x1080.png" });
  await one.click("#next");
  await waitText(one, "#problem", "没有等候的号", "counter 1 with nobody waiting");
  seen.problem = await text(one, "#problem");
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
