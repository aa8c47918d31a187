/**
 * The UI's stylesheet. It lives in the shadow root, so page CSS cannot reach inside and ours
 * cannot leak out; sites theme it only through the `--ck-*` custom properties, which inherit
 * into the shadow tree from the host element (docs/theming.md). Contrast of every default pair
 * is ≥ 4.5:1 (WCAG 2.2 SC 1.4.3), controls' boundaries ≥ 3:1 (SC 1.4.11).
 */

// Dark palette, used by `prefers-color-scheme: dark` and by `ui.theme: 'dark'`.
const DARK = '--ck-bg:#1f2328;--ck-fg:#f3f4f6;--ck-muted:#d1d5db;--ck-accent:#93c5fd;--ck-on-accent:#111827;--ck-border:#9ca3af';

/**
 * Styles of the banner, the preference center, the opt-out dialog and the floating button (the
 * inline element and the placeholders add a rule or two of their own). Kept small on purpose,
 * as it counts against the banner's size budget: the panel look (`.b` banner, `.m` dialog) is
 * declared once; the banner is a corner box by default and `.bottom` / `.center` override only
 * what differs. The host ignores pointer events so the page under the empty overlay stays
 * usable; `all: initial` on `.r` turns them back on for the UI and resets whatever the page
 * would otherwise pass down by inheritance.
 */
export const CSS = `
:host{--ck-bg:#fff;--ck-fg:#1f2328;--ck-muted:#4b5563;--ck-accent:#1d4ed8;--ck-on-accent:#fff;--ck-border:#6b7280;--ck-radius:.5em;--ck-font:system-ui,sans-serif;--ck-space:1em;--ck-shadow:0 .25em 1.5em #0005}
:host(consentkit-banner){position:fixed;inset:0;pointer-events:none;z-index:2147483647}
:host([data-theme=dark]){${DARK}}
@media(prefers-color-scheme:dark){:host(:not([data-theme=light])){${DARK}}}
.r{all:initial;display:block;font:medium/1.5 var(--ck-font);color:var(--ck-fg)}
.b,.m{box-sizing:border-box;width:24em;max-width:calc(100% - 2em);max-height:calc(100% - 2em);margin:auto;padding:var(--ck-space);overflow:auto;background:var(--ck-bg);color:var(--ck-fg);border:1px solid var(--ck-border);border-radius:var(--ck-radius);box-shadow:var(--ck-shadow)}
.b{position:fixed;inset:auto;inset-inline-end:1em;bottom:1em}
.bottom .b{inset-inline:0;bottom:0;width:auto;max-width:none;max-height:100%;border-width:1px 0 0;border-radius:0}
.center .b{inset:0;width:32em;height:fit-content}
.c{position:relative;max-width:60em;margin:auto}
.m{width:40em;font:inherit}
.m:focus{outline:0}
.m::backdrop{background:#000a}
h2{font-size:1.25em;line-height:1.3;margin:0 0 .5em;padding-inline-end:2.5em}
p{margin:.5em 0}
a{color:inherit;text-underline-offset:.15em}
button{font:inherit;cursor:pointer;margin:0}
:focus-visible{outline:3px solid var(--ck-focus,var(--ck-accent));outline-offset:2px}
.a{display:flex;flex-wrap:wrap;gap:.5em;margin-top:var(--ck-space)}
.a button{flex:1 1 auto;min-height:2.75em;padding:.5em 1em;border:2px solid var(--ck-accent);border-radius:var(--ck-radius);background:var(--ck-accent);color:var(--ck-on-accent);font-weight:600}
.x{position:absolute;top:0;inset-inline-end:0;width:2.75em;height:2.75em;border:0;border-radius:50%;background:none;color:inherit;font-size:1.1em}
.d{color:var(--ck-muted)}
.h{font-weight:600}
.h:before{content:"\\2713\\a0"/""}
ul{list-style:none;margin:0;padding:0}
li li{display:inline-block;margin-inline-end:1em;font-family:ui-monospace,monospace;font-size:.9em}
.l>li{border-top:1px solid var(--ck-border);padding:.75em 0}
.w{display:flex;align-items:center;justify-content:space-between;gap:1em;font-weight:600}
.s{position:relative;flex:none;width:3.25em;height:1.75em;padding:0;border:2px solid var(--ck-muted);border-radius:1em;background:var(--ck-bg)}
.s:after{content:"";position:absolute;top:.2em;inset-inline-start:.2em;width:1.1em;height:1.1em;border-radius:50%;background:var(--ck-muted)}
.s[aria-checked=true]{background:var(--ck-accent);border-color:var(--ck-accent)}
.s[aria-checked=true]:after{inset-inline-start:1.6em;background:var(--ck-on-accent)}
.s:disabled{cursor:not-allowed;opacity:.7}
summary{cursor:pointer;width:fit-content}
.f{position:fixed;bottom:1em;inset-inline-start:1em;width:3em;height:3em;padding:.6em;border:2px solid var(--ck-bg);border-radius:50%;background:var(--ck-accent);color:var(--ck-on-accent);box-shadow:var(--ck-shadow)}
svg{display:block;width:100%;height:100%;fill:currentColor}
@media(prefers-reduced-motion:no-preference){.b{animation:i .3s ease-out}.s:after{transition:inset-inline-start .15s}@keyframes i{from{transform:translateY(1em)}}}
`;
