// Where the built sites under test are, and how to get them built.
//
// scripts/test builds them first and passes their folders in MINGBAI_SITE (a
// build for the root, hugo.toml's baseURL) and MINGBAI_SITE_SUB (a build with
// --baseURL https://example.org/policy/, served under /policy/). Run alone
// (`node --test tests/`), the tests build what is missing into public-test/
// and public-test-sub/ with scripts/build.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DOC = 'liaoning-2024-8'; // the founding document
export const SUB_BASE_URL = 'https://example.org/policy/';

function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ensureBuilt builds dir with scripts/build unless it holds a built, indexed site.
// Test files run in parallel processes, so a lock folder keeps them from building twice.
export function ensureBuilt(dir, hugoArgs = []) {
  const done = () => fs.existsSync(path.join(dir, 'index.html')) && fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'));
  const lock = dir.replace(/\/$/, '') + '.lock';
  for (;;) {
    if (done()) return dir;
    try {
      fs.mkdirSync(lock);
    } catch {
      sleep(500);
      continue;
    }
    try {
      if (!done()) {
        const r = spawnSync('bash', ['scripts/build', dir, ...hugoArgs], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
        if (r.status !== 0) throw new Error(`scripts/build ${dir} failed`);
      }
    } finally {
      fs.rmdirSync(lock);
    }
  }
}

export function rootSite() {
  return process.env.MINGBAI_SITE || ensureBuilt(path.join(ROOT, 'public-test'));
}

export function subSite() {
  return process.env.MINGBAI_SITE_SUB || ensureBuilt(path.join(ROOT, 'public-test-sub'), ['--baseURL', SUB_BASE_URL]);
}

// absentSite is the build of the absent-field library (generator/site/testdata/absent: documents
// without date, number, issuers, targets, sections, translation, source address or change log),
// which the Go test TestAbsentFields builds with Hugo and checks; it keeps the build here.
export function absentSite() {
  if (process.env.MINGBAI_ABSENT_SITE) return process.env.MINGBAI_ABSENT_SITE;
  const dir = path.join(ROOT, 'public-test-absent');
  const lock = dir + '.lock';
  for (;;) {
    if (fs.existsSync(path.join(dir, 'zh', 'all-absent', 'index.html'))) return dir;
    try {
      fs.mkdirSync(lock);
    } catch {
      sleep(500);
      continue;
    }
    try {
      const r = spawnSync('go', ['test', './generator/site/', '-run', '^TestAbsentFields$', '-count=1'], {
        cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'],
        env: { ...process.env, MINGBAI_ABSENT_SITE: dir, CGO_ENABLED: '0', GOTOOLCHAIN: 'local' },
      });
      if (r.status !== 0) throw new Error('TestAbsentFields failed');
    } finally {
      fs.rmdirSync(lock);
    }
  }
}
