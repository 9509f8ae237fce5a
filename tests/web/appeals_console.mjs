// Appeals on the counter console in real headless Chromium: from a resident's record to the
// appeals page; a reply kept for staff, dealt with; an appeal entered for the resident (noise at
// their unit, urgent); opened on the requests page and forwarded to 城管 at 街道 level.
// Usage: node appeals_console.mjs BASE_URL PIN RESIDENT_ID SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { answer, fail, launch, login, text, waitText } from "./console_page.mjs";

const [base, pin, resident, shots] = process.argv.slice(2);
const seen = {};

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  await page.goto(base + "counter/1/residents?resident=" + resident);
  await page.waitForSelector("#appeal:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the resident's record offers no appeal"));
  await page.click("#appeal");
  await page.waitForSelector("#who-resident:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the appeals page does not say who it is for"));
  seen.who = await text(page, "#who-resident");
  seen.anonymousOffered = !(await page.isDisabled("#anonymous"));
  await page.waitForSelector("#reply-list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the kept reply is not listed"));
  seen.reply = await page.$$eval("#reply-list tr[data-id] td", (c) => c.map((e) => e.textContent));
  seen.waiting = await text(page, "#n-replies");

  // Without a category: said so, nothing sent.
  await page.click("#submit");
  seen.noCategory = await answer(page, "请选择", "submitting without a category");
  await page.click("#categories button:has-text('噪音')");
  await page.selectOption("#building", "3号楼");
  await page.selectOption("#unit", "2单元");
  await page.check("#urgent");
  await page.screenshot({ path: shots + "/console-appeals-1280x800.png", fullPage: true });
  await page.click("#submit");
  seen.entered = await answer(page, "已登记民意诉求", "entering the appeal");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shots + "/console-appeals-1920x1080.png", fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // The kept reply, dealt with: gone from the list, the count follows.
  await page.click("#reply-list tr[data-id] button");
  await answer(page, "已处理", "dealing with the reply");
  await waitText(page, "#reply-list", "没有待处理的部门回复", "the replies after dealing");
  await waitText(page, "#n-replies", "(0)", "the count of replies waiting");

  await page.click("#made-link");
  await page.waitForSelector("#detail:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the requests page does not open the appeal"));
  await waitText(page, "#d-place", "3号楼2单元", "the appeal's place");
  seen.title = await text(page, "#d-title");
  seen.flags = await text(page, "#d-flags");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 });
  seen.row = await page.$$eval("#list tr[data-id] td", (c) => c.map((e) => e.textContent));
  const forward = '#steps [data-action="forward"]';
  await page.waitForSelector(forward, { timeout: 5000 }).catch(() => fail("no forward step"));
  seen.departments = await page.$$eval(forward + " select:first-of-type option",
                                       (o) => o.map((e) => e.textContent));
  // Without a department: refused, nothing moves.
  await page.click(forward + " button");
  seen.noDepartment = await answer(page, "请", "forwarding without a department");
  await page.selectOption(forward + " select:first-of-type", "城管");
  await page.selectOption(forward + " select:nth-of-type(2)", "street");
  // Meanwhile another appeal comes in (the kiosk, another counter): the page reads again live,
  // and what staff just chose stays chosen.
  const open = await text(page, "#n-open");
  const other = await page.evaluate(async () => (await fetch("/api/counter/1/appeals", {
    method: "POST", headers: {"X-Yizhan": "1", "Content-Type": "application/json"},
    body: JSON.stringify({category: "facility", anonymous: true, place: "电梯"})})).status);
  if (other !== 200) fail("the second appeal was refused: " + other);
  await page.waitForFunction((was) => document.querySelector("#n-open").textContent !== was,
    open, { timeout: 5000 }).catch(() => fail("the page did not hear of the second appeal"));
  seen.keptChoice = await page.$$eval(forward + " select",
                                      (s) => s.map((e) => e.value));
  await page.click(forward + " button");
  seen.forwarded = await answer(page, "转派部门", "forwarding");
  await waitText(page, "#d-state", "已转派", "the state after forwarding");
  seen.to = await text(page, "#d-forwarded");
  seen.lastStep = await page.$eval("#history-list tr:last-child td:nth-child(2)",
                                   (e) => e.textContent);
  await page.screenshot({ path: shots + "/console-appeal-forwarded-1280x800.png", fullPage: true });
  console.log(JSON.stringify(seen));
} finally {
  await browser.close();
}
