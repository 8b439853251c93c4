// Search: Pagefind's index of each language, queried through the search page
// (assets/js/search.js) under the site's CSP; every result links to the page
// and the paragraph (#pN) or sentence (#pN.sM) that matched; every result is
// counted and reachable (20 at a time); only reading text is indexed; the query
// survives the language switch; a Chinese query on the English site is offered
// the Chinese original. The header's search box is a plain GET form that
// reaches the search page without JavaScript too.
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
// Queries whose first result is known: [lang, query, page].
const first = [
  ['zh', '卡脖子', 'm02'],
  ['zh', '独角兽', 'm03'],
  ['zh', '英歌石', 'm01'],
  ['en', 'unicorn', 'm03'],
  ['en', 'Beidou', 'm04'],
];
const noMatch = { zh: ['魑魅魍魉', /没有找到/], en: ['xylophone', /No results/] };

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
        assert.match(hit, /#p\d+(\.s\d+)?$/, 'the result links to the paragraph or the sentence');
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


    for (const [lang, q, want] of first) {
      test(`${lang}: the first result for “${q}” is ${want}`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        const links = await search(page, site.server.url(`${lang}/search/`), q);
        assert.equal(links[0]?.split('#')[0], site.server.url(`${lang}/${DOC}/${want}/`), links.slice(0, 3).join(', '));
        // The excerpt is in the query's language: it marks the query's own words.
        const marks = await page.locator('#search-results li:first-child mark').allInnerTexts();
        assert.ok(marks.some((m) => q.toLowerCase().includes(m.toLowerCase()) || m.toLowerCase().includes(q.toLowerCase())), `marks ${marks}`);
        assert.deepEqual(problems(log), []);
        await context.close();
      });
    }

    test('zh: every result is counted and reachable, 20 at a time', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      let links = await search(page, site.server.url('zh/search/'), '新质生产力');
      const total = Number((await page.locator('#search-status').innerText()).match(/\d+/)[0]);
      assert.ok(total > 20, `more than 20 results: ${total}`);
      assert.equal(links.length, 20, 'the first 20 are shown');
      while (await page.locator('#search-more').isVisible()) {
        const n = links.length;
        await page.locator('#search-more').click();
        await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, n);
        links = await page.locator('#search-results li > h2 > a').evaluateAll((as) => as.map((a) => a.href));
        assert.equal(await page.evaluate(() => document.activeElement?.href), links[n], 'focus moves to the first new result');
      }
      assert.equal(links.length, total, 'as many results as counted');
      assert.equal(new Set(links.map((h) => h.split('#')[0])).size, total, 'each page once');
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test('only reading text is indexed: no header, footer, buttons, citations or document line', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      for (const [lang, q] of [['en', 'Skip to main content'], ['en', 'Cite this measure'], ['zh', '复制链接'], ['en', 'Unofficial English translation'], ['zh', '跳到正文']]) {
        await search(page, site.server.url(`${lang}/search/`), q);
        const excerpts = await page.locator('#search-results li > p:last-child').allInnerTexts();
        const furniture = excerpts.filter((t) => t.toLowerCase().includes(q.toLowerCase()));
        assert.deepEqual(furniture, [], `“${q}” is page furniture, found in the index`);
      }
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test('the query survives the language switch', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await search(page, site.server.url('zh/search/'), '北斗');
      await page.locator('nav.langs a[hreflang^="en"]').click();
      await page.waitForURL((u) => u.pathname === `${build.base}en/search/`);
      assert.equal(new URL(page.url()).searchParams.get('q'), '北斗');
      assert.equal(await page.locator('#q').inputValue(), '北斗');
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test('en: a query in Chinese is offered the Chinese original, which finds it', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await search(page, site.server.url('en/search/'), '人才');
      const offer = page.locator('#search-original a');
      assert.ok(await offer.isVisible(), 'the Chinese original is offered');
      assert.match(await offer.innerText(), /人才/);
      await offer.click();
      await page.waitForURL((u) => u.pathname === `${build.base}zh/search/`);
      assert.equal(new URL(page.url()).searchParams.get('q'), '人才');
      await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
      assert.ok(await page.locator('#search-results mark').count(), 'Chinese excerpts mark the match');
      // An English query is not sent to the Chinese index.
      await search(page, site.server.url('en/search/'), 'talent');
      assert.ok(!(await page.locator('#search-original').isVisible()));
      assert.deepEqual(problems(log), []);
      await context.close();
    });

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
            assert.match(await page.locator('#search-results a').first().getAttribute('href'), /\/#p\d+(\.s\d+)?$/);
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
