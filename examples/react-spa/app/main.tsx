import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createConsentManager, enableGating } from '@consentkit/core';
import { mountBanner } from '@consentkit/banner';
import { ConsentProvider } from '@consentkit/react';
import { App } from './app';

// One manager for the page, created before React renders: the gating holds tags and cookies
// until consent, and the banner asks the visitor.
const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR', privacyPolicyUrl: '/privacy' });
enableGating(manager);
mountBanner(manager);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsentProvider manager={manager}>
      <App />
    </ConsentProvider>
  </StrictMode>,
);
