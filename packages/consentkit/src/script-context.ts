/** What the script tag that loaded the bundle tells it. */
export interface ScriptContext {
  /** Selector of the JSON configuration block (`data-config`), if the tag names one. */
  readonly configSelector: string | undefined;
  /** The bundle's own directory (ends with `/`): lazily loaded files are fetched from here. */
  readonly baseUrl: string | undefined;
  /** The tag's CSP nonce, reused for the banner's `<style>` fallback in browsers without constructable stylesheets. */
  readonly nonce: string | undefined;
}

/**
 * Reads the loading `<script>` element (`document.currentScript`, only set while a classic
 * script runs for the first time, so it is read synchronously at start-up). Without it (the
 * bundle was injected as a module or evaluated by other code) nothing is auto-initialised and
 * lazily loaded files are not available: the page keeps English texts.
 */
export function readScriptContext(script: Element | null): ScriptContext {
  const tag = script instanceof HTMLScriptElement ? script : undefined;
  let baseUrl: string | undefined;
  try {
    baseUrl = tag?.src ? new URL('.', tag.src).href : undefined;
  } catch {
    baseUrl = undefined;
  }
  return {
    configSelector: tag?.getAttribute('data-config') ?? undefined,
    baseUrl,
    // The `nonce` property, not the attribute: browsers hide the attribute after parsing (HTML § nonce attributes).
    nonce: tag?.nonce || undefined,
  };
}
