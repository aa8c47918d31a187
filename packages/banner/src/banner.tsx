import { actions, heading } from './controls';
import type { UiContext } from './ui-context';

/**
 * The first layer. It is a labelled region, not a modal: the page stays readable and usable
 * (WCAG 2.2 SC 1.3.1), and it is first in the tab order because its host is the first child
 * of `<body>`. × and Escape (anywhere on the page, see mountBanner) record a `close` decision.
 *
 * - `opt-in`: "Accept all", "Reject all" and "Preferences", equal by construction (`actions`).
 *   Closing is a refusal (core).
 * - `opt-out` (US states): a non-blocking notice with the "Do Not Sell or Share My Personal
 *   Information" control (CCPA §1798.135(a); 11 CCR §7026(a)(4): a cookie toggle alone is not an
 *   opt-out method) and, when a Global Privacy Control signal was honoured, the status
 *   "Opt-Out Request Honored" (11 CCR §7025(c)(6)), in place, never as a pop-up (§7025(f)).
 * - `notice`: inform only, with "Preferences".
 *
 * `covered`: a dialog (the preference center, the opt-out confirmation) is open over it. It is
 * then `hidden` (and without its GPC status), so the page exposes one "Accept all", one "Reject
 * all" and one "Opt-Out Request Honored" — the dialog's — to assistive technology and to role
 * queries; its elements stay, so closing the dialog returns focus to the button that opened it.
 */
export function banner(c: UiContext, covered?: boolean) {
  const { m, t } = c;
  const optIn = m.regime === 'opt-in';
  const optOut = m.regime === 'opt-out';
  return (
    <section class="b" aria-labelledby="ck-t" hidden={covered}>
      <div class="c">
        {heading(
          c,
          'ck-t',
          optOut ? 'optOut.title' : 'banner.title',
          optIn ? 'banner.description' : optOut ? 'optOut.description' : 'notice.description',
          m.close,
        )}
        {!covered && m.gpc && !m.$consent.get().targeting && <p class="h">{t('optOut.honored')}</p>}
        {actions(t, [
          optIn && ['banner.acceptAll', m.acceptAll],
          optIn && ['banner.rejectAll', m.rejectAll],
          optOut && ['optOut.link', c.optOut],
          ['banner.preferences', m.showPreferences],
        ])}
      </div>
    </section>
  );
}
