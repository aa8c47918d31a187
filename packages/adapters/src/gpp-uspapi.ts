import type { ConsentManager } from '@consentkit/core';
import { addLocator, answer, listenForFrames } from './gpp-stub';

/** The legacy US Privacy API function, `window.__uspapi(command, version, callback)`. */
export type UspApiFunction = (command?: unknown, version?: unknown, callback?: unknown) => void;

/**
 * The visitor's US Privacy string (IAB CCPA "US Privacy String" v1): version `1`, notice given,
 * opted out of sale, LSPA covered. `1YNN` after a notice without opt-out; `1YYN` when `targeting`
 * is denied (by the visitor or by GPC); `1---` outside the US, where the CCPA does not apply.
 */
export function uspString(manager: ConsentManager): string {
  const us = manager.region === 'US' || !!manager.region?.startsWith('US-') || (manager.region === undefined && manager.regime === 'opt-out');
  if (!us) return '1---';
  const notice = manager.regime === 'none' ? 'N' : 'Y';
  return `1${notice}${manager.getConsent().targeting === true ? 'N' : 'Y'}N`;
}

/**
 * Installs the legacy `window.__uspapi` (deprecated by the IAB on 31 Jan 2024 in favour of GPP;
 * ConsentKit offers it off by default, `uspapi: true`), its `__uspapiLocator` frame and the
 * `{ __uspapiCall }` → `{ __uspapiReturn }` messages for child frames.
 * `__uspapi('getUSPData', 1, cb)` calls `cb({ version: 1, uspString }, true)` with the current
 * string; any other command or version gets `(null, false)`. A `__uspapi` that another CMP
 * installed is left alone. Returns the function that removes it.
 */
export function installUspApi(win: Window, manager: ConsentManager): () => void {
  const w = win as Window & { __uspapi?: UspApiFunction };
  if (typeof w.__uspapi === 'function') {
    console.warn('[consentkit] window.__uspapi already exists (another CMP?); ConsentKit does not install its own.');
    return () => {};
  }
  const api: UspApiFunction = (command, version, callback) => {
    if (typeof callback !== 'function') return;
    const cb = callback as (data: unknown, success: boolean) => void;
    if (command === 'getUSPData' && Number(version) === 1) answer(cb, { version: 1, uspString: uspString(manager) });
    else answer(cb, null, false);
  };
  w.__uspapi = api;
  listenForFrames(win, '__uspapi', (call, reply) => w.__uspapi?.(call.command, call.version, reply));
  addLocator(win.document, '__uspapiLocator');
  return () => {
    if (w.__uspapi === api) delete w.__uspapi;
  };
}
