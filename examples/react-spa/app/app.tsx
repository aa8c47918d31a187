import { ConsentGate, useConsentActions, useGranted } from '@consentkit/react';
import { Analytics } from './analytics';

/** The page: a gated analytics component and a link to change the choice. */
export function App() {
  const analytics = useGranted('analytics');
  const { showPreferences } = useConsentActions();
  return (
    <main>
      <h1>Linen &amp; Canvas</h1>
      <p>Linen shirts and canvas shoes, made to last.</p>
      <p>
        Analytics is {analytics ? 'allowed' : 'not allowed'}.{' '}
        <button type="button" onClick={showPreferences}>
          Privacy settings
        </button>
      </p>
      <ConsentGate category="analytics">
        <Analytics />
      </ConsentGate>
    </main>
  );
}
