import { ConsentConfigError } from '@consentkit/core';

/**
 * Reads the configuration from the JSON block a script tag points at with `data-config`:
 * `<script type="application/json" id="consentkit-config">{ "policyVersion": "…" }</script>`.
 * A JSON block is data, never executed, so a strict Content-Security-Policy needs no
 * `'unsafe-inline'` for it. The block must come before the ConsentKit script in the page.
 *
 * Throws a `ConsentConfigError` naming `data-config` (no such block) or the block (not valid
 * JSON, not an object); the script tag then runs in fail-closed mode.
 */
export function readConfigBlock(doc: Document, selector: string): Record<string, unknown> {
  let block: Element | null;
  try {
    block = doc.querySelector(selector);
  } catch {
    throw new ConsentConfigError('data-config', 'must be a CSS selector such as "#consentkit-config"', selector);
  }
  if (!(block instanceof HTMLScriptElement) || block.type.toLowerCase() !== 'application/json') {
    throw new ConsentConfigError(
      'data-config',
      `must point at a <script type="application/json"> block placed before the ConsentKit script; "${selector}" ${block ? 'is not one' : 'matches nothing'}`,
    );
  }
  let config: unknown;
  try {
    config = JSON.parse(block.textContent ?? '');
  } catch (error) {
    throw new ConsentConfigError(selector, `is not valid JSON (${(error as Error).message})`);
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new ConsentConfigError(selector, 'must hold a JSON object such as { "policyVersion": "2026-11-01" }', config);
  }
  return config as Record<string, unknown>;
}
