// Staff dispatch one request from the counter console's requests page in real headless
// Chromium: log in, open the requests page, choose the row with NUMBER, give it to the
// volunteer VOLUNTEER_ID, and wait for the page to show it dispatched.
// Usage: node requests_dispatch.mjs BASE_URL PIN NUMBER VOLUNTEER_ID SCREENSHOT
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { fail, launch, login, text } from "./console_page.mjs";

const [base, pin, number, volunteer, shot] = process.argv.slice(2);
const browser = await launch();
const seen = {};
try {
  const page = await login(browser, base, 1, pin);
  await page.waitForSelector("#requests-link:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the counter page has no link to the requests"));
  await page.click("#requests-link");
  const row = `#list tr[data-id]:has(td:text-is("${number}"))`;
  await page.waitForSelector(row, { timeout: 5000 })
    .catch(() => fail("request " + number + " is not in the open list"));
  await page.click(row);
  const dispatch = '#steps [data-action="dispatch"]';
  await page.waitForSelector(dispatch, { timeout: 5000 }).catch(() => fail("no 派单 offered"));
  await page.selectOption(dispatch + " select", volunteer);
  await page.click(dispatch + " button");
  await page.waitForFunction(() => document.querySelector("#d-state").textContent.startsWith("已派单"),
    null, { timeout: 5000 }).catch(async () => fail("not dispatched: " + await text(page, "#answer")));
  seen.answer = await text(page, "#answer");
  seen.holder = await text(page, "#d-holder");
  await page.screenshot({ path: shot, fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
