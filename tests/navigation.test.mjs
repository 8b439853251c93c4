// Reading a document through the site, in both languages, in a root build and
// in a build served under a sub-path: home → document → chapter → measure, the
// language switch (same page, same #fragment), "copy link", "cite", print.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { served } from './lib/harness.mjs';
import { open, problems } from './lib/browser.mjs';
import { rootSite, subSite, DOC, SUB_BASE_URL } from './lib/site.mjs';

// The production base URL a build wrote into its canonical links (hugo.toml's baseURL
// unless --baseURL was given): permalinks are absolute in every build.
function productionBase(dir) {
  const html = fs.readFileSync(path.join(dir, 'zh', 'index.html'), 'utf8');
  return html.match(/<link rel="?canonical"? href="?([^" >]+)/)[1].replace(/zh\/$/, '');
}

const root = rootSite();
const builds = [
  { name: 'root build', dir: root, base: '/', permalinkBase: productionBase(root) },
  { name: 'sub-path build', dir: subSite(), base: '/policy/', permalinkBase: SUB_BASE_URL },
];

const expect = {
  zh: { doc: '关于培育新质生产力推动高质量发展的意见', number: '辽委发〔2024〕8号', c3: '三、积极建设现代化产业体系', m07: '培育壮大新兴产业', date: '2024年6月20日' },
  en: { doc: 'Opinions on Cultivating New Quality Productive Forces', number: '辽委发〔2024〕8号', c3: 'modern industrial system', m07: 'Cultivate and strengthen emerging industries', date: /20 June 2024|June 20, 2024/ },
};

for (const build of builds) {
  describe(build.name, () => {
    const site = served(build.dir, { base: build.base });
    // The address a reader should get for a path: the permalink (absolute in a
    // build with an absolute baseURL), else the address it was served at.
    const permalink = (p) => (build.permalinkBase ? build.permalinkBase + p : site.server.url(p));

    for (const lang of ['zh', 'en']) {
      test(`${lang}: home → document → chapter → measure`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        await page.goto(site.server.url(`${lang}/`));
        await page.locator(`main a[href$="/${lang}/${DOC}/"]`).first().click();
        await page.waitForURL(site.server.url(`${lang}/${DOC}/`));
        assert.match(await page.locator('h1').innerText(), new RegExp(expect[lang].doc));
        await page.locator(`main a[href$="/${lang}/${DOC}/c3/"]`).first().click();
        await page.waitForURL(site.server.url(`${lang}/${DOC}/c3/`));
        assert.match(await page.locator('h1').innerText(), new RegExp(expect[lang].c3, 'i'));
        await page.locator(`main a[href$="/${lang}/${DOC}/m07/"]`).first().click();
        await page.waitForURL(site.server.url(`${lang}/${DOC}/m07/`));
        assert.match(await page.locator('h1').innerText(), new RegExp(expect[lang].m07, 'i'));
        assert.equal(await page.locator('html').getAttribute('lang'), lang === 'zh' ? 'zh-CN' : 'en');
        assert.ok(await page.locator('#p1').count(), 'measure page has paragraph #p1');
        assert.deepEqual(problems(log), []);
        await context.close();
      });

      const other = lang === 'zh' ? 'en' : 'zh';
      test(`${lang}: the language switch keeps the page and the #fragment`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        for (const [p, hash] of [[`${DOC}/m07/`, '#p1'], [`${DOC}/c1/`, '#p1'], [`${DOC}/`, ''], ['glossary/', ''], [`${DOC}/text/`, '']]) {
          await page.goto(site.server.url(`${lang}/${p}${hash}`));
          await page.locator(`nav.langs a[hreflang^="${other}"]`).click();
          await page.waitForURL((u) => u.pathname.startsWith(`${build.base}${other}/`));
          assert.equal(page.url(), site.server.url(`${other}/${p}${hash}`));
          assert.equal(await page.locator('html').getAttribute('lang'), other === 'zh' ? 'zh-CN' : 'en');
          if (hash) assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), hash.slice(1));
        }
        // The paragraph the reader is on, picked after the page loaded.
        await page.goto(site.server.url(`${lang}/${DOC}/m03/`));
        await page.evaluate(() => { location.hash = '#p2'; });
        await page.locator(`nav.langs a[hreflang^="${other}"]`).click();
        await page.waitForURL((u) => u.pathname.startsWith(`${build.base}${other}/`));
        assert.equal(page.url(), site.server.url(`${other}/${DOC}/m03/#p2`));
        assert.deepEqual(problems(log), []);
        await context.close();
      });

      test(`${lang}: copy link and cite`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
        const path = `${lang}/${DOC}/m07/`;
        await page.goto(site.server.url(path + '#p1'));
        await page.locator('button[data-copy]').first().click();
        await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t !== ''), null, { polling: 100 }).catch(() => {});
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), permalink(path) + '#p1');

        // The citations are in the HTML; "copy" copies the text shown, with the passage the
        // reader opened (#p1) in its URL.
        await page.locator('details.cite summary').click();
        const plain = (await page.locator('#cite-plain').innerText()).trim();
        for (const want of [expect[lang].doc, expect[lang].number, expect[lang].date]) {
          assert.ok(want instanceof RegExp ? want.test(plain) : plain.includes(want), `citation ${JSON.stringify(plain)} lacks ${want}`);
        }
        const url = plain.match(/https?:\/\/[^\s，]+/)?.[0]?.replace(/[.。]$/, '');
        assert.ok(url, `citation ${JSON.stringify(plain)} has no absolute URL`);
        if (build.permalinkBase) assert.equal(url, permalink(path), 'the citation names the permalink');
        else assert.equal(new URL(url, page.url()).href, site.server.url(path), 'the citation names the page');
        for (const id of ['cite-plain', 'cite-apa', 'cite-gbt']) {
          const shown = (await page.locator(`#${id}`).innerText()).trim();
          assert.ok(shown.includes(url), `${id} ${JSON.stringify(shown)} lacks the URL ${url}`);
          await page.locator(`button[data-copy-from="${id}"]`).click();
          const want = shown.replace(url, url + '#p1');
          await page.waitForFunction((s) => navigator.clipboard.readText().then((t) => t === s), want, { polling: 100, timeout: 3000 }).catch(() => {});
          assert.equal(await page.evaluate(() => navigator.clipboard.readText()), want);
        }
        assert.deepEqual(problems(log), []);
        await context.close();
      });

      test(`${lang}: print hides navigation, keeps the site name, disclaimer, URL and citation`, async () => {
        const { page, log, context } = await open(site.browser, site.server);
        await page.goto(site.server.url(`${lang}/${DOC}/m07/`));
        await page.emulateMedia({ media: 'print' });
        const shown = await page.evaluate(() => [...document.querySelectorAll('nav, form[role=search], .skip, button, .site-footer ul')]
          .filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 80)));
        assert.deepEqual(shown, [], 'navigation visible in print');
        assert.ok(await page.locator('main h1').isVisible(), 'the heading prints');
        assert.ok(await page.locator('#p1').isVisible(), 'the text prints');
        assert.ok(await page.locator('.site-header .brand').isVisible(), 'the site name prints');
        assert.ok(await page.locator('.site-footer p').first().isVisible(), 'the disclaimer prints');
        assert.ok((await page.locator('.print-url').innerText()).startsWith(permalink('')), 'the absolute URL prints');
        const cite = await page.locator('.print-cite').innerText();
        assert.ok(cite.includes(expect[lang].number) && cite.includes(permalink(`${lang}/${DOC}/m07/`)), `the citation prints: ${cite}`);
        await page.emulateMedia({ media: 'screen' });
        assert.ok(await page.locator('header.site-header').isVisible(), 'the header shows on screen');
        assert.ok(!(await page.locator('.print-cite').isVisible()), 'the print citation is for paper only');
        assert.deepEqual(problems(log), []);
        await context.close();
      });
    }

    test('the root lets the reader choose a language', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      const r = await page.goto(site.server.url(''));
      assert.equal(r.status(), 200);
      for (const lang of ['zh', 'en']) assert.equal(await page.locator(`main a[href$="/${lang}/"]`).count(), 1);
      await page.locator('main a[href$="/en/"]').click();
      await page.waitForURL(site.server.url('en/'));
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test('an unknown page answers 404 with the page of its language', async () => {
      const { page, log, context } = await open(site.browser, site.server);
      for (const [lang, want] of [['zh', 'zh-CN'], ['en', 'en']]) {
        const r = await page.goto(site.server.url(`${lang}/no-such-page/`));
        assert.equal(r.status(), 404);
        assert.equal(await page.locator('html').getAttribute('lang'), want);
        assert.ok(await page.locator(`a[href$="/${lang}/"]`).count(), 'links home');
      }
      assert.deepEqual(problems(log, [/status of 404/]), []);
      await context.close();
    });
  });
}
