// Volunteers on the counter console in real headless Chromium: staff confirm a flagged shift,
// enrol a volunteer (refused first for a missing employer), find them in the masked roster and
// edit them.
// Usage: node volunteer_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { fail, launch, login, text, waitText } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

async function status(page, startsWith, what) {
  await page.waitForFunction((want) =>
    document.querySelector("#volunteer-status").textContent.startsWith(want), startsWith,
    { timeout: 5000 }).catch(async () => fail(what + ": status shows \"" +
      await text(page, "#volunteer-status") + "\""));
  return text(page, "#volunteer-status");
}

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  await page.waitForSelector("#volunteer-review:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the flagged shift is not shown"));
  seen.row = await text(page, "#review-list tr td:nth-child(1)");
  await page.screenshot({ path: shots + "/console-volunteer-review-1280x800.png", fullPage: true });
  await page.click("#review-list button");
  seen.confirmed = await status(page, "已确认", "confirming");
  await page.waitForSelector("#volunteer-review", { state: "hidden", timeout: 5000 })
    .catch(() => fail("the confirmed shift is still listed"));

  await page.click("#show-roster");
  await page.waitForSelector("#roster:not([hidden])", { timeout: 5000 });
  await page.fill("#v-name", "张建国");
  await page.fill("#v-phone", "13900001111");
  await page.fill("#v-team", "红色代办服务队");
  await page.selectOption("#v-kind", "in_service_member");
  await page.click("#v-save");
  seen.refused = await status(page, "在职", "a member without employer");
  await page.fill("#v-employer", "区住建局");
  await page.click("#v-save");
  seen.enrolled = await status(page, "已登记", "enrolling");
  await page.waitForFunction(() => document.querySelectorAll("#volunteer-list tr").length === 2,
    null, { timeout: 5000 }).catch(() => fail("the roster does not list both volunteers"));
  seen.listed = await text(page, "#volunteer-list tr:nth-child(2) td:nth-child(1)");
  if (await page.inputValue("#v-name") !== "") fail("the form was not cleared after enrolling");
  await page.screenshot({ path: shots + "/console-volunteer-roster-1280x800.png", fullPage: true });

  await page.click("#volunteer-list tr:nth-child(2) button");
  await page.waitForFunction(() => document.querySelector("#v-name").value !== "", null,
    { timeout: 5000 }).catch(() => fail("editing did not load the volunteer"));
  seen.editName = await page.inputValue("#v-name");
  await waitText(page, "#volunteer-editing", "修改：张建国", "the form's heading");
  await page.fill("#v-team", "志愿服务队");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shots + "/console-volunteer-edit-1920x1080.png", fullPage: true });
  await page.click("#v-save");
  seen.saved = await status(page, "已保存", "saving the edit");
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
