/**
 * `consentTool` names for autoconsent's rule names where lower-casing and dropping a suffix do
 * not give the tool's own name.
 */
const RENAMED: Readonly<Record<string, string>> = {
  cybotcookiebot: 'cookiebot',
  'cookie-law-info': 'cookieyes',
  'uk cookie consent': 'ukcookieconsent',
};

/**
 * The tool name the report uses for an autoconsent rule name: lower case, without a version
 * (`cookieconsent3` → `cookieconsent`), without the variant a tool has several rules for
 * (`usercentrics-api`, `TrustArc-top`, `Complianz banner`, `consentmanager.net`), and the tool's
 * own name where the rule's differs (`Cybotcookiebot` → `cookiebot`). `null` for rules that name
 * no tool: autoconsent's generated per-site rules (`auto_…`) and its heuristic detector.
 *
 * @example
 * toolName('Klaro') // 'klaro'
 */
export function toolName(rule: string): string | null {
  const lower = rule.trim().toLowerCase();
  if (!lower || lower.startsWith('auto_') || lower.startsWith('heuristic')) return null;
  const renamed = RENAMED[lower];
  if (renamed) return renamed;
  const name = lower
    .replace(/[ -](api|button|banner|top|frame|newcm|ncmp|modal|popup|categories|notice|opt-?out|opt-?in|deny)$/, '')
    .replace(/\.(com|net|io|js)$/, '')
    .replace(/[-_ ]?v?\d+$/, '');
  return RENAMED[name] ?? (name || null);
}
