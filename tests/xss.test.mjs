// Untrusted text stays text: a site built from a temporary copy of the project
// whose seeds/ also hold tests/fixtures/xss/xss-test.txt — a document with
// <script>, <img onerror>, <svg onload>, <iframe src=javascript:> and a
// Markdown javascript: link in its title, preamble and measures — renders
// all of it inert: no dialog opens, no such element, event-handler attribute or
// javascript: URL is in the DOM of any page, and the text shows as written.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve } from './lib/server.mjs';
import { launch, open, problems } from './lib/browser.mjs';
import { ROOT } from './lib/site.mjs';

const ID = 'xss-test';
const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))'];
const env = { ...process.env, CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOFLAGS: `${process.env.GOFLAGS || ''} -buildvcs=false` };

let work, out;

function build() {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'mingbai-xss-'));
  const skip = new Set(['.git', 'node_modules', 'resources', 'tests', '.github']);
  for (const name of fs.readdirSync(ROOT)) {
    if (skip.has(name) || name.startsWith('public') || name.startsWith('.hugo')) continue;
    fs.cpSync(path.join(ROOT, name), path.join(work, name), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(work, 'node_modules'));
  fs.copyFileSync(path.join(ROOT, 'tests/fixtures/xss', `${ID}.txt`), path.join(work, 'seeds', `${ID}.txt`));
  const run = (cmd, args) => execFileSync(cmd, args, { cwd: work, env, stdio: ['ignore', 'pipe', 'inherit'] });
  run('go', ['run', './generator', 'generate']);
  out = path.join(work, 'public');
  // Without --panicOnWarning here, so that the pages can be inspected even when
  // Hugo warns; the test 'builds with the production flags' uses them.
  run('go', ['tool', 'hugo', 'build', '--gc', '--minify', '-d', out]);
  run('npx', ['--no-install', 'pagefind', '--site', out, '--glob', '*/**/index.html', '--quiet']); // as scripts/build
}

function htmlFiles(dir) {
  return fs.readdirSync(dir, { recursive: true }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

describe('untrusted text in a document', () => {
  let server, browser;
  before(async () => {
    build();
    server = await serve(out);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (work) fs.rmSync(work, { recursive: true, force: true });
  });

  test('builds with the production flags (--panicOnWarning)', () => {
    try {
      execFileSync('go', ['tool', 'hugo', 'build', '--gc', '--minify', '--panicOnWarning', '--printI18nWarnings', '--printPathWarnings', '-d', path.join(work, 'public-strict')],
        { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      assert.fail(`hugo --panicOnWarning fails on the document:\n${String(e.stderr).split('\n').filter((l) => /WARN|ERROR/.test(l)).slice(0, 6).join('\n')}`);
    }
  });

  test('the link checker finds no script URL', () => {
    try {
      execFileSync('go', ['run', './generator', 'linkcheck', out], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      assert.fail(String(e.stdout).split('\n').slice(-12).join('\n'));
    }
  });

  test('every page that shows the document renders the payloads as text', async () => {
    // Every page of the document, and the site-wide pages that list documents.
    const pages = htmlFiles(out).map((f) => path.relative(out, f).replace(/index\.html$/, ''))
      .filter((p) => p.includes(`/${ID}/`) || /^(zh|en)\/((targets|glossary|data)\/)?$/.test(p));
    assert.ok(pages.length >= 20, `${pages.length} pages`);
    const { page, log, context } = await open(browser, server);
    const failures = [];
    let shown = '';
    for (const p of pages) {
      const r = await page.goto(server.url(p));
      if (r.status() !== 200) {
        failures.push(`${p}: status ${r.status()}`);
        continue;
      }
      await page.waitForLoadState('networkidle');
      const found = await page.evaluate(() => {
        const out = [];
        for (const s of document.querySelectorAll('script')) {
          if (!s.src && s.type !== 'application/ld+json') out.push(`inline script: ${s.textContent.slice(0, 60)}`);
          if (s.src && new URL(s.src).origin !== location.origin) out.push(`foreign script ${s.src}`);
        }
        for (const e of document.querySelectorAll('iframe, object, embed, svg[onload], img[src="x"]')) out.push(`element ${e.outerHTML.slice(0, 80)}`);
        for (const e of document.querySelectorAll('*')) {
          for (const a of e.attributes) {
            if (/^on/i.test(a.name)) out.push(`attribute ${a.name} on <${e.tagName.toLowerCase()}>`);
            if (/^\s*javascript:/i.test(a.value)) out.push(`javascript: URL in ${a.name} on <${e.tagName.toLowerCase()}>`);
          }
        }
        return out;
      });
      for (const f of found) failures.push(`${p}: ${f}`);
      shown += await page.locator('main').innerText();
    }
    await page.waitForTimeout(300);
    assert.deepEqual([...failures, ...problems(log)], []);
    for (const s of payloads) assert.ok(shown.includes(s), `the text “${s}” is not shown as written`);
    await context.close();
  });

  test('search results render the payloads as text', async () => {
    const { page, log, context } = await open(browser, server);
    await page.goto(server.url(`zh/search/?q=${encodeURIComponent('原样显示')}`));
    await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
    const found = await page.evaluate(() => {
      const box = document.getElementById('search-results');
      const out = [...box.querySelectorAll('script, img, svg, iframe, object, embed')].map((e) => e.outerHTML.slice(0, 60));
      for (const e of box.querySelectorAll('*')) {
        for (const a of e.attributes) if (/^on/i.test(a.name) || /^\s*javascript:/i.test(a.value)) out.push(`${a.name} on <${e.tagName.toLowerCase()}>`);
      }
      return out;
    });
    assert.deepEqual(found, []);
    assert.ok((await page.locator('#search-results').innerText()).includes('<img src=x onerror=alert(1)>'), 'the excerpt shows the text');
    await page.waitForTimeout(300);
    assert.deepEqual(problems(log), []);
    await context.close();
  });
});
