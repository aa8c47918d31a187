/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { h } from 'preact';
import { CloseButton, PolicyLink } from './policy-link';
import type { UiContext } from './ui-context';

/** Props of `PreferenceCenter`. */
export interface PreferenceCenterProps {
  c: UiContext;
  /** The × button's action; only the modal has one. */
  onClose?: () => void;
  /** Called after a decision (the inline element uses it to confirm the save). */
  onDone?: () => void;
  /** The inline element's status text ("Your choices have been saved."); rendered as a live region. */
  status?: string;
}

/**
 * The second layer: one `role="switch"` per category with its description and cookies, and
 * "Reject all" / "Accept all" / "Save" as equal buttons. A switch shows the stored choice, so
 * in opt-in regimes nothing but `necessary` is on at first render (GDPR Recital 32, CJEU
 * Planet49: no pre-ticked boxes); `necessary` is on and disabled. Withdrawing is "Reject all"
 * here: as many clicks as consenting from this dialog (GDPR Art. 7(3)).
 */
export function PreferenceCenter({ c, onClose, onDone, status }: PreferenceCenterProps) {
  const { m, t, draft } = c;
  const consent = m.$consent.get();
  const value = (id: string) => id === 'necessary' || (draft[id] ?? consent[id] === true);
  const done = (action: () => void) => () => {
    action();
    c.draft = {};
    onDone?.();
  };
  const button = (id: string, onClick: () => void) => (
    <button type="button" onClick={done(onClick)}>
      {t(id)}
    </button>
  );
  return (
    <div class={status === undefined ? undefined : 'p'}>
      <h2 id="ck-p">{t('preferences.title')}</h2>
      {onClose && <CloseButton c={c} onClick={onClose} />}
      <p>
        {t('preferences.description')}
        <PolicyLink c={c} />
      </p>
      <ul class="l">
        {m.config.categories.map(({ id, label, description }) => {
          const on = value(id);
          const names = new Set(Object.keys(m.config.cookies).filter((name) => m.config.cookies[name] === id));
          for (const name of c.cookiesFor?.(id) ?? []) names.add(name);
          return (
            <li key={id}>
              <div class="w">
                <span id={`ck-l-${id}`}>{t(`category.${id}.label`, label) || id}</span>
                <button
                  type="button"
                  class="s"
                  role="switch"
                  aria-checked={on ? 'true' : 'false'}
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
                    {[...names].map((name) => (
                      <li key={name}>{name}</li>
                    ))}
                  </ul>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      <div class="a">
        {/* The separate opt-out control the CCPA requires (§7026(a)(4)); in this dialog it acts
            at once: the visitor is already in the settings, so no further confirmation. */}
        {m.regime === 'opt-out' && consent.targeting && button('optOut.link', () => m.update({ targeting: false }))}
        {button('banner.rejectAll', m.rejectAll)}
        {button('banner.acceptAll', m.acceptAll)}
        {button('preferences.save', () =>
          m.update(Object.fromEntries(m.categories.filter((id) => id !== 'necessary').map((id) => [id, value(id)]))),
        )}
      </div>
      {status !== undefined && <p role="status">{status}</p>}
    </div>
  );
}
