// The absent-field library (generator/site/testdata/absent, built by the Go test TestAbsentFields):
// documents without a date, number, issuers, targets, sections, translation, source address or change
// log, one without any of them, and one whose headings look like template syntax. Every page type of
// each, in both languages, on a phone: it loads without console errors, does not scroll sideways, has
// no axe-core violation, and shows no empty brackets, placeholder dates or template syntax run.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './lib/harness.mjs';
import { open, problems, axe } from './lib/browser.mjs';
import { absentSite } from './lib/site.mjs';

const docs = ['all-absent', 'no-date', 'no-number', 'no-issuers', 'no-targets', 'no-sections', 'odd-heading'];
// a document's pages: overview, full text, source, targets, and its first section where it has one
const pages = (doc) => ['', 'text/', 'source/', 'targets/', ...(['all-absent', 'no-sections'].includes(doc) ? [] : ['c1/'])];
const unreadable = ['（）', '()', '《》', 'Invalid date', '0001', 'NaN', 'undefined', '<no value>', ': [A/OL]'];

describe('the absent-field library', { concurrency: 2 }, () => {
  const site = served(absentSite);

  for (const lang of ['zh', 'en']) {
    for (const doc of docs) {
      test(`${lang}/${doc}`, async () => {
        const failures = [];
        const { page, log, context } = await open(site.browser, site.server, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
        for (const p of pages(doc)) {
          const where = `${lang}/${doc}/${p}`;
          const r = await page.goto(site.server.url(where));
          if (r.status() !== 200) {
            failures.push(`${where}: status ${r.status()}`);
            continue;
          }
          await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
          const text = await page.locator('body').innerText();
          for (const s of unreadable) if (text.includes(s)) failures.push(`${where}: shows ${JSON.stringify(s)}`);
          const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
          if (scrollWidth > clientWidth) failures.push(`${where}: scrolls sideways (${scrollWidth} > ${clientWidth})`);
          for (const v of await axe(page)) failures.push(`${where}: axe: ${v}`);
          if (doc === 'odd-heading' && p === 'c1/') {
            const h1 = await page.locator('h1').innerText();
            if (lang === 'zh' && !h1.includes('@@cite-apa@@')) failures.push(`${where}: <h1> ${h1}`);
            const cite = await page.locator('#cite-plain').textContent();
            // the Chinese citation names the heading; the English one only the label ("Chapter 1")
            if ((lang === 'zh' && !cite.includes('@@cite-apa@@')) || cite.includes('APA') || cite.includes('{{')) failures.push(`${where}: citation ${cite}`);
          }
        }
        failures.push(...problems(log));
        await context.close();
        assert.deepEqual(failures, []);
      });
    }
  }
});
