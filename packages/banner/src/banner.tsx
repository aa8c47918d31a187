/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { h } from 'preact';
import { CloseButton, PolicyLink } from './policy-link';
import type { UiContext } from './ui-context';

/**
 * The first layer. It is a labelled region, not a modal: the page stays readable and usable
 * (WCAG 2.2 SC 1.3.1), and it is first in the tab order because its host is the first child
 * of `<body>`. × and Escape record a `close` decision.
 *
 * - `opt-in`: "Accept all", "Reject all" and "Preferences" are the same element with the same
 *   class, so they are equally prominent by construction (EDPB cookie banner taskforce 2023,
 *   practices A/D/E; CNIL 2020-091: refusing as easy as accepting). Closing is a refusal (core).
 * - `opt-out` (US states): a non-blocking notice with the "Do Not Sell or Share My Personal
 *   Information" control (CCPA §1798.135(a); 11 CCR §7026(a)(4): a cookie toggle alone is not an
 *   opt-out method) and, when a Global Privacy Control signal was honoured, the status
 *   "Opt-Out Request Honored" (11 CCR §7025(c)(6)), in place, never as a pop-up (§7025(f)).
 * - `notice`: inform only, with "Preferences".
 */
export function Banner({ c }: { c: UiContext }) {
  const { m, t } = c;
  const optIn = m.regime === 'opt-in';
  const optOut = m.regime === 'opt-out';
  const button = (id: string, onClick: () => void) => (
    <button type="button" onClick={onClick}>
      {t(id)}
    </button>
  );
  return (
    <section class="b" aria-labelledby="ck-t" onKeyDown={(e) => e.key === 'Escape' && m.close()}>
      <div class="c">
        <h2 id="ck-t">{t(optOut ? 'optOut.title' : 'banner.title')}</h2>
        <CloseButton c={c} onClick={m.close} />
        <p>
          {t(optIn ? 'banner.description' : optOut ? 'optOut.description' : 'notice.description')}
          <PolicyLink c={c} />
        </p>
        {m.gpc && !m.$consent.get().targeting && <p class="h">{t('optOut.honored')}</p>}
        <div class="a">
          {optIn && button('banner.acceptAll', m.acceptAll)}
          {optIn && button('banner.rejectAll', m.rejectAll)}
          {optOut && button('optOut.link', c.optOut)}
          {button('banner.preferences', m.showPreferences)}
        </div>
      </div>
    </section>
  );
}
