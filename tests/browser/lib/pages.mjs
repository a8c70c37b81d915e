// The console's pages as a navigator uses them, by the selectors of the UI contract: setting a
// password, logging in, the queue, and one conversation.

import { PAGE_WAIT_MS } from './browser.mjs';

/** Fails the run with a message saying what was expected. */
export function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Submits a form by its button and waits until the page it leads to has loaded. */
export async function submit(page, form) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await page.locator(`${form} [type=submit]`).click();
  await navigated;
  await page.waitForLoadState('load');
}

/** The path of the page now shown, without its query. */
export function pathOf(page) {
  return new URL(page.url()).pathname;
}

/** Follows a set-up link and chooses a password; ends on the login page or the queue. */
export async function setPassword(page, link, password) {
  await page.goto(link);
  check(await page.locator('form#setup').count() === 1, `the set-up link ${pathOf(page)} shows no form#setup`);
  await page.fill('form#setup input[name=password]', password);
  await page.fill('form#setup input[name=confirm]', password);
  await submit(page, 'form#setup');
  const landed = pathOf(page);
  check(landed === '/console/login' || landed === '/console',
    `setting a password led to ${landed}, not /console/login or /console: ${await flashText(page)}`);
}

/** Logs in from the login page (going there first if need be) and ends on the queue. */
export async function logIn(page, baseUrl, email, password) {
  if (pathOf(page) === '/console') return;
  await tryLogIn(page, baseUrl, email, password);
  check(pathOf(page) === '/console', `logging in as ${email} led to ${pathOf(page)}: ${await flashText(page)}`);
  check(await page.locator('table#queue').count() === 1, 'the page after logging in has no table#queue');
  check(await page.locator('form#logout').count() === 1, 'the queue has no form#logout in its header');
}

/** Fills and submits the login form, wherever that leads. */
export async function tryLogIn(page, baseUrl, email, password) {
  if (pathOf(page) !== '/console/login') await page.goto(`${baseUrl}/console/login`);
  await page.fill('form#login input[name=email]', email);
  await page.fill('form#login input[name=password]', password);
  await submit(page, 'form#login');
}

/** The text of the page's error message, or a note that there is none. */
export async function flashText(page) {
  const error = page.locator('.flash.error');
  return (await error.count()) > 0 ? `error shown: "${(await error.first().innerText()).trim()}"` : 'no .flash.error shown';
}

/** The ids of the handoffs the queue shows now. */
export async function queueIds(page) {
  return page.locator('table#queue tr.handoff').evaluateAll((rows) => rows.map((row) => row.dataset.handoffId));
}

/**
 * Waits for a handoff the queue did not show before to appear, without the page being
 * reloaded; returns its id and how long it took.
 */
export async function waitForNewRow(page, known, limitMs) {
  const started = Date.now();
  const handle = await page.waitForFunction(
    (known) => [...document.querySelectorAll('table#queue tr.handoff')]
      .map((row) => row.dataset.handoffId)
      .find((id) => id && !known.includes(id)),
    known,
    { timeout: limitMs, polling: 50 },
  ).catch(() => null);
  check(handle !== null, `no new tr.handoff appeared in table#queue within ${limitMs} ms of the escalation`);
  return { id: await handle.jsonValue(), ms: Date.now() - started };
}

/** The cells of one queue row, by their class. */
export async function queueRow(page, id) {
  return page.locator(`table#queue tr.handoff[data-handoff-id="${id}"]`).evaluate((row) => Object.fromEntries(
    [...row.querySelectorAll('td[class]')].map((cell) => [cell.className, cell.textContent.trim()]),
  ));
}

/** Opens a handoff from the queue by its row's link. */
export async function openFromQueue(page, id) {
  const link = page.locator(`table#queue tr.handoff[data-handoff-id="${id}"] a.open`);
  check(await link.getAttribute('href') === `/console/handoffs/${id}`,
    `the row of handoff ${id} links to ${await link.getAttribute('href')}, not /console/handoffs/${id}`);
  await link.click();
  await page.waitForURL(`**/console/handoffs/${id}`);
  await page.locator('ol#transcript').waitFor();
}

/** Waits until the transcript has a message of `kind` (person, bot, navigator) saying `text`. */
export async function waitForMessage(page, kind, text) {
  await page.waitForFunction(
    ([kind, text]) => [...document.querySelectorAll(`ol#transcript li.message.${kind} .text`)]
      .some((element) => element.textContent.trim() === text),
    [kind, text],
    { timeout: PAGE_WAIT_MS, polling: 100 },
  ).catch(async () => {
    const shown = await page.locator('ol#transcript li.message').allInnerTexts();
    throw new Error(`the transcript never showed a .${kind} message "${text}"; it shows: ${JSON.stringify(shown)}`);
  });
}

/** Who the conversation page says holds it. */
export async function holderText(page) {
  return (await page.locator('#holder').innerText()).trim();
}

/** The claim form's action and CSRF token, to post them again once they are stale. */
export async function claimForm(page) {
  const form = page.locator('form#claim');
  check(await form.count() === 1, `${pathOf(page)} has no form#claim although nobody holds it`);
  return { action: await form.getAttribute('action'), csrf: await form.locator('input[name=csrf]').inputValue() };
}

/**
 * Posts a claim form as a page kept open since before someone else claimed would: the same
 * action and token, from this navigator's page, following the answer like a browser.
 */
export async function postStaleForm(page, form) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await page.evaluate(({ action, csrf }) => {
    const stale = document.createElement('form');
    stale.method = 'post';
    stale.action = action;
    const token = document.createElement('input');
    token.type = 'hidden';
    token.name = 'csrf';
    token.value = csrf;
    stale.append(token);
    document.body.append(stale);
    stale.submit();
  }, form);
  await navigated;
  await page.waitForLoadState('load');
}

/** Whether the resident's script payload ran in this page, or any script element came with it. */
export async function payloadRan(page) {
  return page.evaluate(() => ({
    pwned: typeof window.__pwned !== 'undefined',
    scripts: [...document.scripts].filter((script) => !script.src.endsWith('/console/assets/console.js')).length,
    images: document.querySelectorAll('main img').length,
  }));
}
