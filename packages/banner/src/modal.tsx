/** @jsxRuntime classic */
/** @jsx h */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- h/Fragment are used by the classic JSX pragma (smaller output than the automatic runtime)
import { h } from 'preact';
import type { ComponentChildren } from 'preact';

/** Props of `Modal`. */
export interface ModalProps {
  /** Id of the element that names the dialog (its title). */
  labelledBy: string;
  /** `alertdialog` for a confirmation, else `dialog`. */
  role?: 'dialog' | 'alertdialog';
  /** Called for Escape; the owner decides what closing means. */
  onClose: () => void;
  children: ComponentChildren;
}

const FOCUSABLE = 'button:not([disabled]),a[href],summary';

/**
 * A modal dialog (WAI-ARIA APG "Dialog (Modal)") on the native `<dialog>`. The mount calls
 * `showModal()` once it is in the document (`openModals`): that puts it in the top layer (no
 * z-index fight with the page) and makes the rest of the page inert for pointer and screen
 * reader. On top of that, Tab / Shift+Tab cycle inside it — the native dialog would let focus
 * escape to the browser UI (WCAG 2.2 SC 2.1.2 is about traps users cannot leave; Escape and
 * the buttons always leave this one) — and Escape calls `onClose`.
 */
export function Modal({ labelledBy, role = 'dialog', onClose, children }: ModalProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const dialog = event.currentTarget as HTMLElement;
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Tab') {
      const items = dialog.querySelectorAll<HTMLElement>(FOCUSABLE);
      const first = items[0];
      const last = items[items.length - 1];
      const active = (dialog.getRootNode() as ShadowRoot).activeElement;
      if (!first || active === dialog || active === (event.shiftKey ? first : last)) {
        event.preventDefault();
        (event.shiftKey ? last : first)?.focus();
      }
    }
  };
  return (
    <dialog
      class="m"
      role={role}
      aria-modal="true"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      onKeyDown={onKeyDown}
      // The native Escape path; Chrome may skip our keydown handler's preventDefault after
      // repeated presses (close-watcher rules), so the same decision is taken here.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}

/**
 * Opens the dialogs just rendered into `root` as modals and moves focus into them (to the
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
