#!/usr/bin/env node
// The demo and test server: serves examples/ and tests/fixtures/ on localhost with the
// built packages, applies per-folder response headers (e.g. a strict CSP) and offers a
// few endpoints the examples and browser tests use. Loopback only, no dependencies.
//
//   /                          examples/index.html (links every example)
//   /examples/<name>/...       an example site
//   /fixtures/...              browser-test fixture pages (tests/fixtures)
//   /dist/<package>/...        a package's dist/ (e.g. /dist/consentkit/consentkit.min.js)
//   /vendor/...                local stand-ins for vendor tags (examples/vendor)
//   /collect                   a stand-in tracker endpoint: 204, logs the hit
//   /__records                 POST: a consent record (recordEndpoint); GET: what was received
//   /__hits                    GET: what /collect received; DELETE clears hits and records
//
// A folder may hold `_headers.json` ({ "Header-Name": "value" }) applied to its files;
// `{{nonce}}` in a header or an HTML file is replaced by a fresh per-response nonce.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1] || process.env.PORT || 4173);
const quiet = args.includes('--quiet');

const MOUNTS = [
  ['/examples/', join(root, 'examples')],
  ['/fixtures/', join(root, 'tests', 'fixtures')],
  ['/vendor/', join(root, 'examples', 'vendor')],
  ['/dist/', join(root, 'packages')],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.txt': 'text/plain; charset=utf-8',
};
const hits = [];
const records = [];

function resolvePath(urlPath) {
  if (urlPath === '/' || urlPath === '/index.html') return join(root, 'examples', 'index.html');
  for (const [prefix, dir] of MOUNTS) {
    if (!urlPath.startsWith(prefix)) continue;
    let rest = urlPath.slice(prefix.length);
    // /dist/<package>/<file> maps to packages/<package>/dist/<file>.
    if (prefix === '/dist/') {
      const [pkg, ...file] = rest.split('/');
      rest = [pkg, 'dist', ...file].join('/');
    }
    const path = normalize(join(dir, decodeURIComponent(rest)));
    return path.startsWith(dir + sep) || path === dir ? path : undefined;
  }
  return undefined;
}

async function folderHeaders(file) {
  // Nearest _headers.json from the file's folder upwards (within the repository).
  let dir = dirname(file);
  while (dir.startsWith(root) && dir !== root) {
    try {
      return JSON.parse(await readFile(join(dir, '_headers.json'), 'utf8'));
    } catch {
      dir = dirname(dir);
    }
  }
  return {};
}

function readBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const path = url.pathname;
  res.setHeader('Cache-Control', 'no-store');
  if (path === '/__health') return res.end('ok');
  if (path === '/collect' || path.startsWith('/collect/')) {
    hits.push({ method: req.method, path: url.pathname + url.search, body: await readBody(req), at: Date.now() });
    res.writeHead(204, { 'Access-Control-Allow-Origin': '*' });
    return res.end();
  }
  if (path === '/__records') {
    if (req.method === 'POST') {
      const body = await readBody(req);
      try {
        records.push(JSON.parse(body));
      } catch {
        records.push({ invalid: body });
      }
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES['.json'] });
    return res.end(JSON.stringify(records));
  }
  if (path === '/__hits') {
    if (req.method === 'DELETE') {
      hits.length = 0;
      records.length = 0;
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': TYPES['.json'] });
    return res.end(JSON.stringify(hits));
  }

  let file = resolvePath(path);
  try {
    if (!file) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    let body = await readFile(file);
    const nonce = randomBytes(16).toString('base64');
    const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' };
    for (const [name, value] of Object.entries(await folderHeaders(file))) {
      headers[name] = String(value).replaceAll('{{nonce}}', nonce);
    }
    if (extname(file) === '.html') body = Buffer.from(body.toString('utf8').replaceAll('{{nonce}}', nonce));
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': TYPES['.txt'] });
    res.end('not found');
  }
});

server.listen(port, '127.0.0.1', () => {
  if (!quiet) {
    console.log(`\nConsentKit demo: http://localhost:${port}/\n`);
    console.log('Press Ctrl+C to stop.');
  }
});
