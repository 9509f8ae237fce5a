// On-behalf requests on the counter console in real headless Chromium: from the counter page's
// link to the requests page; the open list; one request, its contact shown on a click; a step
// refused without its reason; dispatched to a volunteer, done, not satisfied, reopened; then a
// second counter records the last callback and the first page follows on its own.
// Usage: node requests_console.mjs BASE_URL PIN SCREENSHOT_DIR
// Prints one JSON line of what it saw; exits non-zero, saying why on stderr, on any failure.
import { answer, fail, launch, login, text, waitText } from "./console_page.mjs";

const [base, pin, shots] = process.argv.slice(2);
const seen = {};

async function step(page, action) {
  const selector = `#steps [data-action="${action}"]`;
  await page.waitForSelector(selector, { timeout: 5000 })
    .catch(() => fail("no step " + action + " offered"));
  return selector;
}

async function stateIs(page, words, what) {
  await page.waitForFunction((want) =>
    document.querySelector("#d-state").textContent.startsWith(want), words,
    { timeout: 5000 }).catch(async () => fail(what + ": state shows \"" +
      await text(page, "#d-state") + "\""));
}

const browser = await launch();
try {
  const page = await login(browser, base, 1, pin);
  await page.waitForSelector("#requests-link:not([hidden])", { timeout: 5000 })
    .catch(() => fail("the counter page has no link to the requests"));
  await waitText(page, "#requests-link", "红色代办：未办结1 · 超期0", "the counter page's link");
  seen.link = await text(page, "#requests-link");
  await page.click("#requests-link");
  await page.waitForSelector("#list tr[data-id]", { timeout: 5000 })
    .catch(() => fail("the open list shows no request"));
  seen.row = await page.$$eval("#list tr[data-id] td", (cells) => cells.map((c) => c.textContent));
  await page.screenshot({ path: shots + "/console-requests-list-1280x800.png", fullPage: true });

  await page.click("#list tr[data-id]");
  await stateIs(page, "受理", "the request");
  seen.detailResident = await text(page, "#d-resident");
  seen.contactHidden = await page.isHidden("#contact");
  await page.click("#show-contact");
  await page.waitForSelector("#contact:not([hidden])", { timeout: 5000 });
  seen.contact = [await text(page, "#c-name"), await text(page, "#c-phone"),
                  await text(page, "#c-address")];
  seen.steps = await page.$$eval("#steps .step", (s) => s.map((e) => e.dataset.action));

  // On hold needs its reason: refused with words, nothing moves.
  await page.click((await step(page, "hold")) + " button");
  seen.holdRefused = await answer(page, "请写明原因", "hold without a reason");

  const dispatch = await step(page, "dispatch");
  seen.volunteers = await page.$$eval(dispatch + " select option", (o) => o.map((e) => e.textContent));
  await page.selectOption(dispatch + " select", { index: 1 });
  await page.click(dispatch + " button");
  seen.dispatched = await answer(page, "派单", "dispatching");
  await stateIs(page, "已派单", "after dispatching");
  seen.holder = await text(page, "#d-holder");

  // Reads overlap (the page's own step and the live refresh): the first read after starting is
  // answered only once the request is resolved, and that late 办理中 must not be drawn.
  const detail = /\/api\/counter\/1\/request\/\d+$/;
  let release;
  const released = new Promise((r) => { release = r; });
  let served;
  const lateServed = new Promise((r) => { served = r; });
  let holding = true;
  await page.route(detail, async (route) => {
    if (!holding || route.request().method() !== "GET") return route.continue();
    holding = false;
    const asItWas = await route.fetch();
    await released;
    await route.fulfill({ response: asItWas });
    served(await asItWas.json());
  });
  await page.click((await step(page, "start")) + " button");
  await stateIs(page, "办理中", "after starting");
  const resolve = await step(page, "resolve");
  await page.fill(resolve + " input", "已在营业厅代缴电费200元");
  await page.click(resolve + " button");
  await stateIs(page, "已办结", "after resolving");
  release();
  seen.lateAnswer = (await lateServed).state;
  const reverted = await page.waitForFunction(() =>
    !document.querySelector("#d-state").textContent.startsWith("已办结"), null, { timeout: 1500 })
    .then(() => true, () => false);
  if (reverted) fail("a late answer drew \"" + await text(page, "#d-state") + "\" over 已办结");
  await page.unroute(detail);
  const unhappy = await step(page, "callback_unsatisfied");
  await page.fill(unhappy + " input", "只缴了一半");
  await page.click(unhappy + " button");
  await stateIs(page, "重办", "after the unsatisfied callback");
  seen.reopenedState = await text(page, "#d-state");
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: shots + "/console-requests-reopened-1920x1080.png", fullPage: true });

  // Done again, by the same page.
  await page.selectOption((await step(page, "dispatch")) + " select", { index: 1 });
  await page.click((await step(page, "dispatch")) + " button");
  await stateIs(page, "已派单", "dispatched again");
  await page.click((await step(page, "start")) + " button");
  await stateIs(page, "办理中", "started again");
  await page.fill((await step(page, "resolve")) + " input", "已补缴");
  await page.click((await step(page, "resolve")) + " button");
  await stateIs(page, "已办结", "resolved again");

  // Another counter records the callback; this page follows without a reload.
  const other = await login(browser, base, 2, pin);
  const id = await page.$eval("#list tr.chosen", (r) => r.dataset.id);
  const stale = await other.evaluate(async (requestId) => {
    const r = await fetch("/api/counter/2/request/" + requestId + "/act", {method: "POST",
      headers: {"X-Yizhan": "1", "Content-Type": "application/json"},
      body: JSON.stringify({action: "callback_satisfied", seen: "resolved"})});
    return (await r.json()).ok;
  }, id);
  if (!stale) fail("counter 2 could not record the callback");
  await stateIs(page, "已关闭", "after counter 2's callback, without a reload");
  seen.moved = await answer(page, "这张代办单刚有新进展", "the page telling of counter 2's step");
  await waitText(page, "#steps", "这张代办单已结束，不能再办理", "a closed request's steps");
  seen.history = await page.$$eval("#history-list tr td:nth-child(2)", (c) => c.map((e) => e.textContent));
  seen.lastWho = await page.$eval("#history-list tr:last-child td:nth-child(3)", (c) => c.textContent);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: shots + "/console-requests-closed-1280x800.png", fullPage: true });

  // The lists: by state, and one with nothing in it.
  await page.selectOption("#by-state", "closed");
  await page.waitForFunction(() => document.querySelector("#list tr td:nth-child(5)")?.textContent === "已关闭",
    null, { timeout: 5000 }).catch(() => fail("the closed list does not show it"));
  await page.click('[data-list="overdue"]');
  await waitText(page, "#list", "没有符合的代办单", "the overdue list");
  seen.byStateCleared = await page.inputValue("#by-state");
} finally {
  await browser.close();
}
console.log(JSON.stringify(seen));
