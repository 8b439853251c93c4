// What a journalist does with a measure page, in Chromium: link one paragraph or one sentence
// (the same anchors in both languages), select a sentence and copy a citation or a quotation
// (labels in the page's language, the fragment, an absolute URL, today's access date), choose
// Chinese only / English only (remembered, no layout shift), and share the page (og:image).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { served } from './lib/harness.mjs';
import { open, problems } from './lib/browser.mjs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { rootSite, DOC, ROOT } from './lib/site.mjs';

// The production base URL the build wrote into canonical links (hugo.toml's baseURL).
function productionBase(dir) {
  const html = fs.readFileSync(path.join(dir, 'zh', 'index.html'), 'utf8');
  const m = html.match(/<link rel="?canonical"? href="?([^" >]+)/);
  assert.ok(m, 'the home page has a canonical link');
  return m[1].replace(/zh\/$/, '');
}

function today() {
  const t = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${t.getFullYear()}-${two(t.getMonth() + 1)}-${two(t.getDate())}`;
}

// selectSentence selects the whole text of the element with id (a sentence span).
async function selectSentence(page, id) {
  await page.evaluate((id) => {
    const el = document.getElementById(id);
    const r = document.createRange();
    r.selectNodeContents(el);
    const s = getSelection();
    s.removeAllRanges();
    s.addRange(r);
  }, id);
  await page.locator('#selbar').waitFor({ state: 'visible' });
}

async function clipboard(page, previous = '') {
  await page.waitForFunction((p) => navigator.clipboard.readText().then((t) => t !== '' && t !== p), previous, { polling: 100, timeout: 3000 }).catch(() => {});
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('journalists', () => {
  const dir = rootSite();
  const site = served(dir);
  const base = productionBase(dir);
  const m07 = `${DOC}/m07/`;

  test('every paragraph number is a visible link; every sentence has an anchor, the same in both languages', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    const ids = {};
    for (const lang of ['zh', 'en']) {
      await page.goto(site.server.url(`${lang}/${m07}`));
      const nums = await page.locator('.rows .row > a.pil').evaluateAll((as) => as.map((a) => ({
        href: a.getAttribute('href'), row: a.parentElement.id, text: a.textContent.trim(),
        visible: a.checkVisibility({ opacityProperty: true, visibilityProperty: true }),
      })));
      assert.ok(nums.length > 0, 'paragraph numbers');
      for (const n of nums) {
        assert.equal(n.href, `#${n.row}`, 'the number links to its paragraph');
        assert.ok(n.visible, `number of ${n.row} visible without hover`);
        assert.match(n.text, /\d+$/, 'the number is shown');
      }
      ids[lang] = await page.locator('.rows .s[id]').evaluateAll((ss) => ss.map((s) => s.id));
      assert.ok(ids[lang].length > 1, 'sentence anchors');
      for (const id of ids[lang]) assert.match(id, /^p\d+\.s\d+$/);
    }
    assert.deepEqual(ids.en, ids.zh, 'sentence anchors are identical in both languages');

    // A sentence link opens at the sentence and survives the language switch.
    await page.goto(site.server.url(`en/${m07}#p1.s2`));
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'p1.s2');
    await page.locator('nav.langs a[hreflang^="zh"]').click();
    await page.waitForURL((u) => u.pathname.includes('/zh/'));
    assert.equal(page.url(), site.server.url(`zh/${m07}#p1.s2`));
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'p1.s2');

    // Clicking a paragraph number puts its anchor in the address.
    await page.locator('.row#p1 > a.pil').click();
    assert.ok(page.url().endsWith('#p1'));
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('en: select a sentence, copy link, quotation and citations (English labels, fragment, absolute URL, today)', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(site.server.url(`en/${m07}`));
    await selectSentence(page, 'p1.s2');
    assert.match(await page.locator('#selbar-where').innerText(), /Paragraph 1, sentence 2/);
    const url = `${base}en/${m07}#p1.s2`;

    await page.locator('#selbar button[data-sel="link"]').click();
    assert.equal(await clipboard(page), url);

    const sentence = await page.locator('[id="p1.s2"]').innerText();
    await page.locator('#selbar button[data-sel="quote"]').click();
    const quote = await clipboard(page, url);
    assert.ok(quote.startsWith(`“${sentence}”`), `quotation ${quote}`);
    assert.ok(quote.includes('Measure 7') && quote.includes(url), `quotation cites ${quote}`);

    // The citations, after the selection (the reader opens "Cite this measure").
    await page.locator('details.cite summary').click();
    let last = quote;
    for (const id of ['cite-plain', 'cite-apa', 'cite-gbt']) {
      await page.locator(`button[data-copy-from="${id}"]`).click();
      const got = await clipboard(page, last);
      last = got;
      assert.ok(got.includes(url), `${id} has the absolute URL with the fragment: ${got}`);
      if (id !== 'cite-gbt') {
        assert.match(got, /Measure 7/, `${id} uses the English label`);
        assert.doesNotMatch(got, /[（(]七[）)]/, `${id} has no Chinese numeral`);
        assert.match(got, /translation by Mingbai/i, `${id} credits the translation`);
      } else {
        assert.ok(got.includes(`[${today()}]`), `GB/T 7714 access date is today: ${got}`);
      }
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('zh: the citation keeps the Chinese label and copies the paragraph opened', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(site.server.url(`zh/${m07}#p1`));
    await page.locator('details.cite summary').click();
    await page.locator('button[data-copy-from="cite-plain"]').click();
    const got = await clipboard(page);
    assert.ok(got.includes(`${base}zh/${m07}#p1`), got);
    assert.match(got, /（七）/);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('Chinese only / English only: one tap, remembered, nothing moves', async () => {
    const { page, log, context } = await open(site.browser, site.server, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await page.goto(site.server.url(`en/${m07}`));
    const shown = () => page.evaluate(() => ({
      zh: document.querySelector('.rows .cell-zh').checkVisibility(),
      en: document.querySelector('.rows .cell-en').checkVisibility(),
    }));
    assert.deepEqual(await shown(), { zh: true, en: true });
    await page.locator('button[data-view="zh"]').tap();
    assert.deepEqual(await shown(), { zh: true, en: false });
    assert.equal(await page.locator('button[data-view="zh"]').getAttribute('aria-pressed'), 'true');
    // Remembered on another page and after a reload, applied before the first paint.
    await page.goto(site.server.url(`zh/${DOC}/m03/`));
    assert.deepEqual(await shown(), { zh: true, en: false });
    await page.locator('button[data-view="en"]').tap();
    await page.reload();
    assert.deepEqual(await shown(), { zh: false, en: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0, 'no horizontal scrolling');
    await page.locator('button[data-view="both"]').tap();
    assert.deepEqual(await shown(), { zh: true, en: true });
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  for (const [name, view] of [['both languages', null], ['Chinese only', 'zh']]) {
    test(`CLS 0 on the measure page (${name})`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      if (view) await context.addInitScript((v) => localStorage.setItem('mingbai-view', v), view);
      await page.addInitScript(() => {
        window.__cls = 0;
        new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
          .observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(site.server.url(`en/${m07}`), { waitUntil: 'load' });
      await page.waitForTimeout(500); // let the scripts run; not a speed test
      assert.equal(await page.evaluate(() => window.__cls), 0);
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }

  test('share cards: every document page has a 1200 × 630 og:image in its language; measure pages none (hugo.toml params.cards.kinds = ["document"])', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    const seen = new Set();
    for (const lang of ['zh', 'en']) {
      for (const p of [`${DOC}/`, m07, `${DOC}/m01/`]) {
        await page.goto(site.server.url(`${lang}/${p}`));
        const meta = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:image"], meta[name^="twitter:"]')]
          .map((m) => [m.getAttribute('property') || m.getAttribute('name'), m.content])));
        if (p !== `${DOC}/`) {
          assert.equal(meta['og:image'], undefined, `${lang}/${p}: a measure page has no card by default`);
          assert.equal(meta['twitter:card'], 'summary', `${lang}/${p}`);
          continue;
        }
        assert.equal(meta['twitter:card'], 'summary_large_image', `${lang}/${p}`);
        assert.ok(meta['og:image'].startsWith(base), `og:image is absolute: ${meta['og:image']}`);
        assert.equal(meta['og:image:width'], '1200');
        assert.equal(meta['og:image:height'], '630');
        const title = (await page.locator('h1').innerText()).replace(/\s+/g, ' ').trim();
        assert.ok(meta['og:image:alt'].includes(title.slice(0, lang === 'zh' ? 10 : 20)), `the card (${meta['og:image:alt']}) shows the title ${title}`);
        // The image itself: served from this build, a PNG of 1200 × 630, at most 40 KB.
        const local = site.server.url(meta['og:image'].slice(base.length));
        const png = await (await page.request.get(local)).body();
        assert.equal(png.subarray(1, 4).toString(), 'PNG');
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630]);
        assert.ok(png.length <= 40 * 1024, `card of ${lang}/${p}: ${png.length} bytes`);
        seen.add(meta['og:image']);
      }
    }
    assert.equal(seen.size, 2, 'each document page and language has its own card');
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('freshness: lastmod on every sitemap entry, Sitemap: in robots.txt, updates in the feeds', () => {
    for (const lang of ['zh', 'en']) {
      const xml = fs.readFileSync(path.join(dir, lang, 'sitemap.xml'), 'utf8');
      const urls = xml.match(/<url>.*?<\/url>/gs) || [];
      assert.ok(urls.length > 10, `${lang} sitemap lists the pages`);
      for (const u of urls) assert.match(u, /<lastmod>\d{4}-\d\d-\d\d<\/lastmod>/, `no lastmod: ${u.slice(0, 120)}`);
      const rss = fs.readFileSync(path.join(dir, lang, 'index.xml'), 'utf8');
      const items = rss.match(/<item>.*?<\/item>/gs) || [];
      assert.ok(items.length > 0, `${lang} feed has items`);
      const guids = items.map((i) => i.match(/<guid[^>]*>([^<]+)</)[1]);
      assert.equal(new Set(guids).size, guids.length, 'one guid per item');
      for (const i of items) {
        const updated = /#updated-(\d{4}-\d\d-\d\d)</.exec(i);
        if (updated) assert.match(i, /<title>(Updated:|更新：)/, 'an update says so');
        assert.ok(i.match(/<link>([^<]+)</)[1].startsWith(base), 'absolute links');
      }
    }
    const robots = fs.readFileSync(path.join(dir, 'robots.txt'), 'utf8');
    assert.match(robots, new RegExp(`^Sitemap: ${base.replace(/[.]/g, '\\.')}sitemap\\.xml$`, 'm'));
  });

  test('targets explorer: chart without JS, filters, sorting, links to the target, downloads, cards on a phone', async () => {
    // Without JavaScript: the chart and the whole table are there; no dead filters.
    let { page, log, context } = await open(site.browser, site.server, { javaScriptEnabled: false });
    await page.goto(site.server.url('en/targets/'));
    assert.ok(await page.locator('figure.tchart svg rect').count() > 1, 'a bar chart built into the page');
    assert.match(await page.locator('figure.tchart svg title').textContent(), /no date stated \d+/);
    assert.ok(!(await page.locator('#tfilters').isVisible()), 'filters need JavaScript and are not shown without it');
    const all = await page.locator('#targets tbody tr').count();
    assert.ok(all > 10);
    const horizons = await page.locator('#targets tbody td:nth-child(4)').allInnerTexts();
    assert.ok(horizons.includes('no date stated'), 'targets without a date say so');
    assert.ok(horizons.some((h) => /inferred from 未来5年/.test(h)), 'inferred horizons say so');
    assert.deepEqual(problems(log), []);
    await context.close();

    ({ page, log, context } = await open(site.browser, site.server));
    await page.goto(site.server.url('en/targets/'));
    await page.locator('select[data-filter="year"]').selectOption('2028');
    const years = await page.locator('#targets tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => r.dataset.year));
    assert.ok(years.length > 0 && years.length < all && years.every((y) => y === '2028'), `year filter: ${years}`);
    assert.match(await page.locator('#tcount').innerText(), new RegExp(`^${years.length} of ${all} targets shown`));
    await page.locator('select[data-filter="year"]').selectOption('');
    await page.locator('select[data-filter="doc"]').selectOption(DOC);
    await page.locator('select[data-filter="comparator"]').selectOption('>=');
    const rows = await page.locator('#targets tbody tr:not([hidden])').evaluateAll((rs) => rs.map((r) => [r.dataset.doc, r.dataset.comparator]));
    assert.ok(rows.length > 0 && rows.every(([d, c]) => d === DOC && c === '>='), JSON.stringify(rows));
    // Sort by the year due, both ways.
    await page.locator('select[data-filter="doc"]').selectOption('');
    await page.locator('select[data-filter="comparator"]').selectOption('');
    const by = page.locator('#targets thead th').nth(3);
    await by.locator('button').click();
    assert.equal(await by.getAttribute('aria-sort'), 'ascending');
    let keys = await page.locator('#targets tbody td:nth-child(4)').evaluateAll((cs) => cs.map((c) => Number(c.dataset.sort)));
    assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
    await by.locator('button').click();
    keys = await page.locator('#targets tbody td:nth-child(4)').evaluateAll((cs) => cs.map((c) => Number(c.dataset.sort)));
    assert.deepEqual(keys, [...keys].sort((a, b) => b - a));
    // "Where" opens the target itself.
    const where = page.locator(`#targets tbody tr[data-doc="${DOC}"] td:nth-child(5) a[href*="#t-"]`).first();
    const href = await where.getAttribute('href');
    await where.click();
    await page.waitForURL((u) => u.hash.startsWith('#t-'));
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), href.split('#')[1]);
    assert.ok(await page.locator(`:target a.kn-perma[href="#${href.split('#')[1]}"]`).isVisible(), 'the target has a visible permalink');
    // Downloads: every document's CSV, with a byte-order mark for Excel.
    await page.goto(site.server.url('en/targets/'));
    const csv = await page.locator(`a[href$="/data/${DOC}/targets.csv"]`).getAttribute('href');
    const bytes = await (await page.request.get(new URL(csv, page.url()).href)).body();
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the CSV starts with a BOM');
    assert.deepEqual(problems(log), []);
    await context.close();

    // On a phone the rows are cards: nothing scrolls sideways.
    ({ page, log, context } = await open(site.browser, site.server, { viewport: { width: 360, height: 740 }, isMobile: true }));
    for (const p of ['en/targets/', `zh/${DOC}/targets/`]) {
      await page.goto(site.server.url(p));
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, p);
      assert.equal(await page.locator('#targets tbody tr').first().evaluate((r) => getComputedStyle(r).display), 'block', 'rows reflow into cards');
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('glossary A–Z: by pinyin in Chinese, by the English term in English, letters linked', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    const plain = (p) => p.normalize('NFD').replace(/\u0308/g, 'v').replace(/[\u0300-\u036f\s]/g, '').toLowerCase();
    for (const lang of ['zh', 'en']) {
      await page.goto(site.server.url(`${lang}/glossary/`));
      const keys = lang === 'zh'
        ? (await page.locator('.glossary dt .pinyin').allInnerTexts()).map(plain)
        : (await page.locator('.glossary dt .term').allInnerTexts()).map((t) => t.toLowerCase());
      assert.ok(keys.length > 10);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      assert.deepEqual(keys, sorted, `${lang} glossary in A–Z order`);
      const letters = await page.locator('nav.az a').allInnerTexts();
      assert.ok(letters.length > 3);
      for (const L of letters) {
        const first = await page.locator(`#az-${L} + dl dt`).first();
        const k = lang === 'zh' ? plain(await first.locator('.pinyin').innerText()) : (await first.locator('.term').innerText()).toLowerCase();
        assert.equal(k[0].toUpperCase(), L, `${lang}: terms under ${L}`);
      }
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('glossary terms in the text explain themselves; glosses are notes, left out of quotations', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    for (const lang of ['zh', 'en']) {
      await page.goto(site.server.url(`${lang}/${DOC}/m04/`));
      const term = page.locator('.rows .cell-zh a.gterm', { hasText: '北斗' });
      assert.equal(await term.count(), 1, 'the term is linked once in the Chinese');
      assert.match(await term.getAttribute('href'), /\/glossary\/#[\w-]+$/);
      const tip = page.locator(`#${await term.getAttribute('aria-describedby')}`);
      assert.equal(await tip.getAttribute('role'), 'tooltip');
      assert.ok(!(await tip.isVisible()), 'the explanation waits for hover or focus');
      await term.focus();
      assert.ok(await tip.isVisible(), 'focus shows the explanation');
      assert.match(await tip.innerText(), lang === 'zh' ? /北斗/ : /BeiDou|satellite/i);
      await page.keyboard.press('Escape');
      assert.ok(!(await tip.isVisible()), 'Escape hides it');
    }
    // A translator's gloss is marked as a note and is not quoted as the document's words.
    await page.goto(site.server.url(`en/${DOC}/m01/`));
    const gloss = page.locator('.rows .cell-en .gloss').first();
    assert.ok(await gloss.count(), 'a gloss on the page');
    assert.match(await gloss.innerText(), /^\[.*\]$|Translator/s);
    const row = await gloss.evaluate((g) => g.closest('.row').id);
    await page.evaluate((id) => {
      const p = document.getElementById(id + '.en');
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    }, row);
    await page.locator('#selbar').waitFor({ state: 'visible' });
    await page.locator('#selbar button[data-sel="quote"]').click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.startsWith('“')), null, { polling: 100, timeout: 3000 }).catch(() => {});
    const quote = await page.evaluate(() => navigator.clipboard.readText());
    const glossText = await gloss.evaluate((g) => g.lastChild.textContent);
    assert.ok(quote.startsWith('“') && !quote.includes(glossText), `quotation without the gloss: ${quote.slice(0, 200)}`);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('full text: sentence anchors, the language view, and text fragments (#:~:text=) keep working', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await context.addInitScript(() => localStorage.setItem('mingbai-view', 'en'));
    await page.goto(site.server.url(`zh/${DOC}/text/#m07-p1.s2`));
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'm07-p1.s2');
    assert.equal(await page.locator('#m07 .cell-zh').isVisible(), false, 'the remembered English-only view hides the Chinese');
    assert.equal(await page.locator('#m07 .cell-en').isVisible(), true);
    // A text fragment still finds its words across the sentence spans.
    await context.addInitScript(() => localStorage.setItem('mingbai-view', 'both'));
    const words = await page.locator('[id="m07-p1.s2"]').innerText();
    await page.goto(site.server.url(`en/${DOC}/m07/#:~:text=${encodeURIComponent(words.slice(0, 12))}`));
    await page.waitForTimeout(300); // the browser scrolls to the fragment after load; not a speed test
    const found = await page.evaluate(() => {
      const r = document.getElementById('p1.s2').getBoundingClientRect();
      return r.top >= 0 && r.top < innerHeight;
    });
    assert.ok(found, 'the text fragment scrolled its sentence into view');
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('a build that would ship relative canonical, hreflang or og URLs fails loudly', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'mingbai-relative-'));
    const r = spawnSync('bash', ['scripts/build', '--no-generate', out, '--baseURL', '/'], { cwd: ROOT, encoding: 'utf8' });
    fs.rmSync(out, { recursive: true, force: true });
    assert.notEqual(r.status, 0, 'the build failed');
    assert.match(r.stderr + r.stdout, /is not absolute; set baseURL/);
  });
});
