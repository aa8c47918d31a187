/**
 * What a cookie's value looks like, one of:
 * - `id`: a unique identifier — a UUID, a long hex/base64 token, or an analytics client id such as
 *   `GA1.2.1234567890.1700000000` (digits-and-dots with a 9+ digit run). Long-lived, it is what trackers store.
 * - `consent`: a recorded consent choice — an IAB TCF/GPP string (`CP…`/`DBAB…` base64url of 20+ characters) or a JSON /
 *   URL-encoded object naming categories or consent (`{"necessary":true,"analytics":false}`).
 * - `flag`: a short switch — at most 8 characters (`1`, `true`, `yes`, `dismissed`, `en`).
 * - `other`: anything else (including an empty value).
 */
export type ValueShape = 'id' | 'consent' | 'flag' | 'other';

const UUID_RE = /[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}/i;
/** A long token that mixes letters and digits (not a word or a sentence). */
const TOKEN_RE = /^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9+/_=-]{16,}$/;
const CLIENT_ID_RE = /^[A-Za-z0-9]*[.|]?(?:\d+[.|])*\d{9,}(?:[.|]\d+)*$/;
const TCF_RE = /^(?:C[A-Za-z0-9_-]{19,}|DBA[A-Za-z0-9_-]{17,})(?:[.~][A-Za-z0-9_.~-]*)?$/;
const CONSENT_JSON_RE = /(necessary|essential|consent|analytics|marketing|statistics|preferences|categories)/i;

/**
 * Classifies the shape of a cookie value (see `ValueShape`). Values longer than 4 KB (the RFC 6265 size a browser
 * must at least support) are `other`. Cheap: a few anchored regular expressions.
 *
 * @example
 * valueShape('8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11'); // 'id'
 * valueShape('CQBx2UAQBx2UAAHABBENBJFgAAAAAAAAAAAAAAAAAAAA'); // 'consent'
 * valueShape('1'); // 'flag'
 */
export function valueShape(value: unknown): ValueShape {
  if (typeof value !== 'string' || value.length === 0 || value.length > 4096) return 'other';
  let text = value;
  if (text.includes('%')) {
    try {
      text = decodeURIComponent(text);
    } catch {
      // A malformed escape is not a reason to fail: judge the raw text.
    }
  }
  if ((text.startsWith('{') || text.startsWith('[')) && CONSENT_JSON_RE.test(text)) return 'consent';
  if (TCF_RE.test(text)) return 'consent';
  if (text.length <= 8) return 'flag';
  if (UUID_RE.test(text) || CLIENT_ID_RE.test(text)) return 'id';
  // A long token mixing letters and digits is a random id.
  if (TOKEN_RE.test(text)) return 'id';
  return 'other';
}
