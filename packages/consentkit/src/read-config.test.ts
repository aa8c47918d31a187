import { afterEach, describe, expect, it } from 'vitest';
import { readConfigBlock } from './read-config';

const page = (html: string) => {
  document.head.innerHTML = html;
  return document;
};

describe('readConfigBlock', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('parses the JSON block the selector names', () => {
    const doc = page('<script type="application/json" id="consentkit-config">{ "policyVersion": "1", "region": "FR" }</script>');
    expect(readConfigBlock(doc, '#consentkit-config')).toEqual({ policyVersion: '1', region: 'FR' });
  });

  it.each([
    ['no such block', '', '#consentkit-config', /"data-config" must point at .* matches nothing/],
    ['not a JSON block', '<script id="c">var x</script>', '#c', /"data-config" must point at .* is not one/],
    ['not a selector', '', '#[', /"data-config" must be a CSS selector/],
    ['invalid JSON', '<script type="application/json" id="c">{ "policyVersion": }</script>', '#c', /"#c" is not valid JSON/],
    ['not an object', '<script type="application/json" id="c">["a"]</script>', '#c', /"#c" must hold a JSON object/],
  ])('%s: throws a ConsentConfigError naming the field', (_, html, selector, message) => {
    const doc = page(html);
    expect(() => readConfigBlock(doc, selector)).toThrow(message);
    try {
      readConfigBlock(doc, selector);
    } catch (error) {
      expect((error as Error).name).toBe('ConsentConfigError');
    }
  });
});
