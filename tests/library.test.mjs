// The library as a reader meets it (issue 11): the home page is a compact
// catalogue that filters and sorts with and without JavaScript; a document's
// page puts its title, overview and contents first on a phone and says where
// its text and translation come from; corrections live on a "Source and
// corrections" page that every corrected paragraph links to; and no page
// shows an empty 《》, "1 documents", doubled numbering or a one-year range.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { served } from './lib/harness.mjs';
import { open, problems, axe } from './lib/browser.mjs';
import { rootSite, DOC } from './lib/site.mjs';

const dir = rootSite();

// The documents of the build: every <lang>/<id>/ folder that has a source page.
function docs(lang) {
  return fs.readdirSync(path.join(dir, lang), { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, lang, e.name, 'source', 'index.html')))
    .map((e) => e.name).sort();
}

// htmlFiles lists every HTML page of the build (not the search bundle).
function htmlFiles(d = dir, out = []) {
  for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'pagefind') htmlFiles(p, out);
    } else if (e.name.endsWith('.html')) out.push(p);
  }
  return out;
}

// text is what a reader sees of an HTML file: tags, scripts and styles removed,
// entities for quotes and ampersands decoded, runs of white space made one.
function text(html) {
  return html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

describe('every page reads correctly', () => {
  test('no page shows an empty 《》, "1 documents", doubled numbering or a one-year range', () => {
    const bad = [];
    const rules = [
      [/《\s*》/, 'an empty 《》'],
      [/\b1 (documents|targets|measures|parts|articles|corrections)\b/, 'a plural after 1'],
      [/(^|\s)(\d+)\. \2\. /, 'doubled numbering'],
      [/\b(\d{4})\s*[–-]\s*\1\b(?!\d)/, 'a one-year range'],
    ];
    const files = htmlFiles();
    assert.ok(files.length > 20, `only ${files.length} HTML files in ${dir}`);
    for (const f of files) {
      const t = text(fs.readFileSync(f, 'utf8'));
      for (const [re, what] of rules) {
        const m = t.match(re);
        if (m) bad.push(`${path.relative(dir, f)}: ${what}: “…${t.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}…”`);
      }
    }
    assert.deepEqual(bad, []);
  });
});

describe('the library', { concurrency: 2 }, () => {
  const site = served(rootSite);

  for (const lang of ['zh', 'en']) {
    test(`${lang}: the home page is one row per document and at most three screens tall at 1280×800`, async () => {
      const { page, log, context } = await open(site.browser, site.server, { viewport: { width: 1280, height: 800 } });
      await page.goto(site.server.url(`${lang}/`));
      const rows = await page.locator('#cat-list > li.cat-row').count();
      assert.equal(rows, docs(lang).length, 'one row per document');
      const h = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(h <= 3 * 800, `home page is ${h}px tall (${(h / 800).toFixed(2)} screens)`);
      assert.equal(await page.locator('.keynums').count(), 0, 'key numbers belong on the document pages');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test(`${lang}: filter and sort without JavaScript (library pages)`, async () => {
      const { page, log, context } = await open(site.browser, site.server, { javaScriptEnabled: false });
      await page.goto(site.server.url(`${lang}/`));
      assert.equal(await page.locator('#cat-form').isVisible(), false, 'the form needs JavaScript');
      const all = await page.locator('#cat-list > li.cat-row').count();
      // A year: open its group and follow the first link.
      const years = page.locator('#cat-nav details').first();
      await years.locator('summary').click();
      const link = years.locator('a').first();
      const year = (await link.textContent()).trim().replace(/\D/g, '');
      await link.click();
      await page.waitForLoadState();
      const got = await page.locator('#cat-list > li.cat-row').evaluateAll((ls) => ls.map((l) => l.dataset.year));
      assert.ok(got.length > 0 && got.length <= all, `year ${year}: ${got.length} rows`);
      assert.deepEqual([...new Set(got)], [year], `only documents of ${year}`);
      const yearPage = page.url();
      // Oldest first.
      await page.goto(site.server.url(`${lang}/`));
      await page.locator('#cat-nav a[href$="/library/sort-oldest/"]').click();
      await page.waitForLoadState();
      const keys = await page.locator('#cat-list > li.cat-row').evaluateAll((ls) => ls.map((l) => l.dataset.sortOldest));
      assert.equal(keys.length, all);
      assert.deepEqual(keys, [...keys].sort(), 'oldest first');
      // The browse page lists every facet.
      await page.goto(site.server.url(`${lang}/library/`));
      assert.ok(await page.locator('#cat-nav details').count() >= 3);
      assert.deepEqual(problems(log), []);
      await context.close();
      // axe needs JavaScript to run; the library pages use none of their own.
      const js = await open(site.browser, site.server);
      for (const u of [yearPage, site.server.url(`${lang}/library/`)]) {
        await js.page.goto(u);
        assert.deepEqual(await axe(js.page), [], u);
      }
      await js.context.close();
    });

    test(`${lang}: filter and sort in place with JavaScript`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await page.goto(site.server.url(`${lang}/`));
      await page.waitForLoadState('networkidle');
      assert.equal(await page.locator('#cat-form').isVisible(), true, 'the form is shown');
      assert.equal(await page.locator('#cat-nav').isVisible(), false, 'the links give way to the form');
      const rows = page.locator('#cat-list > li.cat-row');
      const all = await rows.count();
      const genre = page.locator('#cat-form select[data-facet="genre"]');
      const value = await genre.locator('option').nth(1).getAttribute('value');
      await genre.selectOption(value);
      const shown = await rows.evaluateAll((ls) => ls.filter((l) => !l.hidden).map((l) => l.dataset.genre));
      assert.ok(shown.length > 0, 'some rows stay');
      assert.deepEqual([...new Set(shown)], [value]);
      assert.match(await page.locator('#cat-count').textContent(), new RegExp(String(shown.length)));
      await genre.selectOption('');
      await page.locator('#cat-form select[data-sort]').selectOption('oldest');
      const keys = await rows.evaluateAll((ls) => ls.filter((l) => !l.hidden).map((l) => l.dataset.sortOldest));
      assert.equal(keys.length, all);
      assert.deepEqual(keys, [...keys].sort(), 'oldest first');
      assert.deepEqual(await axe(page), []);
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }
});

describe('document pages', { concurrency: 2 }, () => {
  const site = served(rootSite);

  for (const lang of ['zh', 'en']) {
    test(`${lang}: the founding document shows its title, overview and contents link in the first screen of a phone`, async () => {
      const { page, context } = await open(site.browser, site.server, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await page.goto(site.server.url(`${lang}/${DOC}/`));
      const box = async (sel) => (await page.locator(sel).first().boundingBox()) || { y: Infinity, height: 0 };
      const h1 = await box('h1');
      assert.ok(h1.height > 0 && h1.y + h1.height <= 844, `title ends at ${h1.y + h1.height}`);
      const ov = await box('#h-overview ~ p');
      assert.ok(ov.y < 844, `the overview starts at ${ov.y}`);
      const toc = await box('a[href="#h-contents"]');
      assert.ok(toc.y + toc.height <= 844, `the contents link ends at ${toc.y + toc.height}`);
      await context.close();
    });

    test(`${lang}: the founding document's page is at most 6,000 px tall on a 390 px phone, nothing folded away`, async () => {
      const { page, context } = await open(site.browser, site.server, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await page.goto(site.server.url(`${lang}/${DOC}/`));
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= 6000, `the page is ${height} px tall`);
      // Everything is on the page: every section link and key number, none inside a closed <details> but the citations.
      assert.equal(await page.locator('#h-contents ~ ol.chapters a').count(), await page.locator('#h-contents ~ ol.chapters li').count());
      assert.ok(await page.locator('.keynums li').count() > 0, 'key numbers are listed');
      const folded = await page.evaluate(() => [...document.querySelectorAll('main details:not([open])')].filter((d) => !d.matches('.cite')).length);
      assert.equal(folded, 0, 'nothing but the citations is folded');
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'nothing scrolls sideways');
      await context.close();
    });

    test(`${lang}: every document page shows source, retrieval date, translation, licence and a report link`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      for (const id of docs(lang)) {
        await page.goto(site.server.url(`${lang}/${id}/`));
        for (const sel of ['.prov-source', '.prov-retrieved', '.prov-translation']) {
          const t = (await page.locator(sel).textContent()).trim();
          assert.ok(t.length > 0, `${id}: ${sel} is empty`);
        }
        assert.equal(await page.locator('.prov-licence a[rel="license"]').count(), 1, `${id}: licence`);
        // A build with a report destination (hugo.toml [params.report], or the host's repository)
        // links it; a local build without one shows no link, and never a placeholder.
        const reports = await page.locator('main a.report, footer a.report').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const report of reports) {
          assert.match(report, /^(mailto:|https?:)/, `${id}: report link`);
          assert.ok(!/example/.test(report), `${id}: report link ${report} is a placeholder`);
        }
        assert.equal(await page.locator('main a.prov-corrections').count(), 1, `${id}: link to the source page`);
        assert.ok(await page.locator('footer .updated time').count() === 1, `${id}: last updated`);
      }
      assert.deepEqual(problems(log), []);
      await context.close();
    });

    test(`${lang}: the corrections are on the source page, and each corrected paragraph links to its entry`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await page.goto(site.server.url(`${lang}/${DOC}/`));
      assert.equal(await page.locator('main .corrections').count(), 0, 'no correction log on the document page');
      await page.goto(site.server.url(`${lang}/${DOC}/source/`));
      const entries = await page.locator('ol.corrections > li').evaluateAll((ls) => ls.map((l) => ({
        id: l.id, where: l.querySelector('a.c-where')?.getAttribute('href') || '',
      })));
      assert.ok(entries.length > 0, 'the founding document has corrections');
      assert.ok(await page.locator('code.hash').count() === 1, 'the source hash');
      assert.deepEqual(await axe(page), []);
      const inParagraph = entries.filter((e) => e.where.includes('#'));
      assert.ok(inParagraph.length > 0, 'some corrections are inside paragraphs');
      for (const e of inParagraph) {
        const url = new URL(e.where, page.url());
        await page.goto(url.href);
        const href = await page.locator(`[id="${url.hash.slice(1)}"] .fixmark a`).getAttribute('href');
        const back = new URL(href, url.href);
        assert.equal(back.pathname, new URL(site.server.url(`${lang}/${DOC}/source/`)).pathname, `${url.pathname}${url.hash}`);
        const ids = await page.locator(`[id="${url.hash.slice(1)}"] .fixmark a`).count();
        assert.equal(ids, 1);
        await page.goto(back.href);
        assert.equal(await page.locator(`[id="${back.hash.slice(1)}"]`).count(), 1, `${back.hash} exists`);
      }
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }

  test('English pages: an English overview where no curated one exists, and every Chinese run marked lang="zh-CN"', async () => {
    const { page, context } = await open(site.browser, site.server);
    const perDoc = docs('en').flatMap((id) => [`en/${id}/`, `en/${id}/text/`, `en/${id}/targets/`, `en/${id}/source/`]);
    for (const p of ['en/', 'en/library/', 'en/about/', 'en/data/', 'en/style/', 'en/targets/', 'en/glossary/', ...perDoc]) {
      await page.goto(site.server.url(p));
      for (const ov of await page.locator('p.auto-overview').allTextContents()) {
        assert.match(ov, /^A [a-z]/, `${p}: the automatic overview starts in English`);
      }
      const unmarked = await page.evaluate(() => {
        const out = [];
        const walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        for (let n = walk.nextNode(); n; n = walk.nextNode()) {
          if (/\p{Script=Han}/u.test(n.textContent) && !n.parentElement.closest('[lang^="zh"]')) out.push(n.textContent.trim().slice(0, 40));
        }
        return out;
      });
      assert.deepEqual(unmarked, [], `${p}: Chinese without lang="zh-CN"`);
    }
    await context.close();
  });

  test('the About page is written for readers and links the house style', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    for (const lang of ['zh', 'en']) {
      await page.goto(site.server.url(`${lang}/about/`));
      for (const id of ['what', 'text', 'translation', 'cite', 'errors']) assert.equal(await page.locator(`h2#${id}`).count(), 1, `${lang}: #${id}`);
      const style = page.locator('main a[href$="/style/"]');
      await style.first().click();
      await page.waitForLoadState();
      assert.ok((await page.locator('main h2, main h3').count()) > 0, `${lang}: the house style page has headings`);
      assert.deepEqual(await axe(page), []);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

describe('the new page types on a phone and in dark mode', { concurrency: 2 }, () => {
  const site = served(rootSite);
  for (const lang of ['zh', 'en']) {
    for (const p of ['library/', 'library/sort-issuer/', `${DOC}/source/`, 'style/']) {
      test(`${lang}/${p}: no sideways scrolling at 360 px, axe clean in dark mode`, async () => {
        const phone = await open(site.browser, site.server, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
        assert.equal((await phone.page.goto(site.server.url(`${lang}/${p}`))).status(), 200);
        const { sw, cw } = await phone.page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
        assert.ok(sw <= cw, `scrollWidth ${sw} > ${cw}`);
        assert.deepEqual(problems(phone.log), []);
        await phone.context.close();
        const dark = await open(site.browser, site.server, { colorScheme: 'dark' });
        await dark.page.goto(site.server.url(`${lang}/${p}`));
        await dark.page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        assert.deepEqual(await axe(dark.page), []);
        await dark.context.close();
      });
    }
  }
});
