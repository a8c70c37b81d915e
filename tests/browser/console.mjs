// The navigator console in a real browser (issue #7), against a running `frontdoor serve` that
// tests/tests/console.rs starts: navigator A sets a password, logs in and watches the queue;
// residents' escalations appear live (an urgent one marked Crisis); A claims one and replies;
// navigator B, with the same
// conversation open from before, cannot claim it; a script payload in a resident's text stays
// inert on every page; A, an admin, reads the figures page. Screenshots go to $ARTIFACTS_DIR. Any failure exits 1 with its reason on
// stderr; the last line on stdout is always a JSON summary.
//
// Environment: FRONTDOOR_URL, SMS_WEBHOOK_SECRET, NAVIGATOR_A_EMAIL, NAVIGATOR_A_SETUP_LINK,
// NAVIGATOR_B_EMAIL, NAVIGATOR_B_SETUP_LINK, RESIDENT_NUMBER, PAYLOAD_NUMBER, CRISIS_NUMBER, REPLY_TEXT,
// ARTIFACTS_DIR (default tests/artifacts/console), CHROMIUM_PATH (default /usr/bin/chromium).

import { fileURLToPath } from 'node:url';
import { launch, navigatorBrowser, freshArtifacts, screenshot } from './lib/browser.mjs';
import { textFrom } from './lib/sms.mjs';
import {
  check, setPassword, logIn, tryLogIn, flashText, queueIds, waitForNewRow, queueRow, openFromQueue,
  waitForMessage, holderText, claimForm, submit, postStaleForm, payloadRan, pathOf,
} from './lib/pages.mjs';

/** The script payload a resident sends: it must show as text and never run. */
const PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';

/** The contract says a new escalation shows within about 2 s; this leaves room for a busy CI. */
const LIVE_LIMIT_MS = 5_000;

/** Both navigators' passwords: long enough for the console's 12-character minimum. */
const PASSWORD = 'kettle orchard lantern 42';

function settings() {
  const required = (name) => {
    const value = process.env[name];
    if (!value) throw new Error(`${name} is not set; tests/tests/console.rs sets it when it runs this script`);
    return value;
  };
  return {
    server: { url: required('FRONTDOOR_URL').replace(/\/$/, ''), secret: required('SMS_WEBHOOK_SECRET') },
    a: { email: required('NAVIGATOR_A_EMAIL'), link: required('NAVIGATOR_A_SETUP_LINK') },
    b: { email: required('NAVIGATOR_B_EMAIL'), link: required('NAVIGATOR_B_SETUP_LINK') },
    resident: required('RESIDENT_NUMBER'),
    payloadResident: required('PAYLOAD_NUMBER'),
    crisisResident: required('CRISIS_NUMBER'),
    reply: process.env.REPLY_TEXT || 'Hello, this is Sam from the community team',
    artifacts: process.env.ARTIFACTS_DIR || fileURLToPath(new URL('../artifacts/console', import.meta.url)),
  };
}

/** A: password from the set-up link, then the queue, empty on a fresh deployment. */
async function firstLogin(navigator, settings, account, summary) {
  await setPassword(navigator.page, account.link, PASSWORD);
  summary.setup_led_to = pathOf(navigator.page);
  await logIn(navigator.page, settings.server.url, account.email, PASSWORD);
}

/** B also shows that a wrong password is refused with an error, before logging in properly. */
async function loginAfterAWrongPassword(navigator, settings, account) {
  await setPassword(navigator.page, account.link, PASSWORD);
  if (pathOf(navigator.page) === '/console') {
    await submit(navigator.page, 'form#logout');
  }
  await tryLogIn(navigator.page, settings.server.url, account.email, `${PASSWORD} but wrong`);
  check(pathOf(navigator.page) !== '/console', 'a wrong password logged in');
  check(await navigator.page.locator('.flash.error').count() === 1, `a wrong password showed no .flash.error: ${pathOf(navigator.page)}`);
  await logIn(navigator.page, settings.server.url, account.email, PASSWORD);
}

/** An escalation while A watches: it must appear in the queue, marked `urgency`, with no reload. */
async function escalateWhileWatching(page, settings, { number, text, urgency }, summary) {
  const known = await queueIds(page);
  const marker = `live-${Date.now()}`;
  await page.evaluate((marker) => { window.__sameDocument = marker; }, marker);
  await textFrom(settings.server, number, text);
  const row = await waitForNewRow(page, known, LIVE_LIMIT_MS);
  check(await page.evaluate(() => window.__sameDocument) === marker, 'the queue page reloaded instead of updating live');
  const cells = await queueRow(page, row.id);
  check(cells.channel === 'SMS', `the new row's td.channel says "${cells.channel}", not "SMS"`);
  check(cells.urgency === urgency, `the new row's td.urgency says "${cells.urgency}", not "${urgency}"`);
  check(cells.holder === '', `a handoff nobody claimed shows td.holder "${cells.holder}"`);
  summary.live_ms.push(row.ms);
  return row.id;
}

/** Nothing of the payload ran or became an element on this page, and the page noticed nothing. */
async function checkInert(navigator, where) {
  const ran = await payloadRan(navigator.page);
  check(!ran.pwned, `${navigator.name}: window.__pwned is set on ${where}: the resident's script ran`);
  check(ran.scripts === 0, `${navigator.name}: ${where} has ${ran.scripts} script element(s) besides console.js`);
  check(ran.images === 0, `${navigator.name}: ${where} has ${ran.images} <img> element(s): resident text became HTML`);
  check(navigator.problems.length === 0, navigator.problems.join('\n'));
}

/** The payload resident's conversation shows their text literally, character for character. */
async function checkPayloadShownLiterally(navigator, handoffId, summary) {
  await openFromQueue(navigator.page, handoffId);
  await waitForMessage(navigator.page, 'person', PAYLOAD);
  await checkInert(navigator, `the conversation ${handoffId}`);
  summary.screenshots.push(await screenshot(navigator.page, summary.artifacts, 'payload-conversation'));
  await navigator.page.goto(`${summary.base}/console`);
  await checkInert(navigator, 'the queue');
}

/** A claims, sees the transcript, replies, and sees the reply in the transcript. */
async function claimAndReply(navigator, settings, handoffId, summary) {
  const page = navigator.page;
  check((await holderText(page)).includes('Nobody has this yet'), `before any claim #holder says "${await holderText(page)}"`);
  await submit(page, 'form#claim');
  check(pathOf(page) === `/console/handoffs/${handoffId}`, `claiming led to ${pathOf(page)}: ${await flashText(page)}`);
  check(await page.locator('.flash.error').count() === 0, `claiming showed an error: ${await flashText(page)}`);
  check(await page.locator('form#claim').count() === 0, 'the claim form is still there after claiming');
  check(await page.locator('form#reply textarea[name=text]').count() === 1, 'the holder has no form#reply with textarea[name=text]');
  await waitForMessage(page, 'person', 'PERSON');
  await page.fill('form#reply textarea[name=text]', settings.reply);
  await submit(page, 'form#reply');
  check(await page.locator('.flash.error').count() === 0, `replying showed an error: ${await flashText(page)}`);
  await waitForMessage(page, 'navigator', settings.reply);
  summary.screenshots.push(await screenshot(page, summary.artifacts, 'conversation-claimed-and-replied'));
}

/** B's page, open since before A claimed, tries to claim: refused, and A named as the holder. */
async function staleClaimIsRefused(navigator, staleForm, holderEmail, handoffId, summary) {
  const page = navigator.page;
  summary.b_page_updated_live = await page.waitForFunction(
    (email) => document.querySelector('#holder')?.textContent.includes(email), holderEmail, { timeout: LIVE_LIMIT_MS },
  ).then(() => true, () => false);
  await page.waitForLoadState('load');
  if (await page.locator('form#claim').count() === 1) {
    summary.stale_claim = 'clicked the claim button still on the open page';
    await submit(page, 'form#claim');
  } else {
    summary.stale_claim = 'the page had updated itself, so the stale form was posted again from it';
    await postStaleForm(page, staleForm);
  }
  const error = page.locator('.flash.error');
  check(await error.count() === 1, `a claim of a conversation A holds gave no .flash.error (on ${pathOf(page)})`);
  summary.stale_claim_error = (await error.innerText()).trim();
  summary.screenshots.push(await screenshot(page, summary.artifacts, 'conversation-second-navigator'));
  await page.goto(`${summary.base}/console/handoffs/${handoffId}`);
  check(await page.locator('form#claim').count() === 0, 'B is offered form#claim on a conversation A holds');
  check(await page.locator('form#reply').count() === 0, 'B is offered form#reply on a conversation A holds');
  check((await holderText(page)).includes(holderEmail), `B's #holder says "${await holderText(page)}", not naming ${holderEmail}`);
  await page.goto(`${summary.base}/console`);
  const cells = await queueRow(page, handoffId);
  check(cells.holder === holderEmail, `B's queue shows td.holder "${cells.holder}" for the claimed handoff, not ${holderEmail}`);
}

/** A (an admin) reads the figures: every table drawn with SVG bars, the crisis among the
 * handoffs, small counts hidden, a table downloadable as CSV, and nothing the policy forbids. */
async function readTheFigures(navigator, summary) {
  const page = navigator.page;
  await page.goto(`${summary.base}/console/figures`);
  const tables = await page.locator('#figures table.figures').count();
  check(tables >= 8, `the figures page shows ${tables} table.figures, not at least 8`);
  check(await page.locator('#figures svg rect').count() > 0, 'the figures page draws no SVG bars');
  const handoffs = await page.locator('#figures #table-handoffs').innerText();
  check(handoffs.includes('crisis reply') && handoffs.includes('fewer than 5'), `the handoffs table reads "${handoffs}"`);
  const csv = await page.request.get(summary.base + await page.locator('#figures a.download[data-table="handoffs"]').getAttribute('href'));
  check(csv.headers()['content-type'].startsWith('text/csv'), `a table's download is ${csv.headers()['content-type']}`);
  check((await csv.text()).startsWith('kind,count,picked_up,median_wait_minutes\n'), 'the handoffs CSV has the wrong header');
  check(navigator.problems.length === 0, navigator.problems.join('\n'));
  summary.screenshots.push(await screenshot(page, summary.artifacts, 'figures'));
}

async function run(settings, summary) {
  const browser = await launch();
  summary.chromium = browser.version();
  try {
    const a = await navigatorBrowser(browser, 'navigator A');
    const b = await navigatorBrowser(browser, 'navigator B');
    await firstLogin(a, settings, settings.a, summary);
    check(await a.page.locator('table#queue tr.empty').count() === 1, 'a fresh queue shows no tr.empty');
    summary.screenshots.push(await screenshot(a.page, summary.artifacts, 'queue-before'));

    await textFrom(settings.server, settings.payloadResident, PAYLOAD);
    const asks = (number) => ({ number, text: 'PERSON', urgency: 'Waiting' });
    summary.handoffs.payload = await escalateWhileWatching(a.page, settings, asks(settings.payloadResident), summary);
    summary.handoffs.resident = await escalateWhileWatching(a.page, settings, asks(settings.resident), summary);
    const crisis = { number: settings.crisisResident, text: 'I want to end my life', urgency: 'Crisis' };
    summary.handoffs.crisis = await escalateWhileWatching(a.page, settings, crisis, summary);
    await checkInert(a, 'the live queue');
    summary.screenshots.push(await screenshot(a.page, summary.artifacts, 'queue-after'));

    await loginAfterAWrongPassword(b, settings, settings.b);
    await openFromQueue(b.page, summary.handoffs.resident);
    const staleForm = await claimForm(b.page);

    await checkPayloadShownLiterally(a, summary.handoffs.payload, summary);
    await openFromQueue(a.page, summary.handoffs.resident);
    await claimAndReply(a, settings, summary.handoffs.resident, summary);
    await staleClaimIsRefused(b, staleForm, settings.a.email, summary.handoffs.resident, summary);

    await checkInert(a, pathOf(a.page));
    await checkInert(b, pathOf(b.page));
    await readTheFigures(a, summary);
  } catch (error) {
    for (const context of browser.contexts()) {
      for (const [index, page] of context.pages().entries()) {
        summary.screenshots.push(await screenshot(page, summary.artifacts, `failure-${browser.contexts().indexOf(context)}-${index}`).catch(() => null));
      }
    }
    throw error;
  } finally {
    await browser.close();
  }
}

async function main() {
  const summary = { ok: false, handoffs: {}, live_ms: [], screenshots: [] };
  try {
    const config = settings();
    summary.base = config.server.url;
    summary.artifacts = await freshArtifacts(config.artifacts);
    await run(config, summary);
    summary.ok = true;
  } catch (error) {
    summary.error = error.message;
    console.error(`console browser test failed: ${error.message}`);
    process.exitCode = 1;
  }
  summary.screenshots = summary.screenshots.filter(Boolean);
  console.log(JSON.stringify(summary));
}

await main();
