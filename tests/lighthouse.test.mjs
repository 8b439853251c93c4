// Lighthouse (pinned in package-lock.json, run with the system Chromium) on the
// pages a journalist links to: a measure, a document and the targets explorer,
// in both languages. SEO, accessibility and best practices must each score 100
// (performance is not measured here: it depends on the machine; see scripts/perf).
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { serve } from './lib/server.mjs';
import { CHROMIUM } from './lib/browser.mjs';
import { rootSite, ROOT, DOC } from './lib/site.mjs';

const run = promisify(execFile);
const LIGHTHOUSE = path.join(ROOT, 'node_modules', '.bin', 'lighthouse');
const CATEGORIES = ['seo', 'accessibility', 'best-practices'];

const pages = [`en/${DOC}/m07/`, `zh/${DOC}/m07/`, `en/${DOC}/`, `zh/${DOC}/`, 'en/targets/', `zh/${DOC}/targets/`];

describe('Lighthouse', { concurrency: 1 }, () => {
  let server;
  before(async () => { server = await serve(rootSite()); });
  after(async () => { await server?.close(); });

  for (const p of pages) {
    test(`${p}: ${CATEGORIES.join(', ')} 100`, { timeout: 180000 }, async () => {
      const { stdout } = await run(LIGHTHOUSE, [server.url(p), `--only-categories=${CATEGORIES.join(',')}`,
        '--output=json', '--output-path=stdout', '--quiet', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 });
      const r = JSON.parse(stdout);
      const failures = [];
      for (const c of CATEGORIES) {
        const cat = r.categories[c];
        if (cat.score === 1) continue;
        const bad = cat.auditRefs.filter((a) => a.weight > 0 && r.audits[a.id].score !== null && r.audits[a.id].score < 1)
          .map((a) => `${a.id}: ${r.audits[a.id].title}`);
        failures.push(`${c} ${Math.round(cat.score * 100)}: ${bad.join('; ')}`);
      }
      assert.deepEqual(failures, []);
    });
  }
});
