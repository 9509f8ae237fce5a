// Booking and check-in on the counter console in real headless Chromium: staff book a time
// for a resident at the window with the resident's mobile number, see it in today's list,
// and check the resident in, which gives a number.
// Usage: node appointment_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { fail, launch, login, text, waitText } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  await page.waitForSelector("#appointments:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the booking section did not show for counter 1"));
  await page.waitForFunction(() => document.querySelectorAll("#book-slot option").length > 0,
    null, { timeout: 5000 }).catch(() => fail("no times offered"));
  seen.service = await page.$eval("#book-service", (s) => s.selectedOptions[0].textContent);
  seen.slot = await page.$eval("#book-slot", (s) => s.selectedOptions[0].textContent);

  // Something that is neither a mobile nor an ID number: refused, nothing booked.
  await page.fill("#book-who", "12345");
  await page.click("#book");
  await waitText(page, "#problem", "请输入11位手机号或18位身份证号", "a bad number");

  await page.fill("#book-who", "13812345678");
  await page.click("#book");
  await page.waitForFunction(() => document.querySelector("#notice").textContent.startsWith("已预约"),
    null, { timeout: 5000 }).catch(async () => fail("not booked: " + await text(page, "#problem")));
  seen.notice = await text(page, "#notice");
  await waitText(page, "#appointment-list tr td:nth-child(3)", "138****5678", "the list");
  seen.listed = await text(page, "#appointment-list tr td:nth-child(4)");
  await page.screenshot({ path: shots + "/console-appointments-1280x800.png", fullPage: true });

  // The resident is at the window: 签到 gives the booking its number.
  await page.click("#appointment-list button");
  await page.waitForFunction(() => document.querySelector("#notice").textContent.startsWith("已签到"),
    null, { timeout: 5000 }).catch(async () => fail("not checked in: " + await text(page, "#problem")));
  seen.checkedIn = await text(page, "#notice");
  await waitText(page, "#appointment-list tr td:nth-child(4)", seen.checkedIn.replace("已签到，号码 ", "已签到 "),
    "the list after check-in");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shots + "/console-appointments-1920x1080.png", fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
