// Every page type, in both languages: no console errors, no request to
// another origin, no horizontal scrolling on a 360×740 phone, and no axe-core
// violation of WCAG 2.0/2.1/2.2 level A and AA (light and dark, with every
// <details> opened, on the phone and on a desktop).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './lib/harness.mjs';
import { open, problems, axe } from './lib/browser.mjs';
import { rootSite, subSite, DOC } from './lib/site.mjs';

export const pageTypes = {
  home: '',
  document: `${DOC}/`,
  chapter: `${DOC}/c2/`,
  'chapter without measures': `${DOC}/c1/`,
  measure: `${DOC}/m07/`,
  'full text': `${DOC}/text/`,
  'document targets': `${DOC}/targets/`,
  'all targets': 'targets/',
  glossary: 'glossary/',
  about: 'about/',
  data: 'data/',
  search: 'search/',
};

const pages = [['language chooser (/)', '']];
for (const lang of ['zh', 'en']) {
  for (const [type, p] of Object.entries(pageTypes)) pages.push([`${lang} ${type}`, `${lang}/${p}`]);
  pages.push([`${lang} not found (404)`, `${lang}/no-such-page/`]);
  pages.push([`${lang} search results`, `${lang}/search/?q=${encodeURIComponent(lang === 'zh' ? '北斗' : 'Beidou')}`]);
}

const allow404 = [/status of 404/];

describe('every page type', { concurrency: 3 }, () => {
  const site = served(rootSite);

  for (const [name, p] of pages) {
    test(name, async () => {
      const failures = [];
      for (const [setting, opts] of [
        ['phone, light', { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }],
        ['desktop, dark', { colorScheme: 'dark' }],
      ]) {
        const { page, log, context } = await open(site.browser, site.server, opts);
        const r = await page.goto(site.server.url(p));
        assert.equal(r.status(), p.includes('no-such-page') ? 404 : 200, `${setting}: status`);
        await page.waitForLoadState('networkidle');
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth,
        }));
        if (setting.startsWith('phone') && scrollWidth > clientWidth) {
          const wide = await page.evaluate((cw) => [...document.querySelectorAll('body *')]
            .filter((e) => e.getBoundingClientRect().right > cw + 1)
            .slice(0, 5).map((e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`), clientWidth);
          failures.push(`${setting}: scrolls sideways (scrollWidth ${scrollWidth} > ${clientWidth}): ${wide.join(', ')}`);
        }
        for (const v of await axe(page)) failures.push(`${setting}: axe: ${v}`);
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        for (const v of await axe(page)) failures.push(`${setting}, details open: axe: ${v}`);
        for (const m of problems(log, allow404)) failures.push(`${setting}: ${m}`);
        await context.close();
      }
      assert.deepEqual([...new Set(failures)], []);
    });
  }
});

// The same pages under a sub-path load everything they need from under it.
describe('every page type under /policy/', () => {
  const site = served(subSite, { base: '/policy/' });
  test('no broken or escaping requests', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    const failures = [];
    for (const [name, p] of pages) {
      const r = await page.goto(site.server.url(p));
      if (r.status() !== (p.includes('no-such-page') ? 404 : 200)) failures.push(`${name}: status ${r.status()}`);
      await page.waitForLoadState('networkidle');
    }
    const outside = site.server.requests.filter((u) => !u.startsWith('/policy/'));
    assert.deepEqual(outside, [], 'requests outside /policy/');
    assert.deepEqual([...failures, ...problems(log, allow404)], []);
    await context.close();
  });
});
