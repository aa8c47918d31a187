import { createApp } from 'vue';
import { createConsentManager, enableGating } from '@consentkit/core';
import { mountBanner } from '@consentkit/banner';
import { consentKit } from '@consentkit/vue';
import App from './App.vue';

// One manager for the page, created before Vue mounts: the gating holds tags and cookies
// until consent, and the banner asks the visitor.
const manager = createConsentManager({ policyVersion: '2026-11-01', region: 'FR', privacyPolicyUrl: '/privacy' });
enableGating(manager);
mountBanner(manager);

createApp(App).use(consentKit(manager)).mount('#app');
