import { installAutoBlocker, isLoader } from './auto-blocker';
import type { AutoBlocker } from './auto-blocker';
import { patchMethod, patchProperty } from './patch-property';
import { createCookiePolicy, installCookieGuard, releaseHeldCookies } from './cookie-guard';
import { TRACKER_COOKIES, createCookieCategorizer } from './cookie-rules';
import { createIframeGate } from './iframe-gate';
import { installNetworkGuard } from './network-guard';
import { createScriptGate } from './script-gate';
import { startStorageCleanup } from './storage-cleanup';
import { createStorageCategorizer, installStorageGuard } from './storage-guard';
import { enforcePolicy, strictPolicy } from './strict-mode';
import { TRACKER_HOSTS } from './tracker-hosts';
import { createUrlMatcher, parseUrlRule } from './url-rules';
import type { Category, ConsentManager } from '../types';

/** Options of `enableGating`. Every guard is on by default; turning one off lets more through. */
export interface GatingOptions {
  /** Hold tracker scripts, iframes and pixels that page code inserts without markup. Default `true`. */
  autoBlock?: boolean;
  /** Block `fetch`, `sendBeacon` and `XMLHttpRequest` to tracker hosts while denied. Default `true`. */
  network?: boolean;
  /** Guard `document.cookie` and `cookieStore` writes, and `localStorage` / `sessionStorage` `setItem`. Default `true`. */
  cookieGuard?: boolean;
  /** Delete cookies and storage keys of denied categories (at start — storage keys after the first paint — and on every change). Default `true`. */
  cleanup?: boolean;
  /** Built-in tracker hosts (`host[/path]` → category). Default `TRACKER_HOSTS`; `{}` keeps only `config.blockRules`. */
  trackerHosts?: Readonly<Record<string, Category>>;
  /** Built-in tracker cookies (`name` or `prefix*` → category). Default `TRACKER_COOKIES`. */
  trackerCookies?: Readonly<Record<string, Category>>;
}

/** What `enableGating` returns. */
export interface GatingHandle {
  /** Scans a subtree the observer cannot see (e.g. a closed shadow root) for markup and trackers. */
  rescan(root?: ParentNode): void;
  /**
   * Judges held cookie writes again and deletes the cookies and storage keys of denied
   * categories again, now: call it once a pending `cookieDb` has settled (loaded, or failed).
   * Returns the names deleted.
   */
  cleanUp(): string[];
  /** Removes the observers and patches (the cookie accessor stays, passing writes through). Held elements stay held. */
  stop(): void;
}

/**
 * Validated options; on a bad option, one clear error and the safest settings (every guard on).
 * Six keys of two kinds checked in one loop: the core's option checks (`checks.ts`) would add
 * about 220 bytes (brotli) to every page that imports `enableGating`.
 */
function readOptions(options: unknown): Required<GatingOptions> {
  const safe = { autoBlock: true, network: true, cookieGuard: true, cleanup: true, trackerHosts: TRACKER_HOSTS, trackerCookies: TRACKER_COOKIES };
  const known = Object.keys(safe);
  function fail(message: string): never {
    throw new TypeError(message);
  }
  if (options === undefined) return safe;
  try {
    if (typeof options !== 'object' || !options || Array.isArray(options)) fail('options must be an object');
    const result: Record<string, unknown> = { ...safe };
    for (const [key, value] of Object.entries(options)) {
      if (!known.includes(key)) fail(`"${key}" is not a known option`);
      if (value === undefined) continue;
      const table = typeof result[key] === 'object';
      if (typeof value !== typeof result[key] || value === null) fail(`"${key}" must be ${table ? 'an object of rule: category' : 'true or false'}`);
      if (table) {
        for (const [rule, category] of Object.entries(value)) {
          if (typeof category !== 'string' || !category) fail(`"${key}.${rule}" must be a category id`);
          if (key === 'trackerHosts') parseUrlRule(rule, category);
        }
      }
      result[key] = value;
    }
    return result as Required<GatingOptions>;
  } catch (error) {
    // Fail closed: a typo must not switch a guard off.
    console.error(`[consentkit] enableGating(): ${(error as Error).message}; using the defaults (every guard on).`);
    return safe;
  }
}

const handles = new WeakMap<ConsentManager, GatingHandle>();
type Win = Window & typeof globalThis;

/**
 * Turns on gating for a consent manager: marked-up scripts and embeds run on grant,
 * tracker scripts/iframes/pixels inserted without markup are held, requests to tracker
 * hosts are blocked, `document.cookie` writes are classified and dropped while their category
 * is denied, and denied categories' cookies and storage keys are deleted. Idempotent per
 * manager (a second call returns the same handle); safe to call while the document is still
 * parsing. Load ConsentKit first, synchronously, in `<head>` (docs/gating.md).
 *
 * A separate export from `createConsentManager`, so an app that gates its tags itself does not
 * pay for it.
 *
 * @example
 * const consent = createConsentManager({ policyVersion: '2026-11-01', region: 'FR' });
 * enableGating(consent);
 */
export function enableGating(manager: ConsentManager, options?: GatingOptions): GatingHandle {
  if (typeof manager?.on !== 'function' || typeof manager.config?.cookie?.name !== 'string') {
    throw new TypeError('ConsentKit enableGating(): expected a consent manager from createConsentManager()');
  }
  const existing = handles.get(manager);
  if (existing) return existing;
  const { autoBlock, network, cookieGuard, cleanup, trackerHosts, trackerCookies } = readOptions(options);
  // Server-side rendering: nothing to gate.
  if (typeof document === 'undefined') return { rescan() {}, cleanUp: () => [], stop() {} };

  const doc = document;
  const config = manager.config;
  // A local copy of the consent, kept current by the first 'change' listener: the guards ask
  // on every cookie write and insertion, and reading the store each time costs more.
  let consent = manager.getConsent();
  const stops = [manager.on('change', (next) => void (consent = next))];
  const isGranted = (category: Category) => consent[category] === true;
  const match = createUrlMatcher(config.blockRules, trackerHosts);
  // `necessary` is never blocked: that is how a site lets a tracker host through (blockRules).
  const blockedCategory = (url: string) => {
    const category = match(url);
    return category && category !== 'necessary' && !isGranted(category) ? category : undefined;
  };
  const categorize = createCookieCategorizer(config, trackerCookies);
  const storageCategory = createStorageCategorizer(config, trackerCookies);
  // Elements ConsentKit itself releases; auto-blocking leaves them alone.
  const exempt = new WeakSet<Element>();
  /**
   * Fail closed: each guard starts on its own, so one that throws (a sandboxed frame throws a
   * SecurityError on document.cookie and localStorage) leaves every other guard on.
   */
  const start = <T>(what: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      console.error(`[consentkit] gating: the ${what} could not start; the other guards are on:`, error);
      return undefined;
    }
  };
  const stopWith = (stop: (() => void) | undefined) => void (stop && stops.push(stop));

  const policy = cookieGuard ? createCookiePolicy(manager, categorize, isGranted) : undefined;
  const denied = (key: string) => {
    const category = storageCategory(key);
    return !!category && category !== 'necessary' && !isGranted(category);
  };
  // Denied cookies are deleted now; denied storage keys after the first paint, or as soon as
  // something uses Web Storage through the storage guard (with the cookie guard; without it,
  // now). docs/gating.md, "Cleanup on refusal and withdrawal".
  const cleaner = cleanup ? start('cleanup', () => startStorageCleanup(manager, categorize, doc, storageCategory, !!policy)) : undefined;
  stopWith(cleaner?.stop);
  // Created before any window is guarded: auto-blocking asks it about marked-up embeds.
  const embeds = createIframeGate(isGranted, exempt);
  const blockers: AutoBlocker[] = [];
  const guardedDocs: Document[] = [];
  /**
   * Installs the guards in a window: this page's, each same-origin frame's (an `about:blank` or
   * `srcdoc` iframe hands page code fresh natives: `fetch`, `Image`, `document.cookie`,
   * `appendChild`) and each same-origin popup's. A frame is guarded when it is inserted, when
   * the observer sees it, when page code reaches it through `contentWindow` / `contentDocument`,
   * and again each time it loads a page; a window `open()` returns, before it is returned. A
   * cross-origin window throws on access and is left alone (its requests are its own origin's).
   *
   * Guarded is a realm, not a `WindowProxy`: a frame or popup that navigates keeps its
   * `WindowProxy` (`contentWindow`, `frames[i]`) but gets a new window with new natives, so
   * `realms` holds each window's prototype (a `Window` cannot change its prototype, and a new
   * realm has a new one) and each document. A document that replaces the initial `about:blank`
   * in the same realm (a popup opened with a same-origin URL) only gets the listeners.
   */
  const realms = new WeakSet<object>();
  let stopped = false;
  const guardFrames = (win: Win) => {
    for (let i = 0; i < win.length; i++) guard(win[i] as Win);
  };
  /**
   * A frame (in any guarded document or watched shadow root) that loaded: a new page, a new
   * realm to guard. Images and scripts load too (without a window: nothing to do, no throw).
   */
  const onLoad = (event: Event) => {
    const win = (event.target as HTMLIFrameElement).contentWindow;
    if (win) guard(win as Win);
  };
  /**
   * A popup's or frame's page is going away (`pagehide`): the next page's realm is guarded in
   * the next task (the browser puts the next page in right after the old one unloads), else as
   * soon as a look every 50 ms finds it, until the window is closed (also while it shows a
   * cross-origin page, which may come back to this origin).
   */
  const follow = (win: Win, wait = 0): unknown =>
    setTimeout(() => {
      try {
        if (stopped || win.closed) return;
        if (realms.has(win.document)) return follow(win, 50);
      } catch {
        return follow(win, 50);
      }
      guard(win);
    }, wait);
  const guard = (win: Win) => {
    let frameDoc: Document;
    let realm: object;
    try {
      frameDoc = win.document;
      realm = Object(Object.getPrototypeOf(win));
    } catch {
      return;
    }
    // After stop(), the listeners below stay (they do nothing).
    if (stopped || realms.has(frameDoc)) return;
    realms.add(frameDoc);
    guardedDocs.push(frameDoc);
    start('navigation guard', () => frameDoc.addEventListener('load', onLoad, true));
    if (realms.has(realm)) return;
    realms.add(realm);
    if (win !== window) start('navigation guard', () => win.addEventListener('pagehide', () => follow(win)));
    // Windows page code opens: guarded before it gets them (also `open('', name)`, which can
    // return a frame no `frames[i]` lists, one in a closed shadow root).
    stopWith(
      start('window.open guard', () =>
        patchMethod(
          win,
          'open',
          (open) =>
            function (this: unknown, ...args: unknown[]) {
              const opened = open.apply(this ?? win, args);
              guard(opened);
              return opened;
            },
        ),
      ),
    );
    if (network) stopWith(start('network guard', () => installNetworkGuard(win, blockedCategory)));
    const blocker = autoBlock
      ? start('auto-blocker', () => installAutoBlocker(win, blockedCategory, isGranted, exempt, () => guardFrames(win), match.clear, embeds.holds))
      : undefined;
    if (blocker) {
      blockers.push(blocker);
      stops.push(blocker.stop);
    }
    if (policy) {
      stopWith(start('cookie guard', () => installCookieGuard(frameDoc, policy)));
      // Fail closed: where nothing stands in front of Web Storage, its start-up cleanup runs now.
      stopWith(start('storage guard', () => installStorageGuard(win, denied, cleaner?.flush)) ?? cleaner?.flush());
    }
    if (!autoBlock) return;
    // Frames reached through the element (inserted ones: by the auto-blocker and the observer).
    stopWith(
      start('frame guard', () => {
        const restores = ['contentWindow', 'contentDocument'].map((key) =>
          patchProperty(
            win.HTMLIFrameElement.prototype,
            key,
            ({ get }) =>
              get && {
                get(this: HTMLIFrameElement) {
                  const frame = get.call(this);
                  if (frame) guard(frame.defaultView ?? frame);
                  return frame;
                },
              },
          ),
        );
        return () => restores.forEach((restore) => restore?.());
      }),
    );
    guardFrames(win);
  };
  guard(window);
  const release = () => cookieGuard && guardedDocs.forEach(releaseHeldCookies);
  // Strict mode: while a category is denied, the browser itself allows only the site, its
  // declared hosts and the hosts of granted categories; a grant reloads the page into a
  // policy that lets the newly granted tags run (a meta policy cannot be relaxed in place).
  const strict = config.strictMode;
  const waiting = config.categories.map((c) => c.id).filter((id) => id !== 'necessary' && !isGranted(id));
  if (strict && waiting.length) {
    const rules = { ...trackerHosts, ...config.blockRules };
    // A rule matches its host, subdomains and any path below it: the CSP sources `host` and `*.host`.
    const hosts = Object.keys(rules)
      .filter((rule) => rules[rule] === 'necessary' || isGranted(rules[rule]!))
      .flatMap((rule) => [rule.replace(/\/.*/, ''), '*.' + rule.replace(/^\*\.|\/.*/g, '')]);
    const endpoint = config.recordEndpoint && new URL(config.recordEndpoint, doc.baseURI).host;
    if (
      start('strict mode', () =>
        enforcePolicy(doc, strictPolicy([...(strict === true ? [] : (strict.allow ?? [])), ...hosts, ...(endpoint ? [endpoint] : [])])),
      )
    ) {
      stops.push(manager.on('change', () => waiting.some(isGranted) && location.reload()));
    }
  }
  const scripts = createScriptGate(doc, isGranted, exempt);

  /** `whole`: in the observer's callback, the nodes it has scanned whole so far (see there). */
  const scan = (root: Node, whole?: Set<Node>) => {
    // Fast path for the most common insertion, a leaf element that loads nothing (or a text
    // node): no gate looks at it (gated markup is a script, iframe or img).
    watch((root as Element).shadowRoot);
    if (!isLoader(root) && !(root as Element).firstElementChild) return;
    // False when a patched path has just checked `root` (and the blocker skips it).
    const checked = blockers[0]?.check(root);
    // A leaf script/iframe/img without markup: nothing for the gates either.
    if ((root as Element).firstElementChild || (root as Element).hasAttribute?.('data-category')) {
      embeds.scan(root as ParentNode);
      scripts.scan(root as ParentNode);
    }
    if (checked) whole?.add(root);
  };
  // Scripts in <head> run while the parser is still building the page: the elements parsed
  // so far are scanned now, the rest as the parser inserts them. The parser yields to
  // microtasks before it runs a script, so an observed tracker `<script>` is neutralised
  // before it executes (its request may already have been made by the preload scanner).
  //
  // A node this callback has scanned whole (the blocker walked all of it and the gates queried
  // it, as it is now, after every mutation of the batch) already holds what any later record
  // added to it: such a record's nodes are not scanned again, only their shadow roots watched
  // (a scan walks no shadow root). That is the common "insert a container, then fill it"
  // (a record per row). A node a patched path has just checked is not scanned whole (its
  // check is skipped), so what was added to it is scanned as before.
  const observer = new MutationObserver((records) => {
    const whole = new Set<Node>();
    // Indexed loops, over the records too: a NodeList.forEach callback per record costs more
    // than the scan itself, and a for…of over a thousand records more than the rest.
    for (let r = 0; r < records.length; r++) {
      const record = records[r]!;
      const seen = whole.has(record.target);
      for (let nodes = record.addedNodes, i = 0; i < nodes.length; i++) {
        if (seen) watch((nodes[i] as Element).shadowRoot);
        else scan(nodes[i]!, whole);
      }
    }
    guardFrames(window);
  });
  /** Observes and scans a shadow root: the document's observer does not see into one. */
  const watch = (root: ShadowRoot | null | undefined) => {
    if (!root) return;
    observer.observe(root, { childList: true, subtree: true });
    // A frame's load event does not leave its shadow root.
    root.addEventListener('load', onLoad, true);
    scan(root);
  };
  observer.observe(doc, { childList: true, subtree: true });
  scan(doc);
  // Shadow roots page code attaches (closed ones too), and declarative ones the parser
  // attached to an element the observer sees.
  stopWith(
    patchProperty(
      Element.prototype,
      'attachShadow',
      ({ value }) =>
        typeof value === 'function' && {
          value(this: Element, init: ShadowRootInit) {
            const root = value.call(this, init) as ShadowRoot;
            watch(root);
            return root;
          },
        },
    ),
  );
  stops.push(
    () => observer.disconnect(),
    manager.on('change', () => {
      release();
      blockers.forEach((blocker) => blocker.release());
      embeds.update();
      scripts.update();
    }),
  );

  const handle: GatingHandle = Object.freeze({
    rescan: (root: ParentNode = doc) => scan(root as unknown as Node),
    cleanUp() {
      release();
      return cleaner?.clean() ?? [];
    },
    stop() {
      stopped = true;
      handles.delete(manager);
      for (const stop of stops.splice(0).reverse()) stop();
    },
  });
  handles.set(manager, handle);
  return handle;
}
