import type { GppValues } from './gpp-encoder';

/** What ConsentKit knows about a visitor that goes into a US section. */
export interface GppSignal {
  /** `targeting` (sale, sharing, targeted advertising) is granted. */
  targeting: boolean;
  /** A Global Privacy Control signal is present and honoured. */
  gpc: boolean;
  /** The visitor was given notice of the opt-out (the site shows ConsentKit's notice or banner). */
  notice: boolean;
  /** MSPA: `false` (not a covered transaction, the default) or the mode of a covered transaction. */
  mspa: false | 'opt-out-option' | 'service-provider';
}

// The notices of the right to opt out (and the general processing notice): ConsentKit's notice
// carries the "Do Not Sell or Share" control, so they are given whenever a notice is shown.
const NOTICES = ['SharingNotice', 'ProcessingNotice', 'SaleOptOutNotice', 'SharingOptOutNotice', 'TargetedAdvertisingOptOutNotice'];
const OPT_OUTS = ['SaleOptOut', 'SharingOptOut', 'TargetedAdvertisingOptOut'];

/**
 * The field values of a visitor's state, for any US section (a section ignores the names it
 * does not have). Sensitive-data notices, sensitive-data and known-child consents, personal-data
 * and additional-processing consents stay 0 (not applicable): ConsentKit does not collect these
 * consents, and a site that processes sensitive data needs a CMP that does.
 *
 * - opt-outs: 1 (opted out) when `targeting` is denied — by the visitor, by GPC (CCPA regs
 *   §7025(c)(1); Colorado Rule 5.04), or because nothing was granted; 2 (did not opt out) when
 *   granted after a notice; 0 (N/A) when granted without a notice, as the section documents say.
 * - `MspaCoveredTransaction`: 2 (No) unless the site declares it is an MSPA signatory.
 * - MSPA modes: 0 (N/A) for a transaction that is not covered.
 */
export function signalValues({ targeting, gpc, notice, mspa }: GppSignal): GppValues {
  const values: Record<string, number | boolean> = {};
  for (const name of NOTICES) values[name] = notice ? 1 : 2;
  for (const name of OPT_OUTS) values[name] = targeting ? (notice ? 2 : 0) : 1;
  values.MspaCoveredTransaction = mspa ? 1 : 2;
  values.MspaOptOutOptionMode = mspa ? (mspa === 'opt-out-option' ? 1 : 2) : 0;
  values.MspaServiceProviderMode = mspa ? (mspa === 'service-provider' ? 1 : 2) : 0;
  values.MspaMode = mspa === 'opt-out-option' ? 1 : mspa === 'service-provider' ? 2 : 0;
  values.Gpc = gpc;
  return values;
}
