// The residents' roster on the counter console in real headless Chromium: a request from a
// card the station had never seen cannot be dispatched; staff follow the request's link to
// the resident, are refused half an address, complete the record; the request is then
// dispatched; the unit's list shows the resident; a new resident is listed and a request
// filed for them.
// Usage: node residents_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { answer, fail, launch, login, text } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

async function dispatch(page) {
  const step = '#steps [data-action="dispatch"]';
  await page.waitForSelector(step, { timeout: 5000 }).catch(() => fail("no dispatch offered"));
  await page.selectOption(step + " select", { index: 1 });
  await page.click(step + " button");
}

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  page.on("pageerror", (e) => console.error("page error: " + e.message));
  await page.goto(base + "counter/1/requests");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the open list shows no request"));
  await page.click("#list tr[data-id]");
  await dispatch(page);
  seen.refused = await answer(page, "还没有", "dispatching without a phone");

  // The request's link to its resident.
  await page.waitForSelector("#complete:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the request has no link to its resident"));
  await page.click("#complete");
  await page.waitForSelector("#person:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the resident did not open"));
  seen.opened = await text(page, "#p-title");
  seen.idPlaceholder = await page.getAttribute("#p-id", "placeholder");
  if (!(await page.isDisabled("#p-id"))) fail("the recorded ID number can be typed over");
  await page.fill("#p-phone", "13900005555");
  await page.selectOption("#p-building", "5号楼");
  await page.fill("#p-unit", "1单元");
  await page.click("#save");
  seen.halfAddress = await answer(page, "住址", "half an address");
  await page.fill("#p-room", "202");
  await page.check("#p-alone");
  await page.click("#save");
  seen.saved = await answer(page, "已保存", "saving the resident");
  await page.screenshot({ path: shots + "/console-resident-completed-1280x800.png", fullPage: true });

  // The unit's list: the names in full, the marks, what is missing.
  await page.selectOption("#building", "5号楼");
  await page.fill("#unit", "1单元");
  await page.click("#search");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the unit's list shows nobody"));
  seen.unitRow = await page.$$eval("#list tr[data-id] td", (cells) => cells.map((c) => c.textContent));

  // Back to the request: now it goes to a volunteer.
  await page.click("#back");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the requests page lost its list"));
  await page.click("#list tr[data-id]");
  await dispatch(page);
  seen.dispatched = await answer(page, "派单", "dispatching after the record was completed");

  // A new resident, heard on the phone, and the request filed for them.
  await page.click("#residents");
  await page.waitForSelector("#new", { timeout: 5000 });
  await page.waitForFunction(() => document.querySelector("#errand").options.length > 1, null,
    { timeout: 5000 }).catch(() => fail("the errands never came"));
  await page.click("#new");
  await page.fill("#p-name", "李桂芳");
  await page.fill("#p-phone", "13900006666");
  await page.selectOption("#p-building", "2号楼");
  await page.fill("#p-unit", "1单元");
  await page.fill("#p-room", "101");
  await page.click("#save");
  seen.listed = await answer(page, "已登记", "listing a new resident");
  await page.waitForSelector("#filing:not([hidden])", { timeout: 5000 })
    .catch(() => fail("no way to file a request for the new resident"));
  await page.selectOption("#errand", "medicine");
  await page.selectOption("#questions select", "上午");
  await page.click("#file");
  seen.filed = await answer(page, "已登记代办单", "filing a request");
  await page.waitForSelector("#open li", { timeout: 5000 })
    .catch(() => fail("the filed request is not among the open ones"));
  seen.openList = await page.$$eval("#open li", (l) => l.map((e) => e.textContent));
  // Each open request links to it on the requests page.
  await page.click("#open li a");
  await page.waitForFunction(() => document.querySelector("#d-title")?.textContent.includes("代取药品"),
    null, { timeout: 5000 }).catch(() => fail("the open request's link does not show it"));
  seen.linkedTitle = await text(page, "#d-title");
  await page.goBack();
  await page.waitForSelector("#person:not([hidden]), #pick", { timeout: 5000 });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.selectOption("#building", "2号楼");
  await page.fill("#unit", "1单元");
  await page.click("#search");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the new resident is not in their unit's list"));
  await page.screenshot({ path: shots + "/console-resident-filed-1920x1080.png", fullPage: true });
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
