import type { Category, ConsentChoices, ConsentView, Regime, StoredDecision } from '../types';

/**
 * What the law says, as pure functions: the choices a visitor has by default, the choices a
 * stored decision and Global Privacy Control (GPC) leave in effect, the choices each kind of
 * decision records, and when a decision expires. No state, no DOM, no storage: the manager
 * (`consent-manager.ts`) keeps those, and `consent-policy.test.ts` tables every rule.
 */

/** What the rules need to know about this page. */
export interface Policy {
  readonly regime: Regime;
  /** All category ids, `necessary` first. */
  readonly categories: readonly Category[];
  /** A GPC signal is present and honoured on this page load. */
  readonly gpc: boolean;
}

/** The part of a stored decision the rules read. */
export type DecisionState = Pick<StoredDecision, 'decided' | 'choices' | 'gpc' | 'gpcOverride'>;

/** The decisions a visitor (or page code, through the API) makes, and `expire`; `gpc` records the choices in effect. */
export type VisitorMethod = 'accept-all' | 'reject-all' | 'custom' | 'close' | 'withdraw' | 'expire';

/** Choices while being built; handed over as `ConsentChoices` once complete. */
type Choices = Record<string, boolean>;

const DAY = 24 * 60 * 60 * 1000;

/** Every category granted, or every one denied (`necessary` is set by the callers). */
const all = (policy: Policy, granted: boolean): Choices => Object.fromEntries(policy.categories.map((id) => [id, granted]));

/** Before any decision: everything but `necessary` denied in `opt-in`, granted in every other regime. */
export function defaultChoices(policy: Policy): ConsentChoices {
  const choices = all(policy, policy.regime !== 'opt-in');
  choices.necessary = true;
  return choices as ConsentChoices;
}

/**
 * The choices in effect, frozen: the defaults, replaced by the choices of a decision the visitor
 * made (a category the site added since keeps its default, which is denied in `opt-in`), then GPC.
 */
export function effectiveChoices(policy: Policy, stored: DecisionState | undefined): ConsentChoices {
  const choices = defaultChoices(policy) as Choices;
  if (stored?.decided) {
    for (const id of policy.categories) if (id !== 'necessary') choices[id] = stored.choices[id] ?? choices[id]!;
  }
  // GPC opts out of sale/sharing/targeted ads in every regime (CCPA regs §7025(b), CPA
  // Rule 5); an opt-out recorded under GPC persists. Only an explicit per-category grant
  // made afterwards overrides it (§7025(c)(3)).
  if ((policy.gpc || stored?.gpc) && !stored?.gpcOverride && 'targeting' in choices) choices.targeting = false;
  choices.necessary = true;
  return Object.freeze(choices) as ConsentChoices;
}

/**
 * The choices a decision records, given the choices in effect now (`current`):
 * - `accept-all` grants everything, except `targeting` under GPC (accepting does not undo an opt-out request);
 * - `reject-all` denies everything but `necessary`;
 * - `close` (× or Escape, no choice) is a refusal in `opt-in` (CNIL, EDPB cookie banner taskforce);
 *   elsewhere it acknowledges the notice and keeps the current choices;
 * - `withdraw`, and `expire` (the decision outlived `cookie.expiresDays`), go back to the defaults
 *   with GPC still applied: a default the signal denies is not recorded as granted (it would read as
 *   a §7025(c)(3) override);
 * - `custom` sets the categories in `update` and keeps the others. It throws a `TypeError`, and
 *   nothing is decided, unless `update` is an object of known categories → booleans: a typo must
 *   not half-apply a choice.
 */
export function decisionChoices(policy: Policy, method: VisitorMethod, current: ConsentChoices, update?: unknown): ConsentChoices {
  let choices: Choices;
  if (method === 'accept-all') choices = { ...all(policy, true), targeting: !policy.gpc };
  else if (method === 'reject-all' || (method === 'close' && policy.regime === 'opt-in')) choices = all(policy, false);
  else if (method === 'withdraw' || method === 'expire') choices = { ...effectiveChoices(policy, undefined) };
  else {
    choices = { ...current };
    if (method === 'custom') {
      const fail = (problem: string) => {
        throw new TypeError(`ConsentKit update(): ${problem}`);
      };
      if (typeof update !== 'object' || update === null) fail('expected an object such as { analytics: true }');
      for (const [id, granted] of Object.entries(update as object)) {
        if (!policy.categories.includes(id)) fail(`unknown category "${id}" (known: ${policy.categories.join(', ')})`);
        if (typeof granted !== 'boolean') fail(`"${id}" must be true or false`);
        choices[id] = granted;
      }
    }
  }
  choices.necessary = true;
  return choices as ConsentChoices;
}

/** The visitor explicitly granted `targeting` although GPC is on (CCPA regs §7025(c)(3)); the record says so. */
export const isGpcOverride = (policy: Policy, choices: ConsentChoices): boolean => policy.gpc && choices.targeting === true;

/** GPC is honoured on this page but the stored decision does not record it yet: the manager records it, once. */
export const gpcToRecord = (policy: Policy, stored: DecisionState | undefined): boolean => policy.gpc && !stored?.gpc;

/** A decision is kept `expiresDays` days (`cookie.expiresDays`); after that the visitor is asked again. */
export const isExpired = (stored: Pick<StoredDecision, 'decided' | 'timestamp'> | undefined, expiresDays: number, now: number): boolean =>
  stored?.decided === true && stored.timestamp + expiresDays * DAY < now;

/** The UI for a visitor: the first layer asks an undecided one, except in the `none` regime; a decided one sees nothing. */
export const promptView = (regime: Regime, decided: boolean): ConsentView => (decided || regime === 'none' ? 'hidden' : 'banner');
