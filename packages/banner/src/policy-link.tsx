/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { Fragment, h } from 'preact';
import type { UiContext } from './ui-context';

// Only web and relative URLs become links: a `javascript:` or `data:` URL from a tampered
// config must not turn the privacy-policy link into script (core validates too; this is the
// second lock on the door).
const SAFE_URL = /^(https?:\/\/|\/|\.{0,2}\/|#|\?)|^[^:]*$/i;

/** Whether `url` may be used as a link target: `http(s):`, or relative (no scheme). */
export function isSafeUrl(url: string | undefined): url is string {
  return !!url && SAFE_URL.test(url.trim());
}

/** The link to the site's privacy policy, or nothing when none (or an unsafe one) is configured. */
export function PolicyLink({ c }: { c: UiContext }) {
  const url = c.m.config.privacyPolicyUrl;
  return isSafeUrl(url) ? (
    <>
      {' '}
      <a href={url}>{c.t('banner.policy')}</a>
    </>
  ) : null;
}

/** The × button of the banner and the preference center, named by `banner.close` for screen readers. */
export function CloseButton({ c, onClick }: { c: UiContext; onClick: () => void }) {
  return (
    <button type="button" class="x" aria-label={c.t('banner.close')} onClick={onClick}>
      ×
    </button>
  );
}
