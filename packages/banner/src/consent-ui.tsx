/** @jsxRuntime classic */
/** @jsx h */
/** @jsxFrag Fragment */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { Fragment, h } from 'preact';
import { Banner } from './banner';
import { Modal } from './modal';
import { OptOutDialog } from './opt-out-dialog';
import type { OptOutStep } from './opt-out-dialog';
import { PreferenceCenter } from './preference-center';
import type { UiContext } from './ui-context';

/** Props of `ConsentUi`; the mount owns the state that is not in the manager's stores. */
export interface ConsentUiProps {
  c: UiContext;
  /** Show the floating "Privacy settings" button while nothing else is shown. */
  floatingButton: boolean;
  optOutStep: OptOutStep | undefined;
  onOptOutStep: (step?: OptOutStep) => void;
}

/**
 * Renders what the manager's `$view` asks for: the banner, the preference center as a modal,
 * the opt-out confirmation, and the floating button. While the preference center is open over
 * an undecided banner the banner stays (inert under the modal), so closing the dialog can
 * return focus to its "Preferences" button.
 */
export function ConsentUi({ c, floatingButton, optOutStep, onOptOutStep }: ConsentUiProps) {
  const { m, t } = c;
  const view = m.$view.get();
  const decided = m.$decided.get();
  // × / Escape on the preference center is not a decision: back to where the visitor was.
  const closePreferences = () => (decided || m.regime === 'none' ? m.hideUi() : m.showBanner());
  return (
    <>
      {m.regime !== 'none' && (view === 'banner' || (view === 'preferences' && !decided)) && <Banner c={c} />}
      {view === 'preferences' && (
        <Modal labelledBy="ck-p" onClose={closePreferences}>
          <PreferenceCenter c={c} onClose={closePreferences} />
        </Modal>
      )}
      {optOutStep && <OptOutDialog c={c} step={optOutStep} onStep={onOptOutStep} />}
      {floatingButton && view === 'hidden' && !optOutStep && (
        <button type="button" class="f" aria-label={t('floating.label')} onClick={m.showPreferences}>
          {/* A shield; decorative, the button is named by `floating.label`. */}
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M12 2 4 5v6c0 5 3.4 9.7 8 11 4.6-1.3 8-6 8-11V5z" />
          </svg>
        </button>
      )}
    </>
  );
}
