// Debian's chromium, headless, driven by playwright-core: started here and closed here, with
// everything the pages do that a test should notice (script errors, blocked inline script,
// requests a rendered payload would make) collected per page.

import { chromium } from 'playwright-core';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Where scripts/setup-browser puts chromium. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Quiet, reproducible runs: no sandbox (CI runs as root), no GPU, nothing fetched in the
 * background. playwright-core adds --headless and a fresh --user-data-dir in a temporary folder
 * of its own for every launch, and removes it on close.
 */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How long one wait for the page may take before the test fails. */
export const PAGE_WAIT_MS = 15_000;

/** Starts chromium headless. */
export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 60_000 });
}

/**
 * One navigator's browser: an isolated context (its own cookies) with one page, and what that
 * page has done wrong so far in `problems`.
 */
export async function navigatorBrowser(browser, name) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(PAGE_WAIT_MS);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`${name}: script error on ${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
      problems.push(`${name}: the page tried to run something its policy forbids: ${message.text()}`);
    }
  });
  context.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/x')) {
      problems.push(`${name}: the page requested ${request.url()}, so resident text was rendered as an <img>`);
    }
  });
  return { name, context, page, problems };
}

/** The screenshot folder, emptied so that what it holds is this run's. */
export async function freshArtifacts(folder) {
  await mkdir(folder, { recursive: true });
  for (const file of await readdir(folder)) {
    if (file.endsWith('.png')) await rm(join(folder, file));
  }
  return folder;
}

/** Saves a full-page screenshot and returns its path. */
export async function screenshot(page, folder, name) {
  const path = join(folder, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
