// Trust and the journalist's day (issue 25), in Chromium: English sentence links (#p1.s2 names
// the same sentence in both languages, opens and highlights in both views; selecting English
// gives a sentence link; deselecting forgets it), the English-only view on an untranslated
// document (the Chinese shows, with one banner), the verification badge on every page of a
// document, and a report-an-error link that goes somewhere real.
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { execFileSync } from 'node:child_process';
import { served } from './lib/harness.mjs';
import { open, problems } from './lib/browser.mjs';
import { rootSite, DOC, ROOT } from './lib/site.mjs';

const UNTRANSLATED = 'gov-work-report-2024';

async function withView(context, view) {
  await context.addInitScript((v) => { try { localStorage.setItem('mingbai-view', v); } catch (e) { /* none */ } }, view);
}

// englishMarkedChinese lists the elements of the page whose own text is English (a word of three
// Latin letters or more, no Han character) but whose language (lang, inherited) is not English;
// pinyin (lang=zh-Latn-pinyin) is Chinese in Latin letters, rightly not English.
function englishMarkedChinese(page) {
  return page.evaluate(() => {
    const out = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      const t = n.nodeValue.trim();
      const el = n.parentElement;
      if (!t || !el || el.closest('script, style, code, pre, .hash, .url, [translate="no"]')) continue;
      if (!/[A-Za-z]{3,}/.test(t) || /[\u3400-\u9fff]/.test(t)) continue;
      const lang = (el.closest('[lang]') || document.documentElement).getAttribute('lang') || '';
      if (!lang.startsWith('en') && !/^zh-Latn/.test(lang)) out.push(`${el.tagName.toLowerCase()}: ${t.slice(0, 60)} (lang=${lang})`);
    }
    return out;
  });
}

async function clipboard(page, previous = '') {
  await page.waitForFunction((p) => navigator.clipboard.readText().then((t) => t !== '' && t !== p), previous, { polling: 100, timeout: 3000 }).catch(() => {});
  return page.evaluate(() => navigator.clipboard.readText());
}

describe('trust', () => {
  const dir = rootSite();
  const site = served(dir);

  for (const view of ['both', 'en']) {
    test(`an English sentence link opens and highlights the English sentence (view: ${view})`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await withView(context, view);
      await page.goto(site.server.url(`en/${DOC}/c1/#p1.s2`));
      const en = page.locator('.s-en[data-s="p1.s2"]');
      await en.waitFor({ state: 'visible' });
      assert.ok(await en.evaluate((e) => e.classList.contains('s-hl')), 'the English sentence is highlighted');
      assert.match(await en.textContent(), /strive/, 'p1.s2 in English is the sentence that translates 力争…');
      const zhText = await page.locator('[id="p1.s2"]').textContent();
      assert.match(zhText, /^力争/, 'p1.s2 in Chinese is the 力争 sentence');
      assert.ok(await en.evaluate((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; }), 'the English sentence is scrolled into view');
      const zhShown = await page.locator('[id="p1.s2"]').evaluate((e) => e.getClientRects().length > 0);
      assert.equal(zhShown, view === 'both', 'the Chinese is shown only in the bilingual view');
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }

  test('selecting an English sentence gives a sentence link; deselecting forgets it', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
    await page.goto(site.server.url(`en/${DOC}/c1/`));
    await page.evaluate(() => {
      const r = document.createRange();
      r.selectNodeContents(document.querySelector('.s-en[data-s="p1.s2"]'));
      getSelection().removeAllRanges();
      getSelection().addRange(r);
    });
    await page.locator('#selbar').waitFor({ state: 'visible' });
    await page.locator('#selbar [data-sel="link"]').click();
    const link = await clipboard(page);
    assert.match(link, /\/en\/liaoning-2024-8\/c1\/#p1\.s2$/, `copied ${link}`);
    await page.waitForTimeout(500); // a click on a control keeps the passage a moment; this is a deselection in the text
    await page.evaluate(() => getSelection().removeAllRanges());
    await page.locator('#selbar').waitFor({ state: 'hidden' });
    await page.locator('button[data-copy-hash]').click();
    const after = await clipboard(page, link);
    assert.ok(!after.includes('#p1.s2'), `after deselecting, Copy link gives ${after}`);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  // A later paragraph (款) of an article, and an item on its article's page, are cited by their
  // own pinpoint when the reader selects text in them: 第十二条第二款 / "Article 12, paragraph 2".
  for (const [lang, para, item] of [['zh', '第十二条第二款', '第十二条第（一）项'], ['en', 'Article 12, paragraph 2', 'Article 12(1)']]) {
    test(`selecting text in a later paragraph of an article cites the paragraph (${lang})`, async () => {
      const { page, log, context } = await open(site.browser, site.server);
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
      await page.goto(site.server.url(`${lang}/shanghai-expert-database-measures-2025/a12/`));
      let previous = '';
      for (const [row, pin] of [['p2', para], ['a12-i01-p1', item]]) {
        await page.evaluate((id) => {
          const r = document.createRange();
          r.selectNodeContents(document.querySelector(`[id="${id}"] .cell-zh p`));
          getSelection().removeAllRanges();
          getSelection().addRange(r);
        }, row);
        await page.locator('#selbar').waitFor({ state: 'visible' });
        await page.waitForFunction((p) => document.getElementById('selbar-where').textContent === p, pin, { timeout: 3000 })
          .catch(() => {});
        assert.equal(await page.locator('#selbar-where').textContent(), pin, `${row}: the bar names the passage`);
        await page.locator('#selbar [data-sel="quote"]').click();
        const quote = await clipboard(page, previous);
        previous = quote;
        assert.ok(quote.includes(pin), `${row}: the quotation cites ${pin}: ${quote}`);
        assert.match(quote, new RegExp(`/a12/#${row}\\b`), `${row}: the quotation links the paragraph: ${quote}`);
        if (row === 'p2') assert.ok(!quote.includes(`${pin}${pin}`) && !/第十二条第十二条/.test(quote), 'no doubled label');
      }
      assert.deepEqual(problems(log), []);
      await context.close();
    });
  }

  test('on English pages, English text is never marked as Chinese (lang)', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    // Every page type of every document (document, part or article, measure or item, full text,
    // source, targets) and the library's own pages.
    const pages = ['en/', 'en/targets/', 'en/library/', 'en/glossary/', 'en/about/', 'en/data/', 'en/search/',
      `en/${DOC}/m07/`, `en/${UNTRANSLATED}/c2/`, 'en/shanghai-expert-database-measures-2025/a12/',
      'en/shanghai-expert-database-measures-2025/a5-i01/'];
    for (const doc of fs.readdirSync(path.join(dir, 'en'))) {
      if (!fs.existsSync(path.join(dir, 'en', doc, 'source', 'index.html'))) continue;
      for (const sub of ['', 'c1/', 'text/', 'source/', 'targets/']) {
        if (fs.existsSync(path.join(dir, 'en', doc, sub, 'index.html'))) pages.push(`en/${doc}/${sub}`);
      }
    }
    for (const rel of pages) {
      await page.goto(site.server.url(rel));
      assert.deepEqual((await englishMarkedChinese(page)).slice(0, 10), [], `${rel}: English text marked as Chinese`);
    }
    // The check can fail: an English heading marked lang=zh-CN is reported.
    await page.goto(site.server.url(`en/${DOC}/m07/`));
    await page.evaluate(() => document.querySelector('h1').setAttribute('lang', 'zh-CN'));
    const wrong = await englishMarkedChinese(page);
    assert.ok(wrong.some((w) => w.startsWith('h1:')), `a heading marked lang=zh-CN went unnoticed: ${wrong}`);
    assert.ok(pages.length > 50, `checked ${pages.length} pages`);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('the English-only view on an untranslated document shows the Chinese, with one banner', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    await withView(context, 'en');
    for (const rel of [`${UNTRANSLATED}/c1/`, `${UNTRANSLATED}/text/`]) {
      await page.goto(site.server.url(`en/${rel}`));
      const shown = await page.locator('.rows .row .cell-zh').evaluateAll((cs) => cs.filter((c) => c.getClientRects().length > 0 && c.textContent.trim() !== '').length);
      assert.ok(shown > 0, `${rel}: Chinese text is shown`);
      const banners = await page.locator('.view-banner').evaluateAll((bs) => bs.filter((b) => b.getClientRects().length > 0).length);
      assert.equal(banners, 1, `${rel}: one banner`);
      const notes = await page.locator('.note-missing').evaluateAll((ns) => ns.filter((n) => n.getClientRects().length > 0).length);
      assert.equal(notes, 0, `${rel}: no "not yet available" note in each row`);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

// search opens the search page for q and waits for the outcome; returns the results.
async function search(page, url, q) {
  await page.goto(`${url}?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status');
    const r = document.getElementById('search-results');
    return s && s.textContent && r && r.getAttribute('aria-busy') === 'false';
  }, null, { timeout: 8000 });
  return page.locator('#search-results li').evaluateAll((lis) => lis.map((li) => ({
    href: li.querySelector('h2 a').href, doc: (li.querySelector('.result-doc') || {}).textContent || '',
  })));
}

describe('search for journalists', () => {
  const site = served(rootSite());

  test('each result names its document: title and number', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    for (const [lang, q] of [['zh', '研发经费'], ['en', 'unicorn']]) {
      const rs = await search(page, site.server.url(`${lang}/search/`), q);
      assert.ok(rs.length > 0, `${lang} ${q}: results`);
      for (const r of rs) {
        const seg = new URL(r.href).pathname.split('/')[2];
        if (['targets', 'glossary', 'library', 'about', 'data', 'style', 'search'].includes(seg)) continue; // the library's own pages
        assert.ok(r.doc.trim() !== '', `${lang} ${q}: ${r.href} names no document`);
        if (r.href.includes(`/${DOC}/`)) assert.match(r.doc, /辽委发〔2024〕8号/, `${r.href}: its number`);
      }
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('a document number finds the document page first; a count of one is singular', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    for (const lang of ['zh', 'en']) {
      const rs = await search(page, site.server.url(`${lang}/search/`), '辽委发〔2024〕8号');
      assert.ok(rs.length > 0, `${lang}: results`);
      assert.equal(new URL(rs[0].href).pathname, `/${lang}/${DOC}/`, `${lang}: first result ${rs[0].href}`);
    }
    const statuses = await page.locator('#search-status').evaluate((s) => [s.getAttribute('data-count-one'), s.getAttribute('data-count')]);
    assert.match(statuses[0], /^1 result for/, 'the singular comes from i18n');
    assert.match(statuses[1], /\{n\} results for/);
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('a query with no hit in English is offered the glossary term in the other language', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    // 研发经费 on the English site: the English rendering of 全社会研发经费投入, searched here.
    const rs = await search(page, site.server.url('en/search/'), '研发经费');
    if (rs.length === 0) {
      const a = page.locator('#search-suggest a');
      await a.waitFor({ state: 'visible' });
      assert.match(await a.textContent(), /society-wide R&D spending/);
      assert.match(await a.getAttribute('href'), /\/en\/search\/\?q=society-wide%20R%26D%20spending$/);
    }
    // A query in English the index does not hold, whose glossary term it names: the Chinese term,
    // in the Chinese original.
    const none = await search(page, site.server.url('en/search/'), 'lump-sum funding system');
    if (none.length === 0) {
      const a = page.locator('#search-suggest a');
      await a.waitFor({ state: 'visible' });
      assert.match(await a.getAttribute('href'), /\/zh\/search\/\?q=/);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

// The built pages: the verification badge on every page of every document, and no placeholder
// report destination anywhere.
describe('trust in the built pages', () => {
  const dir = rootSite();
  test('every page of a document shows its verification badge; no page names mingbai.example', () => {
    let pages = 0;
    for (const lang of ['zh', 'en']) {
      for (const doc of fs.readdirSync(path.join(dir, lang))) {
        const d = path.join(dir, lang, doc);
        if (!fs.existsSync(path.join(d, 'source', 'index.html'))) continue; // not a document
        for (const sub of fs.readdirSync(d, { withFileTypes: true })) {
          const f = sub.isDirectory() ? path.join(d, sub.name, 'index.html') : null;
          for (const file of [path.join(d, 'index.html'), f].filter((x) => x && fs.existsSync(x))) {
            const html = fs.readFileSync(file, 'utf8');
            assert.match(html, /class="?verify verify-(unverified|checked)/, `${file}: no verification badge`);
            assert.ok(!html.includes('mingbai.example'), `${file}: names mingbai.example`);
            pages++;
          }
        }
      }
    }
    assert.ok(pages > 100, `checked ${pages} pages`);
  });

  test('the combined targets CSV: offered on the targets page, every row with an English indicator', () => {
    for (const lang of ['zh', 'en']) {
      const html = fs.readFileSync(path.join(dir, lang, 'targets', 'index.html'), 'utf8');
      assert.match(html, /href="?\/data\/targets\.csv"? download/, `${lang}/targets/: links the combined CSV`);
      assert.match(html, /href="?\/data\/targets\.json"? download/, `${lang}/targets/: links the combined JSON`);
    }
    const rows = parseCSV(fs.readFileSync(path.join(dir, 'data', 'targets.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const head = rows.shift();
    const en = head.indexOf('indicator_en');
    assert.ok(en >= 0, 'an indicator_en column');
    const body = rows.filter((r) => r.length > 1);
    assert.ok(body.length > 30, `${body.length} rows`);
    const empty = body.filter((r) => !(r[en] || '').trim()).map((r) => `${r[0]} ${r[1]}`);
    assert.deepEqual(empty, [], 'rows without an English indicator');
  });

  test('no page labels a summary it does not have (an empty summary, or the auto note alone)', () => {
    const bare = [];
    for (const lang of ['zh', 'en']) {
      for (const doc of fs.readdirSync(path.join(dir, lang))) {
        const d = path.join(dir, lang, doc);
        if (!fs.existsSync(path.join(d, 'source', 'index.html'))) continue;
        for (const sub of fs.readdirSync(d)) {
          const f = path.join(d, sub, 'index.html');
          if (!fs.existsSync(f)) continue;
          if (/<section class="?summary"?[^>]*>\s*(<p class="?note"?>[^<]*<\/p>\s*)?<\/section>/.test(fs.readFileSync(f, 'utf8'))) bare.push(`${lang}/${doc}/${sub}`);
        }
      }
    }
    assert.deepEqual(bare.slice(0, 10), [], `${bare.length} pages with a summary section and no summary`);
  });

  test('the catalogue count is plain text, not a quoted string', () => {
    const html = fs.readFileSync(path.join(dir, 'en', 'library', 'index.html'), 'utf8');
    assert.match(html, /id="?cat-count"?[^>]*data-singular="?Showing \{n\} of/, 'the singular count');
    assert.ok(!/data-[a-z-]+='"/.test(html), 'no data attribute quoted as a JavaScript string');
  });

  test('an English page marks no English heading as Chinese', () => {
    const html = fs.readFileSync(path.join(dir, 'en', 'shanghai-expert-database-measures-2025', 'a12', 'index.html'), 'utf8');
    assert.ok(!/<h1 lang="?zh-CN"?>Article 12</.test(html), 'the h1 "Article 12" is not lang=zh-CN');
    assert.ok(!/lang="?zh-CN"?>(Article|Chapter|Part|Measure) \d/.test(html), 'no "Article N" in lang=zh-CN');
  });
});

// parseCSV reads RFC 4180 CSV (quoted fields, doubled quotes, newlines in quotes) into rows.
function parseCSV(text) {
  const rows = [];
  let row = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\n') { row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = ''; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// UX pass 2 (issue 25, open findings): the source note in the page's language; one "no English"
// banner, not a note in every row, where no row of the page has English; paragraph numbers
// that are 24 × 24 px targets on a phone; #a12 on a document's overview opens the section's page.
describe('ux pass 2', () => {
  const dir = rootSite();
  const site = served(dir);
  const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  const visible = (loc) => loc.evaluateAll((els) => els.filter((e) => e.getClientRects().length > 0).length);

  test('the source note is in Chinese on the Chinese source page, in English on the English one', () => {
    for (const doc of fs.readdirSync(path.join(dir, 'zh'))) {
      const f = (lang) => path.join(dir, lang, doc, 'source', 'index.html');
      if (!fs.existsSync(f('zh'))) continue;
      const note = (lang) => {
        const m = fs.readFileSync(f(lang), 'utf8').match(/<dt>(?:来源说明|Note on the source)<\/dt><dd([^>]*)>([^<]*)/);
        assert.ok(m, `${lang}/${doc}/source/: a source note`);
        return { attrs: m[1], text: m[2] };
      };
      const zh = note('zh'), en = note('en');
      assert.match(zh.text, /未与官方原件核对|已与官方原件核对/, `zh/${doc}/source/: the note in Chinese`);
      assert.doesNotMatch(zh.attrs, /lang/, `zh/${doc}/source/: the Chinese note inherits zh-CN`);
      assert.match(en.text, /^[A-Z][^\u3400-\u9fff]+$/, `en/${doc}/source/: the note in English`);
    }
  });

  test('the Excel advice is one sentence, the same on /targets/ and /data/', () => {
    for (const lang of ['zh', 'en']) {
      const advice = (page) => {
        const text = fs.readFileSync(path.join(dir, lang, page, 'index.html'), 'utf8').replace(/<[^>]+>/g, '\n');
        return text.split(/\n|(?<=[.。] )/).map((t) => t.trim()).filter((t) => /Excel/.test(t));
      };
      const targets = advice('targets'), data = advice('data');
      assert.equal(targets.length, 1, `${lang}/targets/: ${targets}`);
      assert.ok(data.some((t) => t.endsWith(targets[0])), `${lang}/data/ says it as /targets/ does: ${targets[0]} | ${data}`);
    }
  });

  test('an untranslated page says "no English" once, in the bilingual view too, not in every row', async () => {
    const { page, log, context } = await open(site.browser, site.server, PHONE);
    for (const rel of [`en/${UNTRANSLATED}/c1/`, `zh/${UNTRANSLATED}/c2/`, `en/${UNTRANSLATED}/text/`, `zh/${UNTRANSLATED}/text/`]) {
      await page.goto(site.server.url(rel));
      assert.equal(await visible(page.locator('.view-banner')), 1, `${rel}: one banner`);
      assert.equal(await visible(page.locator('.rows .note-missing')), 0, `${rel}: no "Translation not yet available" in the rows`);
      assert.equal(await visible(page.locator('.rows .row:not(.row-h) .cell-en')), 0, `${rel}: no empty English cells`);
      const zh = await page.locator('.rows .row .cell-zh').evaluateAll((cs) => cs.filter((c) => c.getClientRects().length > 0 && c.textContent.trim() !== '').length);
      assert.ok(zh > 1, `${rel}: the Chinese is shown`);
    }
    // The Chinese-only view needs no such banner; a translated page has none.
    await context.addInitScript(() => localStorage.setItem('mingbai-view', 'zh'));
    await page.goto(site.server.url(`zh/${UNTRANSLATED}/c2/`));
    assert.equal(await visible(page.locator('.view-banner')), 0, 'Chinese only: no banner');
    for (const rel of [`en/${DOC}/m07/`, `zh/${DOC}/text/`]) {
      await page.goto(site.server.url(rel));
      assert.equal(await page.locator('.view-banner, .note-missing').count(), 0, `${rel}: translated, no note`);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('paragraph numbers are targets of at least 24 × 24 px on a phone (390 × 844), and nothing moves', async () => {
    const { page, log, context } = await open(site.browser, site.server, PHONE);
    await page.addInitScript(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
        .observe({ type: 'layout-shift', buffered: true });
    });
    for (const rel of [`en/${DOC}/m07/`, `zh/${DOC}/m07/`, `en/${DOC}/text/`, `en/${UNTRANSLATED}/c2/`, 'en/glossary/']) {
      await page.goto(site.server.url(rel), { waitUntil: 'load' });
      const small = await page.locator('a.pil').evaluateAll((as) => as.map((a) => {
        const r = a.getBoundingClientRect();
        return { id: a.getAttribute('href'), w: r.width, h: r.height };
      }).filter((r) => r.w < 24 || r.h < 24));
      assert.deepEqual(small.slice(0, 5), [], `${rel}: paragraph numbers under 24 × 24 px`);
      assert.ok(await page.locator('a.pil').count() > 0, `${rel}: paragraph numbers`);
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__cls), 0, `${rel}: CLS`);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });

  test('#a12 on a document overview opens the section’s page, keeping a paragraph or sentence; anchors the page has stay', async () => {
    const { page, log, context } = await open(site.browser, site.server);
    const EXPERT = 'shanghai-expert-database-measures-2025';
    for (const [from, to, target] of [
      [`zh/${EXPERT}/#a12`, `zh/${EXPERT}/a12/`, null],
      [`en/${EXPERT}/#a12-i01`, `en/${EXPERT}/a12-i01/`, null], // an item: not in the contents, still a page
      [`zh/${DOC}/#m07.p1.s2`, `zh/${DOC}/m07/#p1.s2`, 'p1.s2'],
      [`en/${DOC}/#m07.p1`, `en/${DOC}/m07/#p1`, 'p1'],
    ]) {
      await page.goto(site.server.url(from));
      await page.waitForURL(site.server.url(to));
      await page.waitForLoadState('load');
      assert.equal(page.url(), site.server.url(to), `${from} → ${to}`);
      if (target) assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), target, `${to}: :target`);
    }
    // Anchors the overview has, and fragments that name no section, are left alone.
    for (const frag of ['t-m07-t1', 'h-contents', 'p3', 'p1.s2', 'm99', 'm07.x1']) {
      await page.goto(site.server.url(`zh/${DOC}/#${frag}`), { waitUntil: 'load' });
      await page.waitForTimeout(200);
      assert.equal(page.url(), site.server.url(`zh/${DOC}/#${frag}`), `#${frag} stays on the overview`);
    }
    // A section's ID set later (a link within the page, the address bar) goes there too.
    await page.evaluate(() => { location.hash = 'm07'; });
    await page.waitForURL(site.server.url(`zh/${DOC}/m07/`));
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});

// A document translated in part (tests/fixtures/partial/partial-test: c1.p1 has English, c1.p2
// none), in a site built from a temporary copy of the project as tests/xss.test.mjs does: the
// row without English keeps its own note, and the banner stays for the English-only view.
describe('a page translated in part', () => {
  let work;
  const site = served(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'mingbai-partial-'));
    const skip = new Set(['.git', 'node_modules', 'resources', 'tests', '.github']);
    for (const name of fs.readdirSync(ROOT)) {
      if (skip.has(name) || name.startsWith('public') || name.startsWith('.hugo')) continue;
      fs.cpSync(path.join(ROOT, name), path.join(work, name), { recursive: true });
    }
    fs.cpSync(path.join(ROOT, 'tests/fixtures/partial/partial-test'), path.join(work, 'seeds', 'partial-test'), { recursive: true });
    const env = { ...process.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: `${process.env.GOFLAGS || ''} -buildvcs=false` };
    const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'inherit'] });
    run('go', ['run', './generator', 'generate']);
    run('go', ['tool', 'hugo', 'build', '--gc', '--minify', '--panicOnWarning', '-d', path.join(work, 'public')]);
    return path.join(work, 'public');
  });
  after(() => { if (work) fs.rmSync(work, { recursive: true, force: true }); });

  test('the row without English keeps its note; the rows with English have none', async () => {
    const { page, log, context } = await open(site.browser, site.server, { viewport: { width: 390, height: 844 } });
    for (const lang of ['zh', 'en']) {
      await page.goto(site.server.url(`${lang}/partial-test/c1/`));
      assert.equal(await page.locator('#p2 .note-missing').isVisible(), true, `${lang}: p2 says it has no English`);
      assert.equal(await page.locator('#p1 .note-missing').count(), 0, `${lang}: p1 has English`);
      assert.equal(await page.locator('.view-banner.all').count(), 0, `${lang}: not the whole-page banner`);
      assert.equal(await page.locator('.view-banner').isVisible(), false, `${lang}: the banner is for the English-only view`);
    }
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});
