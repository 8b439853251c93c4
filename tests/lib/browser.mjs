// Chromium for the browser tests: the system's /usr/bin/chromium driven by
// playwright-core, with a page helper that records what must not happen
// (console errors, uncaught exceptions, dialogs, requests to other origins,
// failed requests) so that each test can assert none did.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

// open makes a fresh context and page for server; opts go to browser.newContext.
export async function open(browser, server, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', ...opts });
  // Nothing may leave the test server: requests to other origins are counted and refused.
  const log = { console: [], errors: [], dialogs: [], foreign: [], failed: [], requests: [] };
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin === server.origin) return route.continue();
    log.foreign.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.console.push(`${m.text()} (${m.location()?.url || page.url()})`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => log.requests.push(r.url()));
  page.on('requestfailed', (r) => {
    // ERR_ABORTED: the page navigated away before the request finished.
    const why = r.failure()?.errorText;
    if (new URL(r.url()).origin === server.origin && why !== 'net::ERR_ABORTED') log.failed.push(`${r.url()}: ${why}`);
  });
  page.setDefaultTimeout(15000);
  return { context, page, log };
}

// clean asserts that nothing went wrong on the page; allow filters expected console messages.
export function problems(log, allow = []) {
  const out = [];
  for (const m of log.console) if (!allow.some((re) => re.test(m))) out.push(`console error: ${m}`);
  for (const e of log.errors) out.push(`uncaught: ${e}`);
  for (const d of log.dialogs) out.push(`dialog: ${d}`);
  for (const u of log.foreign) out.push(`request to another origin: ${u}`);
  for (const f of log.failed) out.push(`request failed: ${f}`);
  return out;
}

const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// axe runs axe-core in the page (evaluated by the test driver, so the page's
// CSP, which allows no inline script, stays on) and returns its violations as text.
export async function axe(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
      count: v.nodes.length,
    }));
  }, AXE_TAGS);
  return violations.map((v) => `${v.id} (${v.impact}, ${v.count} nodes): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}
