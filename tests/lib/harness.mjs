// served registers, in the current describe block, hooks that start a static
// server for a built site (dir, or a function returning it, called when the
// hooks run) and a Chromium, and stop both afterwards. The returned object's
// server and browser are set once the before hook has run.
import { before, after } from 'node:test';
import { serve } from './server.mjs';
import { launch } from './browser.mjs';

export function served(dir, opts = {}) {
  const site = { server: null, browser: null };
  before(async () => {
    site.server = await serve(typeof dir === 'function' ? dir() : dir, opts);
    site.browser = await launch();
  });
  after(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
