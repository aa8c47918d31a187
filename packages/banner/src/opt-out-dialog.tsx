import { actions } from './controls';
import { modal } from './modal';
import type { OptOutStep, UiContext } from './ui-context';

/**
 * The one confirmation of "Do Not Sell or Share My Personal Information" (11 CCR §7026(a):
 * easy, minimal steps), shown while `c.step` is set. "Confirm" denies `targeting` through
 * `manager.update`, then the dialog says "Opt-Out Request Honored". A visitor already opted out
 * (earlier, or by GPC) sees that status at once, with nothing to confirm.
 */
export function optOutDialog(c: UiContext, step: OptOutStep) {
  const done = step === 'done';
  const go = (next?: OptOutStep) => {
    c.step = next;
    c.redraw();
  };
  const close = () => go();
  return modal(
    'ck-o',
    close,
    [
      <p id="ck-o" class={done ? 'h' : undefined}>
        {c.t(done ? 'optOut.honored' : 'optOut.confirmText')}
      </p>,
      actions(c.t, [
        !done && [
          'optOut.confirm',
          () => {
            c.m.update({ targeting: false });
            go('done');
          },
        ],
        [done ? 'banner.close' : 'optOut.cancel', close],
      ]),
    ],
    'alertdialog',
  );
}
