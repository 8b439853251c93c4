// A tiny static file server for the browser tests: serves a built site from
// a folder under a base path (/ or /policy/) on 127.0.0.1 at a random port,
// with the response headers of the site's _headers file (as Netlify and
// Cloudflare Pages apply them: every matching rule, a repeated header joined
// with ", "), and records every request it receives.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

// parseHeaders reads a _headers file into [{pattern, headers: [[name, value]]}].
export function parseHeaders(text) {
  const rules = [];
  let cur = null;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (!t || t.startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      cur = { pattern: t, headers: [] };
      rules.push(cur);
    } else if (cur) {
      const i = t.indexOf(':');
      cur.headers.push([t.slice(0, i).trim(), t.slice(i + 1).trim()]);
    }
  }
  return rules;
}

function matches(pattern, p) {
  if (pattern.endsWith('*')) return p.startsWith(pattern.slice(0, -1));
  return p === pattern || (pattern.endsWith('/') && p === pattern + 'index.html');
}

export function headersFor(rules, p) {
  const out = {};
  for (const r of rules) {
    if (!matches(r.pattern, p)) continue;
    for (const [k, v] of r.headers) {
      const key = k.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${v}` : v;
    }
  }
  return out;
}

// serve starts a server for dir under base; resolves to {origin, url, requests, close}.
export async function serve(dir, { base = '/' } = {}) {
  if (!base.endsWith('/')) base += '/';
  const root = path.resolve(dir);
  const hf = path.join(root, '_headers');
  const rules = fs.existsSync(hf) ? parseHeaders(fs.readFileSync(hf, 'utf8')) : [];
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push(req.url);
    const url = new URL(req.url, 'http://127.0.0.1');
    let p;
    try {
      p = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    const send = (status, file, sitePath) => {
      const body = fs.readFileSync(file);
      res.writeHead(status, {
        'content-type': types[path.extname(file).toLowerCase()] || 'application/octet-stream',
        'content-length': body.length,
        ...headersFor(rules, sitePath),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    // Like Cloudflare Pages: the nearest 404.html up the requested path.
    const notFound = () => {
      let dir = p.startsWith(base) ? '/' + p.slice(base.length) : '/';
      for (;;) {
        dir = path.posix.dirname(dir.endsWith('/') ? dir + 'x' : dir);
        const f = path.join(root, dir, '404.html');
        if (f.startsWith(root) && fs.existsSync(f)) return send(404, f, path.posix.join(dir, '404.html'));
        if (dir === '/') break;
      }
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    };
    if (p + '/' === base) {
      res.writeHead(301, { location: base + url.search }).end();
      return;
    }
    if (!p.startsWith(base)) return notFound();
    const sitePath = '/' + p.slice(base.length);
    let file = path.join(root, sitePath);
    if (!file.startsWith(root)) return notFound();
    let st = fs.statSync(file, { throwIfNoEntry: false });
    if (st && st.isDirectory()) {
      if (!p.endsWith('/')) {
        res.writeHead(301, { location: p + '/' + url.search }).end();
        return;
      }
      file = path.join(file, 'index.html');
      st = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!st || !st.isFile()) return notFound();
    send(200, file, sitePath);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    base,
    url: (p = '') => origin + base + p.replace(/^\//, ''),
    requests,
    close: () => new Promise((resolve) => {
      server.closeAllConnections?.();
      server.close(resolve);
    }),
  };
}
