import { isSafeUrl } from './policy-link';
import type { UiContext } from './ui-context';

/** One button of a row: the message id of its label and what it does. `false` leaves its slot empty. */
export type Action = readonly [id: string, run: () => void] | false;

/**
 * A row of equal buttons: the same element with the same class, so "Accept all" and "Reject
 * all" have the same size, colours and contrast by construction (EDPB cookie banner taskforce
 * 2023; CNIL 2020-091: refusing as easy as accepting). An empty slot stays a hole, so the other
 * buttons keep their DOM elements (and focus) when one comes or goes.
 *
 * No `type="button"`: the buttons live in a shadow tree, where no `<form>` of the page can own
 * them (HTML "form owner" looks at tree ancestors only), so the default `submit` type is inert.
 */
export function actions(t: UiContext['t'], list: readonly Action[]) {
  return <div class="a">{list.map((action) => action && <button onClick={action[1]}>{t(action[0])}</button>)}</div>;
}

/**
 * The top of the banner and of the preference center: the title (its `id` names the region or
 * dialog), the × button when there is `onClose` (named by `banner.close` for screen readers), and
 * the text with the link to the site's privacy policy when a safe one is configured.
 */
export function heading(c: UiContext, id: string, title: string, text: string, onClose?: () => void) {
  const { t } = c;
  const url = c.m.config.privacyPolicyUrl;
  return [
    <h2 id={id}>{t(title)}</h2>,
    onClose && (
      <button class="x" aria-label={t('banner.close')} onClick={onClose}>
        ×
      </button>
    ),
    <p>
      {t(text)}
      {isSafeUrl(url) && [' ', <a href={url}>{t('banner.policy')}</a>]}
    </p>,
  ];
}
