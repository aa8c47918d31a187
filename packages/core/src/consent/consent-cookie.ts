import type { ConsentChoices, DecisionMethod, StoredDecision } from '../types';

/**
 * Encoding of the consent cookie, format version 1 (documented in docs/storage-and-records.md):
 *
 *   1|<time>|<policy>|<choices>|<method>|<flags>|<subject id>|<record id>
 *
 * - time: decision time, seconds since the epoch in base 36
 * - policy: the policy version, percent-encoded
 * - choices: `.`-separated `<id><0|1>`; `a` = analytics, `t` = targeting, other ids in full
 * - method: index in METHODS (0 accept-all, 1 reject-all, 2 custom, 3 close, 4 gpc, 5 withdraw, 6 expire)
 * - flags: a digit; bit 1 = decided, 2 = GPC honoured, 4 = targeting granted over GPC
 * - subject id, record id: random UUIDs
 *
 * `necessary` is never stored: it is always granted. Only cookie-safe characters are used.
 */
export const CONSENT_COOKIE_FORMAT = '1';

/** Decision methods, in the order of their codes in the cookie. */
export const METHODS: readonly DecisionMethod[] = ['accept-all', 'reject-all', 'custom', 'close', 'gpc', 'withdraw', 'expire'];

const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;
/** Clock skew tolerated for a decision time in the future: one day, in seconds. */
const SKEW = 86400;

/** Encodes a stored decision as the consent cookie's value. */
export function encodeConsent(d: StoredDecision): string {
  return [
    CONSENT_COOKIE_FORMAT,
    Math.floor(d.timestamp / 1000).toString(36),
    encodeURIComponent(d.policyVersion),
    Object.keys(d.choices)
      .filter((id) => id !== 'necessary')
      .map((id) => (id === 'analytics' ? 'a' : id === 'targeting' ? 't' : id) + +d.choices[id]!)
      .join('.'),
    METHODS.indexOf(d.method),
    +d.decided | (+d.gpc << 1) | (+d.gpcOverride << 2),
    d.subjectId,
    d.recordId,
  ].join('|');
}

/**
 * Decodes a consent cookie value. Returns `undefined` for anything that is not exactly a
 * version-1 value: malformed, truncated, oversized, tampered out of shape, from a future
 * format version, or dated in the future. It never throws: a visitor whose cookie cannot be
 * read is undecided, so nothing non-essential runs.
 */
export function decodeConsent(value: unknown, now = Date.now()): StoredDecision | undefined {
  try {
    // 600 characters is more than any honest value (a 64-character policy, 8 categories).
    const [format, time, policy, list, method, flags, subjectId, recordId, extra] = typeof value === 'string' && value.length < 600 ? value.split('|') : [];
    const seconds = parseInt(time!, 36);
    const policyVersion = decodeURIComponent(policy!);
    const choices: Record<string, boolean> = { necessary: true };
    for (const entry of list ? list.split('.') : []) {
      const [, short, bit] = /^([a-z][\w-]{0,31})([01])$/.exec(entry)!;
      const id = short === 'a' ? 'analytics' : short === 't' ? 'targeting' : short!;
      if (id in choices) return undefined;
      choices[id] = bit === '1';
    }
    if (
      format !== CONSENT_COOKIE_FORMAT ||
      extra !== undefined ||
      !/^[\da-z]{1,8}$/.test(time!) ||
      seconds > now / 1000 + SKEW ||
      !/^.{1,64}$/s.test(policyVersion) ||
      // Only the canonical encoding is accepted: what encodeConsent wrote, nothing looser.
      encodeURIComponent(policyVersion) !== policy ||
      !/^[0-6]$/.test(method!) ||
      !/^[0-7]$/.test(flags!) ||
      !UUID.test(subjectId!) ||
      !UUID.test(recordId!)
    ) {
      return undefined;
    }
    return {
      decided: (+flags! & 1) > 0,
      timestamp: seconds * 1000,
      policyVersion,
      choices: choices as ConsentChoices,
      method: METHODS[+method!]!,
      gpc: (+flags! & 2) > 0,
      gpcOverride: (+flags! & 4) > 0,
      subjectId: subjectId!,
      recordId: recordId!,
    };
  } catch {
    // A malformed entry or percent-escape lands here: treated as no decision.
    return undefined;
  }
}
