/**
 * Reads the Global Privacy Control signal. Only `navigator.globalPrivacyControl === true`
 * counts (GPC spec: the property is a boolean; anything else, including `"1"`, is not a
 * signal). Browsers fix the value per navigation, so the manager reads it once at start.
 */
export function readGpc(nav: Partial<Navigator> | undefined = globalThis.navigator): boolean {
  try {
    return (nav as { globalPrivacyControl?: unknown } | undefined)?.globalPrivacyControl === true;
  } catch {
    // A hostile getter must not break start-up; without a readable signal there is nothing to honour.
    return false;
  }
}
