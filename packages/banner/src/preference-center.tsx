import { actions, heading } from './controls';
import type { Action } from './controls';
import type { UiContext } from './ui-context';

/**
 * The second layer: one `role="switch"` per category with its description and cookies, and
 * "Accept all" / "Reject all" / "Save" as equal buttons. A switch shows the stored choice, so
 * in opt-in regimes nothing but `necessary` is on at first render (GDPR Recital 32, CJEU
 * Planet49: no pre-ticked boxes); `necessary` is on and disabled. Withdrawing is "Reject all"
 * here: as many clicks as consenting from this dialog (GDPR Art. 7(3)).
 *
 * `onClose` adds the × (only the modal has one). `status` is the inline element's status text
 * ("Your choices have been saved."): when it is given (even empty) the center renders as the
 * inline panel with a live region.
 */
export function preferenceCenter(c: UiContext, onClose?: () => void, status?: string) {
  const { m, t, draft } = c;
  const { categories, cookies } = m.config;
  const consent = m.$consent.get();
  const isOn = (id: string) => id === 'necessary' || (draft[id] ?? consent[id] === true);
  const act = (id: string, run: () => void): Action => [
    id,
    () => {
      run();
      c.draft = {};
      c.done?.();
    },
  ];
  return (
    <div class={status === undefined ? undefined : 'p'}>
      {heading(c, 'ck-p', 'preferences.title', 'preferences.description', onClose)}
      <ul class="l">
        {categories.map(({ id, label, description }) => {
          const on = isOn(id);
          const names = new Set(Object.keys(cookies).filter((name) => cookies[name] === id));
          for (const name of c.cookiesFor?.(id) ?? []) names.add(name);
          return (
            <li>
              <div class="w">
                <span id={`ck-l-${id}`}>{t(`category.${id}.label`, label) || id}</span>
                <button
                  class="s"
                  role="switch"
                  aria-checked={on}
                  aria-labelledby={`ck-l-${id}`}
                  aria-describedby={`ck-d-${id}`}
                  disabled={id === 'necessary'}
                  onClick={() => {
                    draft[id] = !on;
                    c.redraw();
                  }}
                />
              </div>
              <p id={`ck-d-${id}`} class="d">
                {t(`category.${id}.description`, description)}
              </p>
              {/* 11 CCR §7025(c)(6): show that the signal was honoured next to the switch that is
                  off; §7025(c)(3): switching it on anyway overrides the signal for this site. */}
              {id === 'targeting' && m.gpc && (
                <p class={on ? 'd' : 'h'} role="status">
                  {t(on ? 'preferences.gpcConflict' : 'optOut.honored')}
                </p>
              )}
              {names.size > 0 && (
                <details>
                  <summary>
                    {t('preferences.cookies')} ({names.size})
                  </summary>
                  <ul>
                    {[...names].map((name) => {
                      // With a cookie declaration: who sets it, for how long, and why.
                      const about = c.describeCookie?.(name, t);
                      return <li>{about ? `${name} — ${about}` : name}</li>;
                    })}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {actions(t, [
        // The separate opt-out control the CCPA requires (§7026(a)(4)); in this dialog it acts
        // at once: the visitor is already in the settings, so no further confirmation.
        m.regime === 'opt-out' && consent.targeting && act('optOut.link', () => m.update({ targeting: false })),
        // The same order as the first layer ("Accept all", "Reject all", then the third choice),
        // so a visitor finds each answer in the same place on both layers.
        act('banner.acceptAll', m.acceptAll),
        act('banner.rejectAll', m.rejectAll),
        // `necessary` is sent as on (it is); core keeps it on whatever it receives.
        act('preferences.save', () => m.update(Object.fromEntries(m.categories.map((id) => [id, isOn(id)])))),
      ])}
      {status !== undefined && <p role="status">{status}</p>}
    </div>
  );
}
