import { decodeConsent } from './consent-cookie';
import { captureNativeCookie, cookieValues } from '../native-cookie';
import type { NativeCookie } from '../native-cookie';
import { cookieDeletions } from '../gating/storage-cleanup';
import type { ResolvedConfig } from '../types';

/** Where the encoded decision lives. */
export interface ConsentStorage {
  read(): string | undefined;
  write(value: string): void;
  /** False when the browser refuses cookies and the decision only lasts for this page. */
  readonly persistent: boolean;
}

/** Keeps the decision for this page only (cookies unavailable, or fail-closed mode). */
export function createMemoryStorage(): ConsentStorage {
  let value: string | undefined;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    persistent: false,
  };
}

/**
 * The newest decision among several values of the consent cookie (one per path or domain it
 * was set on: an earlier configuration, another app of the site). Values that do not decode
 * are skipped; with none valid, the first value, which decodes to no decision.
 */
export function newestValue(values: readonly string[]): string | undefined {
  let newest: string | undefined;
  let time = -Infinity;
  for (const value of values) {
    const timestamp = decodeConsent(value)?.timestamp;
    if (timestamp !== undefined && timestamp > time) [newest, time] = [value, timestamp];
  }
  return newest ?? values[0];
}

/**
 * The consent cookie: first-party, `SameSite=Lax`, `Secure` on https, with the configured
 * name, domain, path and lifetime, read and written through the native `document.cookie`
 * accessors captured now (page code that shadows `document.cookie` later cannot forge or
 * rewrite it). When several cookies of the name are visible, the newest valid decision is
 * read, and the next write deletes the others. If the browser does not keep the cookie
 * (cookies disabled, a sandboxed frame that throws on `document.cookie`), the decision is
 * kept in memory for this page instead.
 */
export function createCookieStorage(options: ResolvedConfig['cookie'], doc?: Document): ConsentStorage {
  const { name, path, domain, expiresDays } = options;
  const memory = createMemoryStorage();
  let jar: NativeCookie | undefined;
  // Server-side rendering or Node: no document, so the decision lives in memory.
  const page = doc ?? (typeof document === 'undefined' ? undefined : document);
  try {
    jar = captureNativeCookie(page!);
  } catch {
    // No document or no cookie accessor at all: the decision lives for this page only.
  }
  let persistent = !!jar;
  const values = () => cookieValues(jar!.read(), name);
  return {
    read: () => {
      if (!persistent) return memory.read();
      try {
        return newestValue(values());
      } catch {
        // A SecurityError (sandboxed document): no stored decision, so nothing non-essential runs.
        return undefined;
      }
    },
    write: (value) => {
      memory.write(value);
      if (!persistent) return;
      try {
        const location = page!.location;
        // Older cookies of the same name on other paths or domains would shadow this decision
        // on some pages: delete every copy this page can reach before writing the new one.
        if (values().length > 1) for (const deletion of cookieDeletions(name, location)) jar!.write(deletion);
        const secure = location.protocol === 'https:' ? '; Secure' : '';
        const expires = new Date(Date.now() + expiresDays * 864e5).toUTCString();
        jar!.write(`${name}=${value}; path=${path}${domain ? `; domain=${domain}` : ''}; expires=${expires}; SameSite=Lax${secure}`);
        if (values().includes(value)) return;
      } catch {
        // Fall through to memory: document.cookie throws in sandboxed documents.
      }
      persistent = false;
    },
    get persistent() {
      return persistent;
    },
  };
}
