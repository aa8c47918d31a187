import Cookies from 'js-cookie';
import type { ResolvedConfig } from './types';

/** Where the encoded decision lives. */
export interface ConsentStorage {
  read(): string | undefined;
  write(value: string): void;
  /** False when the browser refuses cookies and the decision only lasts for this page. */
  readonly persistent: boolean;
  /** True only while this storage writes its cookie, so the cookie guard can refuse forged writes. */
  readonly writing: boolean;
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
    writing: false,
  };
}

/**
 * The consent cookie: first-party, `SameSite=Lax`, `Secure` on https, with the configured
 * name, domain, path and lifetime. If the browser does not keep the cookie (cookies
 * disabled, a sandboxed frame), the decision is kept in memory for this page instead.
 */
export function createCookieStorage(options: ResolvedConfig['cookie']): ConsentStorage {
  // The value is already cookie-safe (see consent-cookie.ts): write and read it verbatim.
  const jar = Cookies.withConverter<string>({ read: (v) => v, write: (v) => v }).withAttributes({
    path: options.path,
    domain: options.domain,
    sameSite: 'Lax',
    secure: typeof location !== 'undefined' && location.protocol === 'https:',
    expires: options.expiresDays,
  });
  const memory = createMemoryStorage();
  let persistent = true;
  let writing = false;
  const storage: ConsentStorage = {
    read: () => {
      if (!persistent) return memory.read();
      try {
        return jar.get(options.name);
      } catch {
        return undefined;
      }
    },
    write: (value) => {
      memory.write(value);
      writing = true;
      try {
        jar.set(options.name, value);
        if (jar.get(options.name) === value) return;
      } catch {
        // Fall through to memory: document.cookie can throw in sandboxed documents.
      } finally {
        writing = false;
      }
      persistent = false;
    },
    get persistent() {
      return persistent;
    },
    get writing() {
      return writing;
    },
  };
  return storage;
}
