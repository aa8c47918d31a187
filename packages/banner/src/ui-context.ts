import type { Category, ConsentManager } from '@consentkit/core';

/** Where the "Do Not Sell or Share" flow is: asking for confirmation, or showing that it is done. */
export type OptOutStep = 'confirm' | 'done';

/** What every part of the UI gets: the manager (state + actions), the texts, and the UI's own state. */
export interface UiContext {
  readonly m: ConsentManager;
  /** Text of a message id in the resolved language (see `createTranslator`). */
  readonly t: (id: string, fallback?: string) => string;
  /** Extra cookie names to list under a category (e.g. those the core classified on this page). */
  readonly cookiesFor?: (category: Category) => readonly string[];
  /** Provider, duration and purpose shown after a cookie's name (see `cookieDeclarationOptions`). */
  readonly describeCookie?: (name: string, t: (id: string) => string) => string | undefined;
  /** Switches changed in the preference center but not saved yet (category → on). */
  draft: Record<string, boolean>;
  /** The open "Do Not Sell or Share" dialog's step; `undefined` while it is closed. */
  step?: OptOutStep;
  /** Re-renders after a change of the UI's own state (draft, dialog step). */
  readonly redraw: () => void;
  /** Starts the "Do Not Sell or Share" flow (its confirmation dialog). */
  readonly optOut: () => void;
  /** Called after the preference center's buttons decided (the inline element confirms the save). */
  readonly done?: () => void;
}
