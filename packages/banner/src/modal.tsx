import type { ComponentChildren } from 'preact';

const FOCUSABLE = 'button:not([disabled]),a[href],summary';

/**
 * A modal dialog (WAI-ARIA APG "Dialog (Modal)") on the native `<dialog>`, named by the element
 * with id `labelledBy`; `role` is `alertdialog` for a confirmation. The mount calls
 * `showModal()` once it is in the document (`openModals`): that puts it in the top layer (no
 * z-index fight with the page) and makes the rest of the page inert for pointer and screen
 * reader. On top of that, Tab / Shift+Tab cycle inside it — the native dialog would let focus
 * escape to the browser UI (WCAG 2.2 SC 2.1.2 is about traps users cannot leave; Escape and
 * the buttons always leave this one) — and Escape calls `onClose`.
 */
export function modal(labelledBy: string, onClose: () => void, children: ComponentChildren, role: 'dialog' | 'alertdialog' = 'dialog') {
  return (
    <dialog
      class="m"
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDown={(event) => {
        const dialog = event.currentTarget;
        if (event.key !== 'Tab') return;
        const items = dialog.querySelectorAll<HTMLElement>(FOCUSABLE);
        const first = items[0];
        const last = items[items.length - 1];
        const active = (dialog.getRootNode() as ShadowRoot).activeElement;
        if (!first || active === dialog || active === (event.shiftKey ? first : last)) {
          event.preventDefault();
          (event.shiftKey ? last : first)?.focus();
        }
      }}
      // Escape closes the native dialog (its "cancel", or directly when Chrome's close-watcher
      // rules skip "cancel" after repeated presses); either way "close" fires and the owner
      // decides what that means. Removing the dialog from the tree (a decision) fires nothing.
      onClose={onClose}
    >
      {children}
    </dialog>
  );
}

/**
 * Opens the dialog just rendered into `root` as a modal and moves focus into it (to the
 * dialog itself, so a screen reader announces its name and description first).
 * Returns whether a dialog is open.
 */
export function openModals(root: ParentNode): boolean {
  const dialog = root.querySelector('dialog');
  if (dialog && !dialog.open) {
    // happy-dom and very old browsers lack showModal: the dialog then shows non-modal.
    if (dialog.showModal) dialog.showModal();
    else dialog.setAttribute('open', '');
    dialog.focus();
  }
  return !!dialog;
}
