import { afterEach, describe, expect, it, vi } from 'vitest';
import { encodeConsent } from './consent-cookie';
import { decisionChoices, defaultChoices, effectiveChoices, gpcToRecord, isExpired, isGpcOverride, promptView } from './consent-policy';
import type { DecisionState, Policy, VisitorMethod } from './consent-policy';
import { randomId } from './consent-record';
import { create, setGpc, useFreshPage } from './manager.test-helpers';
import type { ConsentChoices, ConsentConfig, Regime, StoredDecision } from '../types';

useFreshPage();
afterEach(() => vi.useRealTimers());

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 5, 1);
const CATEGORIES = ['necessary', 'analytics', 'targeting'];
const EXPIRES_DAYS = 182;

// Choices are written `at`: analytics then targeting, 1 = granted, 0 = denied (necessary is always granted).
const code = (c: ConsentChoices) => `${+c.analytics!}${+c.targeting!}`;
const choices = (at: string): ConsentChoices => ({ necessary: true, analytics: at[0] === '1', targeting: at[1] === '1' });

/** The stored decisions a visitor may come back with (the decision is for the current policy version). */
const STORED: Record<string, (DecisionState & Pick<StoredDecision, 'timestamp'>) | undefined> = {
  none: undefined,
  accepted: { decided: true, choices: choices('11'), gpc: false, gpcOverride: false, timestamp: NOW - DAY },
  rejected: { decided: true, choices: choices('00'), gpc: false, gpcOverride: false, timestamp: NOW - DAY },
  'accepted under GPC': { decided: true, choices: choices('10'), gpc: true, gpcOverride: false, timestamp: NOW - DAY },
  'targeting granted over GPC': { decided: true, choices: choices('11'), gpc: true, gpcOverride: true, timestamp: NOW - DAY },
  'accepted, expired': { decided: true, choices: choices('11'), gpc: false, gpcOverride: false, timestamp: NOW - (EXPIRES_DAYS + 1) * DAY },
};

/**
 * The choices in effect when the visitor comes back, before they do anything, as the law wants
 * them: per regime and GPC (off, on), per stored decision, in the order of STORED.
 */
const IN_EFFECT: Record<Exclude<Regime, 'notice'>, Record<'off' | 'on', string[]>> = {
  //                none  accepted rejected under-GPC override expired
  'opt-in': { off: ['00', '11', '00', '10', '11', '00'], on: ['00', '10', '00', '10', '11', '00'] },
  'opt-out': { off: ['11', '11', '00', '10', '11', '11'], on: ['10', '10', '00', '10', '11', '10'] },
  none: { off: ['11', '11', '00', '10', '11', '11'], on: ['10', '10', '00', '10', '11', '10'] },
};

const METHODS: [name: string, method: VisitorMethod, update?: Record<string, boolean>][] = [
  ['accept-all', 'accept-all'],
  ['reject-all', 'reject-all'],
  ['close', 'close'],
  ['withdraw', 'withdraw'],
  ['custom +targeting', 'custom', { targeting: true }],
  ['custom -analytics', 'custom', { analytics: false }],
];

/** What each method must leave in effect, stated rule by rule (not computed by the code under test). */
function expected(regime: Regime, gpc: boolean, before: string, method: string): string {
  const optIn = regime === 'opt-in';
  switch (method) {
    case 'accept-all': // everything, but an opt-out request (GPC) is not undone by "accept all"
      return gpc ? '10' : '11';
    case 'reject-all':
      return '00';
    case 'close': // a refusal where consent is opt-in; elsewhere the notice is acknowledged
      return optIn ? '00' : before;
    case 'withdraw': // back to the defaults, GPC still honoured
      return optIn ? '00' : gpc ? '10' : '11';
    case 'custom +targeting': // an explicit grant overrides GPC (§7025(c)(3))
      return `${before[0]}1`;
    case 'custom -analytics':
      return `0${before[1]}`;
  }
  throw new Error(method);
}

const REGIMES = Object.keys(IN_EFFECT) as (keyof typeof IN_EFFECT)[];
const cases = REGIMES.flatMap((regime) => [false, true].map((gpc) => [regime, gpc] as const));

/** The table a layer must produce: stored decision → 'in effect' and each method → choices. */
function expectedTable(regime: keyof typeof IN_EFFECT, gpc: boolean) {
  return Object.fromEntries(
    Object.keys(STORED).map((name, i) => {
      const before = IN_EFFECT[regime][gpc ? 'on' : 'off'][i]!;
      return [name, { 'in effect': before, ...Object.fromEntries(METHODS.map(([m]) => [m, expected(regime, gpc, before, m)])) }];
    }),
  );
}

describe('consent policy: regime × GPC × stored decision × method', () => {
  it.each(cases)('%s, GPC %s', (regime, gpc) => {
    const policy: Policy = { regime, categories: CATEGORIES, gpc };
    const actual = Object.fromEntries(
      Object.entries(STORED).map(([name, stored]) => {
        // An expired decision no longer counts: the manager records the expiry (undecided) in its place.
        const expiry = decisionChoices(policy, 'expire', effectiveChoices(policy, stored));
        const kept = isExpired(stored, EXPIRES_DAYS, NOW) ? { decided: false, choices: expiry, gpc, gpcOverride: isGpcOverride(policy, expiry) } : stored;
        const before = effectiveChoices(policy, kept);
        const row: Record<string, string> = { 'in effect': code(before) };
        for (const [m, method, update] of METHODS) {
          const chosen = decisionChoices(policy, method, before, update);
          const after = effectiveChoices(policy, { decided: method !== 'withdraw', choices: chosen, gpc, gpcOverride: isGpcOverride(policy, chosen) });
          row[m] = code(after);
        }
        return [name, row];
      }),
    );
    expect(actual).toEqual(expectedTable(regime, gpc));
  });
});

describe('the manager applies the same table', () => {
  const config: Record<keyof typeof IN_EFFECT, Partial<ConsentConfig>> = {
    'opt-in': { region: 'FR' },
    'opt-out': { region: 'US-CA' },
    none: { region: 'JP', defaultRegime: 'none' },
  };

  it.each(cases)('%s, GPC %s', (regime, gpc) => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const actual = Object.fromEntries(
      Object.entries(STORED).map(([name, stored]) => {
        const row: Record<string, string> = {};
        for (const [m, method, update] of [['in effect', undefined], ...METHODS] as const) {
          document.cookie = 'consentkit=; max-age=0; path=/';
          if (stored) {
            const value = encodeConsent({ ...stored, policyVersion: 'v1', method: 'custom', subjectId: randomId(), recordId: randomId() });
            document.cookie = `consentkit=${value}; path=/`;
          }
          setGpc(gpc);
          const manager = create(config[regime]);
          expect(manager.regime).toBe(regime);
          if (method === 'accept-all') manager.acceptAll();
          else if (method === 'reject-all') manager.rejectAll();
          else if (method === 'close') manager.close();
          else if (method === 'withdraw') manager.withdraw();
          else if (method === 'custom') manager.update(update!);
          row[m] = code(manager.getConsent());
        }
        return [name, row];
      }),
    );
    expect(actual).toEqual(expectedTable(regime, gpc));
  });
});

describe('consent policy: single rules', () => {
  const policy: Policy = { regime: 'opt-out', categories: [...CATEGORIES, 'functional'], gpc: true };

  it('defaults: granted outside opt-in, denied in opt-in, necessary always granted', () => {
    expect(defaultChoices(policy)).toEqual({ necessary: true, analytics: true, targeting: true, functional: true });
    expect(defaultChoices({ ...policy, regime: 'opt-in' })).toEqual({ necessary: true, analytics: false, targeting: false, functional: false });
  });

  it('a category added after the decision gets its default; necessary cannot be stored as denied', () => {
    const stored: DecisionState = { decided: true, choices: { necessary: false, analytics: false, targeting: false }, gpc: false, gpcOverride: false };
    expect(effectiveChoices({ ...policy, gpc: false }, stored)).toEqual({ necessary: true, analytics: false, targeting: false, functional: true });
    expect(effectiveChoices({ ...policy, regime: 'opt-in' }, stored)).toEqual({ necessary: true, analytics: false, targeting: false, functional: false });
    expect(Object.isFrozen(effectiveChoices(policy, stored))).toBe(true);
  });

  it('an undecided record made under GPC (e.g. the signal itself, or a withdrawal) still denies targeting', () => {
    const undecided: DecisionState = { decided: false, choices: choices('11'), gpc: true, gpcOverride: false };
    expect(effectiveChoices({ ...policy, gpc: false }, undecided).targeting).toBe(false);
  });

  it('custom rejects anything but known categories → booleans, before changing anything', () => {
    const current = effectiveChoices(policy, undefined);
    expect(() => decisionChoices(policy, 'custom', current, { ads: true })).toThrow(
      'unknown category "ads" (known: necessary, analytics, targeting, functional)',
    );
    expect(() => decisionChoices(policy, 'custom', current, { analytics: 'yes' })).toThrow('"analytics" must be true or false');
    expect(() => decisionChoices(policy, 'custom', current, null)).toThrow('expected an object');
    expect(decisionChoices(policy, 'custom', current, { necessary: false, functional: false })).toEqual({
      necessary: true,
      analytics: true,
      targeting: false,
      functional: false,
    });
  });

  it('GPC override, GPC to record, expiry and the view asked for', () => {
    expect(isGpcOverride(policy, choices('01'))).toBe(true);
    expect(isGpcOverride({ ...policy, gpc: false }, choices('01'))).toBe(false);
    expect(gpcToRecord(policy, undefined)).toBe(true);
    expect(gpcToRecord(policy, { decided: true, choices: choices('10'), gpc: true, gpcOverride: false })).toBe(false);
    expect(gpcToRecord({ ...policy, gpc: false }, undefined)).toBe(false);
    expect(isExpired({ decided: true, timestamp: NOW - 30 * DAY }, 30, NOW)).toBe(false);
    expect(isExpired({ decided: true, timestamp: NOW - 30 * DAY - 1 }, 30, NOW)).toBe(true);
    expect(isExpired({ decided: false, timestamp: 0 }, 30, NOW)).toBe(false);
    expect(isExpired(undefined, 30, NOW)).toBe(false);
    expect([promptView('opt-in', false), promptView('opt-out', false), promptView('notice', false), promptView('none', false)]).toEqual([
      'banner',
      'banner',
      'banner',
      'hidden',
    ]);
    expect(promptView('opt-in', true)).toBe('hidden');
  });
});
