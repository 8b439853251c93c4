// Search: Pagefind's index of each language, queried through the search page
// (assets/js/search.js) under the site's CSP; every result links to the page
// and the paragraph (#pN) that matched. The header's search box is a plain
// GET form that reaches the search page without JavaScript too.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { served } from './lib/harness.mjs';
import { open, problems } from './lib/browser.mjs';
import { rootSite, subSite, DOC } from './lib/site.mjs';

const queries = [
  ['zh', '卡脖子', 'm02'],
  ['zh', '独角兽', 'm03'],
  ['zh', '数据要素', 'm10'],
  ['zh', '北斗', 'm04'],
  ['zh', '研发经费', 'c1'],
  ['zh', '英歌石', 'm01'],
  ['zh', '一网通办', 'm16'],
  ['en', 'unicorn', 'm03'],
  ['en', 'Beidou', 'm04'],
  ['en', 'R&D spending', 'c1'],
];
const noMatch = { zh: ['火星殖民', /没有找到/], en: ['xylophone', /No results/] };

// search opens the search page for q and waits for the outcome; returns the result links.
async function search(page, url, q) {
  await page.goto(`${url}?q=${encodeURIComponent(q)}`);
  assert.equal(await page.locator('#search-status').count(), 1, 'the search page has a status line (#search-status)');
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status');
    const r = document.getElementById('search-results');
    return s && s.textContent && r && r.getAttribute('aria-busy') === 'false';
  }, null, { timeout: 8000 });
  return page.locator('#search-results a').evaluateAll((as) => as.map((a) => a.href));
}

for (const build of [{ name: 'root build', dir: rootSite(), base: '/' }, { name: 'sub-path build', dir: subSite(), base: '/policy/' }]) {
  describe(`search, ${build.name}`, () => {
    const site = served(build.dir, { base: build.base });

    for (const [lang, q, want] of queries) {
      test(`${lang}: “${q}” finds ${want}`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        const links = await search(page, site.server.url(`${lang}/search/`), q);
        const target = site.server.url(`${lang}/${DOC}/${want}/`);
        const hit = links.slice(0, 3).find((h) => h.split('#')[0] === target);
        assert.ok(hit, `no link to ${target} among the first results: ${links.slice(0, 5).join(', ')}`);
        assert.match(hit, /#p\d+$/, 'the result links to the paragraph');
        assert.match(await page.locator('#search-status').innerText(), /\d/, 'the status says how many results');
        assert.ok(await page.locator('#search-results mark').count(), 'the excerpts mark the match');
        // Following the link lands on the paragraph that holds the words.
        await page.locator(`#search-results a[href="${new URL(hit).pathname + new URL(hit).hash}"]`).first().click();
        await page.waitForURL(hit);
        const text = await page.evaluate(() => document.querySelector(':target')?.textContent || '');
        // (An English query of several words may match them in different places:
        // the paragraph holds at least one of them.)
        const words = lang === 'zh' ? [q] : q.toLowerCase().split(/\s+/);
        assert.ok(words.some((w) => text.toLowerCase().includes(w)), `${hit} does not contain “${q}”`);
        assert.deepEqual(problems(log), []);
        await context.close();
      });
    }

    for (const lang of ['zh', 'en']) {
      test(`${lang}: a query with no match says so`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        const [q, message] = noMatch[lang];
        const links = await search(page, site.server.url(`${lang}/search/`), q);
        assert.deepEqual(links, []);
        const status = await page.locator('#search-status').innerText();
        assert.match(status, message);
        assert.ok(status.includes(q), 'the message repeats the query');
        assert.deepEqual(problems(log), []);
        await context.close();
      });

      test(`${lang}: the header's search box, with and without JavaScript`, async () => {
        for (const javaScriptEnabled of [true, false]) {
          const { page, log, context } = await open(site.browser, site.server, { javaScriptEnabled });
          await page.goto(site.server.url(`${lang}/${DOC}/m07/`));
          const box = page.locator('header form[role=search] input[name=q]');
          await box.fill(lang === 'zh' ? '北斗' : 'Beidou');
          await box.press('Enter');
          await page.waitForURL((u) => u.pathname === `${build.base}${lang}/search/` && u.searchParams.get('q') !== null);
          if (javaScriptEnabled) {
            await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
            assert.match(await page.locator('#search-results a').first().getAttribute('href'), /\/m04\/#p\d+$/);
          } else {
            // Without JavaScript the page says what to do instead.
            assert.ok(await page.locator('noscript').count(), 'the search page explains that search needs JavaScript');
          }
          assert.deepEqual(problems(log), []);
          await context.close();
        }
      });
    }

    test('"not found" pages and the language chooser are not in the index', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      for (const [lang, q] of [['zh', '找不到这个页面'], ['en', 'Page not found'], ['zh', '明白纸']]) {
        const links = await search(page, site.server.url(`${lang}/search/`), q);
        const bad = links.filter((h) => /404\.html$/.test(h) || new URL(h).pathname === build.base);
        assert.deepEqual(bad, [], `“${q}”`);
      }
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test('each language searches only its own index', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await search(page, site.server.url('en/search/'), 'Beidou');
      await search(page, site.server.url('zh/search/'), '北斗');
      const indexes = log.requests.filter((u) => /\/pagefind\/pagefind\.[^/]+\.pf_meta$/.test(u)).map((u) => u.replace(/.*pagefind\.([a-z-]+)_.*/, '$1'));
      assert.deepEqual([...new Set(indexes)].sort(), ['en', 'zh-cn']);
      assert.ok(log.requests.every((u) => u.startsWith(site.server.origin + build.base)), 'every request stays under the base path');
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  });
}
