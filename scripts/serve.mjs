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
//   /__demo/set?region=&gpc=   the demo switches: sets the ck_region / ck_gpc cookies, back to /
//   /__demo/gpc.js             defines navigator.globalPrivacyControl = true (a browser with GPC on)
//
// Demo switches (pages under /examples/ and the index): `{{region}}` or `{{region:FR}}` (with a
// default) in an HTML file is replaced by the region from the `ck_region` query parameter or
// cookie; with `ck_gpc=1` (query or cookie) `<script src="/__demo/gpc.js"></script>` is put first
// in <head>, before ConsentKit, as an external file so a strict CSP ('self') still allows it.
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
// `--port N` means exactly N; otherwise PORT or 4173 is the first choice and the next free
// port is taken when it is busy (so a second `pnpm demo` does not fail).
const exactPort = args.includes('--port') ? args[args.indexOf('--port') + 1] : undefined;
const firstPort = Number(exactPort ?? (process.env.PORT || 4173));
const quiet = args.includes('--quiet');
if (!Number.isInteger(firstPort) || firstPort < 1 || firstPort > 65535) {
  console.error(`ConsentKit demo: "${exactPort ?? process.env.PORT}" is not a port number. Use --port 4180 (1-65535).`);
  process.exit(1);
}
const TRIES = exactPort ? 1 : 10;

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
const REGION = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;
const GPC_SCRIPT =
  '// Simulates a browser that sends Global Privacy Control (https://privacycg.github.io/gpc-spec/).\n' +
  "Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true, configurable: true });\n";

/** The demo switches of a request: region and GPC, from the query string first, then cookies. */
function demoSwitches(req, url) {
  const cookies = Object.fromEntries(
    (req.headers.cookie ?? '').split(';').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    }),
  );
  const region = (url.searchParams.get('ck_region') ?? cookies.ck_region ?? '').toUpperCase();
  const gpc = url.searchParams.get('ck_gpc') ?? cookies.ck_gpc;
  return { region: REGION.test(region) ? region : undefined, gpc: gpc === '1' };
}

/** Applies the demo switches to an example page (see the header). */
function applySwitches(html, { region, gpc }) {
  let out = html.replace(/\{\{region(?::([A-Z0-9-]+))?\}\}/g, (_, fallback) => region ?? fallback ?? '');
  out = out.replaceAll('{{demo.region}}', region ?? 'page default').replaceAll('{{demo.gpc}}', gpc ? 'on' : 'off');
  out = out.replaceAll('{{demo.gpcChecked}}', gpc ? 'checked' : '');
  if (gpc) out = out.replace(/<head(\s[^>]*)?>/i, (head) => `${head}\n<script src="/__demo/gpc.js"></script>`);
  return out;
}
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
  if (path === '/favicon.ico') {
    res.writeHead(204);
    return res.end();
  }
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

  if (path === '/__demo/gpc.js') {
    res.writeHead(200, { 'Content-Type': TYPES['.js'] });
    return res.end(GPC_SCRIPT);
  }
  if (path === '/__demo/set') {
    const region = (url.searchParams.get('region') ?? '').toUpperCase();
    const cookies = [
      REGION.test(region) ? `ck_region=${region}; Path=/; SameSite=Lax` : 'ck_region=; Path=/; Max-Age=0',
      url.searchParams.get('gpc') === '1' ? 'ck_gpc=1; Path=/; SameSite=Lax' : 'ck_gpc=; Path=/; Max-Age=0',
    ];
    res.writeHead(303, { Location: '/', 'Set-Cookie': cookies });
    return res.end();
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
    if (extname(file) === '.html') {
      let html = body.toString('utf8').replaceAll('{{nonce}}', nonce);
      if (file.startsWith(join(root, 'examples') + sep)) html = applySwitches(html, demoSwitches(req, url));
      body = Buffer.from(html);
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { 'Content-Type': TYPES['.txt'] });
    res.end('not found');
  }
});

let port = firstPort;
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && port < firstPort + TRIES - 1 && port < 65535) {
    if (!quiet) console.log(`Port ${port} is in use; trying ${port + 1}.`);
    port += 1;
    server.listen(port, '127.0.0.1');
    return;
  }
  // A clear line instead of a stack trace, and how to choose another port.
  const reason =
    error.code === 'EADDRINUSE'
      ? exactPort
        ? `port ${port} is already in use (another demo or server is running there)`
        : `ports ${firstPort}-${port} are all in use`
      : error.code === 'EACCES'
        ? `not allowed to listen on port ${port}`
        : error.message;
  console.error(`ConsentKit demo: cannot start: ${reason}.`);
  console.error('Stop the other server, or pick a free port: pnpm demo --port 4180 (or PORT=4180 pnpm demo).');
  process.exit(1);
});
server.on('listening', () => {
  if (!quiet) {
    console.log(`\nConsentKit demo: http://localhost:${port}/\n`);
    console.log('Press Ctrl+C to stop.');
  }
});
server.listen(port, '127.0.0.1');
