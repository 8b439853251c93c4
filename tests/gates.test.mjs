// The quality gates must be able to fail. This test copies the built site,
// breaks the measure page m07 on purpose (a dead link, a fragment that names
// nothing, a duplicated id, an image without alt text, an element wider than
// a phone (an SVG 1200 px wide), and an inline script the CSP refuses), then checks that the link
// checker, the Nu HTML Checker, axe-core and the browser checks each report
// the breakage, while the unbroken page passes the same browser checks.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { serve } from './lib/server.mjs';
import { launch, open, problems, axe } from './lib/browser.mjs';
import { rootSite, ROOT, DOC } from './lib/site.mjs';

const page = `zh/${DOC}/m07/`;
const breakage = '<a href="/zh/no-such-page/">dead</a><a href="#nowhere">fragment</a>' +
  '<p id="main">duplicate</p><img src="/favicon.svg"><svg width="1200" height="8" aria-hidden="true"></svg><script>document.title="x"</script>';

// cliGates runs the gates the browser does not need on one page of site.
function cliGates(site) {
  const linkcheck = spawnSync('go', ['run', './generator', 'linkcheck', site], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CGO_ENABLED: '0' } });
  const vnu = spawnSync('java', ['-jar', path.join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar'), '--errors-only',
    path.join(site, page, 'index.html')], { encoding: 'utf8' });
  return { linkcheck, vnu };
}

// browserGates loads the page on a phone and returns what the gates found.
async function browserGates(browser, server) {
  const { page: p, log, context } = await open(browser, server, { viewport: { width: 360, height: 740 }, isMobile: true });
  await p.goto(server.url(page));
  await p.waitForLoadState('networkidle');
  const scroll = await p.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
  const found = { axe: await axe(p), scroll, problems: problems(log) };
  await context.close();
  return found;
}

describe('every gate fails on a deliberately broken page', () => {
  let good, broken, browser;
  before(async () => {
    good = rootSite();
    broken = fs.mkdtempSync(path.join(os.tmpdir(), 'mingbai-broken-'));
    fs.cpSync(good, broken, { recursive: true });
    const file = path.join(broken, page, 'index.html');
    const html = fs.readFileSync(file, 'utf8').replace('</main>', breakage + '</main>');
    fs.writeFileSync(file, html);
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    fs.rmSync(broken, { recursive: true, force: true });
  });

  test('link check and HTML validation', () => {
    const ok = cliGates(good);
    assert.equal(ok.linkcheck.status, 0, ok.linkcheck.stdout + ok.linkcheck.stderr);
    assert.equal(ok.vnu.status, 0, ok.vnu.stdout + ok.vnu.stderr);
    const bad = cliGates(broken);
    assert.notEqual(bad.linkcheck.status, 0, 'link check passed a dead link');
    assert.match(bad.linkcheck.stdout + bad.linkcheck.stderr, /no-such-page/);
    assert.match(bad.linkcheck.stdout + bad.linkcheck.stderr, /nowhere/);
    assert.notEqual(bad.vnu.status, 0, 'vnu passed a duplicate id and an img without alt');
    assert.match(bad.vnu.stderr + bad.vnu.stdout, /Duplicate ID|alt/);
  });

  test('axe, sideways scrolling and the CSP in Chromium', async () => {
    const goodServer = await serve(good);
    const badServer = await serve(broken);
    try {
      const ok = await browserGates(browser, goodServer);
      assert.deepEqual(ok, { axe: [], scroll: false, problems: [] });
      const bad = await browserGates(browser, badServer);
      assert.ok(bad.axe.some((v) => v.startsWith('image-alt')), `axe missed the image without alt: ${bad.axe}`);
      assert.equal(bad.scroll, true, 'a 1200px element did not scroll sideways');
      assert.ok(bad.problems.some((m) => /Content Security Policy|Refused to execute/.test(m)), `the inline script raised no CSP error: ${bad.problems}`);
    } finally {
      await goodServer.close();
      await badServer.close();
    }
  });
});
