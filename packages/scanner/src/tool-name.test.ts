import { describe, expect, it } from 'vitest';
import { toolName } from './tool-name';

describe('toolName', () => {
  it.each([
    ['cookieconsent3', 'cookieconsent'],
    ['cookieconsent2', 'cookieconsent'],
    ['Klaro', 'klaro'],
    ['Cybotcookiebot', 'cookiebot'],
    ['Onetrust', 'onetrust'],
    ['didomi', 'didomi'],
    ['usercentrics-api', 'usercentrics'],
    ['usercentrics-button', 'usercentrics'],
    ['TrustArc-top', 'trustarc'],
    ['TrustArc-frame', 'trustarc'],
    ['Sourcepoint-frame', 'sourcepoint'],
    ['consentmanager.net', 'consentmanager'],
    ['Complianz banner', 'complianz'],
    ['Complianz optin', 'complianz'],
    ['tarteaucitron.js', 'tarteaucitron'],
    ['cookiefirst.com', 'cookiefirst'],
    ['quantcast', 'quantcast'],
  ])('names the tool of rule %s as %s', (rule, name) => {
    expect(toolName(rule)).toBe(name);
  });

  it('names no tool for generated per-site rules and the heuristic detector', () => {
    expect(toolName('auto_DE_example.com_abc')).toBeNull();
    expect(toolName('HEURISTIC-REJECT')).toBeNull();
    expect(toolName('')).toBeNull();
  });
});
