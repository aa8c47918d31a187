/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { h } from 'preact';
import { Modal } from './modal';
import type { UiContext } from './ui-context';

/** Where the "Do Not Sell or Share" flow is: asking for confirmation, or showing that it is done. */
export type OptOutStep = 'confirm' | 'done';

/**
 * The one confirmation of "Do Not Sell or Share My Personal Information" (11 CCR §7026(a):
 * easy, minimal steps). "Confirm" denies `targeting` through `manager.update`, then the dialog
 * says "Opt-Out Request Honored". A visitor already opted out (earlier, or by GPC) sees that
 * status at once, with nothing to confirm.
 */
export function OptOutDialog({ c, step, onStep }: { c: UiContext; step: OptOutStep; onStep: (step?: OptOutStep) => void }) {
  const { m, t } = c;
  const close = () => onStep();
  const button = (id: string, onClick: () => void) => (
    <button type="button" onClick={onClick}>
      {t(id)}
    </button>
  );
  return (
    <Modal labelledBy="ck-o" role="alertdialog" onClose={close}>
      <p id="ck-o" class={step === 'done' ? 'h' : undefined}>
        {t(step === 'done' ? 'optOut.honored' : 'optOut.confirmText')}
      </p>
      <div class="a">
        {step === 'confirm' &&
          button('optOut.confirm', () => {
            m.update({ targeting: false });
            onStep('done');
          })}
        {button(step === 'done' ? 'banner.close' : 'optOut.cancel', close)}
      </div>
    </Modal>
  );
}
