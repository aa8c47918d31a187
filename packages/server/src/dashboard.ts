import { randomBytes } from 'node:crypto';
import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { bearerToken, isAdminToken } from './admin-auth';
import { storageProblem, verifyStore } from './admin-api';
import { createRateLimiter } from './rate-limiter';
import type { AppContext, AppEnv } from './records-app';
import type { LoggedRecord, StatsGroup } from './record-store';
import { escapeHtml as e, rateBarChart, stackedBarChart, type Series } from './svg-charts';

/** Cookie that holds a dashboard session (random, kept in memory, 8 hours). */
const SESSION_COOKIE = 'consentkit_session';
const SESSION_MS = 8 * 3_600_000;
const DAYS = 30;

/** Methods in chart order with their legend labels and colours (WCAG AA against white). */
export const METHOD_SERIES: readonly Series[] = [
  { key: 'accept-all', label: 'Accept all', color: '#1a7f37' },
  { key: 'reject-all', label: 'Reject all', color: '#cf222e' },
  { key: 'custom', label: 'Custom', color: '#8250df' },
  { key: 'close', label: 'Closed', color: '#57606a' },
  { key: 'gpc', label: 'GPC', color: '#0969da' },
  { key: 'withdraw', label: 'Withdrawn', color: '#bc4c00' },
  { key: 'expire', label: 'Expired', color: '#6639ba' },
];

function page(nonce: string, title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title><style nonce="${nonce}">
body{font:15px/1.45 system-ui,sans-serif;color:#1f2328;margin:0 auto;max-width:960px;padding:1rem 1.25rem}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}table{border-collapse:collapse;width:100%;font-size:13px}
th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #d0d7de}code{font-size:12px}
.ok{color:#1a7f37;font-weight:600}.bad{color:#cf222e;font-weight:600}.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem;font-size:13px}
label{display:block;margin:.5rem 0 .25rem}input{font:inherit;padding:.35rem;width:22rem;max-width:100%}button{font:inherit;padding:.35rem .9rem;margin-top:.5rem}
.error{color:#cf222e}header{display:flex;justify-content:space-between;align-items:center}
</style></head><body>${body}</body></html>`;
}

function htmlResponse(c: Context, status: number, title: string, body: (nonce: string) => string): Response {
  const nonce = randomBytes(16).toString('base64');
  return c.html(page(nonce, title, body(nonce)), status as 200, {
    'content-security-policy': `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
    'cache-control': 'no-store',
    'referrer-policy': 'no-referrer',
    'x-content-type-options': 'nosniff',
  });
}

const loginForm = (c: Context, status: number, message?: string) =>
  htmlResponse(
    c,
    status,
    'Sign in · ConsentKit records',
    () => `<main><h1>ConsentKit consent records</h1>
<form method="post" action="/dashboard/login">
${message ? `<p class="error" role="alert">${e(message)}</p>` : ''}
<label for="token">Admin token</label><input id="token" name="token" type="password" autocomplete="current-password" required>
<div><button type="submit">Sign in</button></div></form>
<p>The token is in the environment variable <code>CONSENTKIT_ADMIN_TOKEN</code> or the file <code>admin-token</code> in the data directory.</p></main>`,
  );

function sumGroups(groups: readonly StatsGroup[]) {
  const methods: Record<string, number> = {};
  const categories: Record<string, { granted: number; total: number }> = {};
  let total = 0;
  for (const g of groups) {
    total += g.total;
    for (const [m, n] of Object.entries(g.methods)) methods[m] = (methods[m] ?? 0) + n;
    for (const [k, v] of Object.entries(g.categories)) {
      const c = (categories[k] ??= { granted: 0, total: 0 });
      c.granted += v.granted;
      c.total += v.total;
    }
  }
  return { total, methods, categories };
}

function recordRow(r: LoggedRecord): string {
  const granted = Object.entries(r.choices)
    .filter(([, v]) => v)
    .map(([k]) => k)
    .join(', ');
  return (
    `<tr><td>${r.index}</td><td>${e(r.receivedAt.replace('T', ' ').slice(0, 19))}</td><td><code>${e(r.subjectId.slice(0, 8))}…</code></td>` +
    `<td>${e(r.method)}</td><td>${e(r.region ?? '—')}</td><td>${e(r.regime)}</td><td>${e(granted)}</td><td>${r.gpc ? 'yes' : 'no'}</td></tr>`
  );
}

/** Mounts `GET /dashboard` (bearer or session cookie), its login form and sign-out. */
export function mountDashboard(app: Hono<AppEnv>, ctx: AppContext): void {
  const sessions = new Map<string, number>();
  const loginLimit = createRateLimiter({ perMinute: 10, burst: 10 });
  const hasSession = (c: Context) => {
    const id = getCookie(c, SESSION_COOKIE);
    const until = id ? sessions.get(id) : undefined;
    return until !== undefined && until > Date.now();
  };

  app.post('/dashboard/login', async (c) => {
    if (c.env?.remoteAddress && loginLimit(c.env.remoteAddress) > 0) return loginForm(c, 429, 'Too many attempts; wait a minute.');
    const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
    const token = typeof form.token === 'string' ? form.token : undefined;
    if (!isAdminToken(token, ctx.adminToken)) return loginForm(c, 401, 'That token is not right.');
    const id = randomBytes(32).toString('base64url');
    for (const [k, until] of sessions) if (until < Date.now()) sessions.delete(k);
    sessions.set(id, Date.now() + SESSION_MS);
    const secure = new URL(c.req.url).protocol === 'https:' ? '; Secure' : '';
    // The token itself never goes into a URL or a cookie: the cookie holds a random session id.
    c.header('set-cookie', `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Path=/dashboard; Max-Age=${SESSION_MS / 1000}${secure}`);
    return c.redirect('/dashboard', 303);
  });

  app.post('/dashboard/logout', (c) => {
    const id = getCookie(c, SESSION_COOKIE);
    if (id) sessions.delete(id);
    c.header('set-cookie', `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/dashboard; Max-Age=0`);
    return c.redirect('/dashboard', 303);
  });

  app.get('/dashboard', async (c) => {
    const viaBearer = isAdminToken(bearerToken(c.req.header('authorization')), ctx.adminToken);
    if (!viaBearer && !hasSession(c)) return loginForm(c, 401);
    try {
      const store = await ctx.store();
      const today = new Date(new Date().toISOString().slice(0, 10));
      const from = new Date(today.getTime() - (DAYS - 1) * 86_400_000);
      const to = new Date(today.getTime() + 86_400_000);
      const [byDay, byRegion, latest, verified] = await Promise.all([
        store.stats(from, to, 'day'),
        store.stats(from, to, 'region'),
        store.latest(20),
        verifyStore(store),
      ]);
      const sum = sumGroups(byDay);
      const dayBars = Array.from({ length: DAYS }, (_, i) => {
        const key = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
        return { label: key.slice(5), values: byDay.find((g) => g.key === key)?.methods ?? {} };
      });
      const accept = (g: { methods: Record<string, number>; total: number }) => (g.total ? (g.methods['accept-all'] ?? 0) / g.total : 0);
      const regionRows = byRegion
        .sort((a, b) => b.total - a.total)
        .slice(0, 12)
        .map((g) => ({ label: g.key, rate: accept(g), count: g.total }));
      const categoryRows = Object.entries(sum.categories)
        .filter(([k]) => k !== 'necessary')
        .map(([k, v]) => ({ label: k, rate: v.total ? v.granted / v.total : 0, count: v.total }));
      const methodRows = METHOD_SERIES.map((s) => `<tr><th scope="row">${e(s.label)}</th><td id="method-${s.key}">${sum.methods[s.key] ?? 0}</td></tr>`).join(
        '',
      );
      const status = verified.ok
        ? `<p id="verify-status" class="ok">Log verified: ${verified.count} entries, head <code>${verified.head.slice(0, 16)}…</code></p>`
        : `<p id="verify-status" class="bad" role="alert">Log verification FAILED at entry ${verified.firstBadIndex}: ${e(verified.reason)}</p>`;
      return htmlResponse(
        c,
        200,
        'Dashboard · ConsentKit records',
        () => `<header><h1>ConsentKit consent records</h1>
${viaBearer ? '' : '<form method="post" action="/dashboard/logout"><button type="submit">Sign out</button></form>'}</header>
<main>${status}
<p>Last ${DAYS} days (UTC, by time received): <strong id="total-records">${sum.total}</strong> records.</p>
<h2 id="by-method">Decisions per day by method</h2>${stackedBarChart('chart-days', `Decisions per day over the last ${DAYS} days, by method`, dayBars, METHOD_SERIES)}
<table aria-labelledby="by-method"><thead><tr><th scope="col">Method</th><th scope="col">Records</th></tr></thead><tbody>${methodRows}</tbody></table>
<h2>Accept-all rate by region</h2>${regionRows.length ? rateBarChart('chart-regions', 'Share of decisions that accepted all, by region', regionRows, '#1a7f37') : '<p>No records yet.</p>'}
<h2>Granted rate by category</h2>${categoryRows.length ? rateBarChart('chart-categories', 'Share of decisions that granted each category', categoryRows, '#0969da') : '<p>No records yet.</p>'}
<h2 id="latest">Latest records</h2><table aria-labelledby="latest"><thead><tr><th scope="col">#</th><th scope="col">Received (UTC)</th><th scope="col">Subject</th><th scope="col">Method</th>
<th scope="col">Region</th><th scope="col">Regime</th><th scope="col">Granted</th><th scope="col">GPC</th></tr></thead><tbody>${latest.map(recordRow).join('')}</tbody></table>
</main>`,
      );
    } catch (error) {
      return storageProblem(ctx, error);
    }
  });
}
