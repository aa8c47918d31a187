import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './policy-link';

describe('isSafeUrl', () => {
  it('accepts http(s) and relative URLs', () => {
    for (const url of [
      'https://example.com/privacy',
      'http://example.com',
      '/privacy',
      './privacy',
      '../p',
      'privacy.html',
      '#policy',
      '?page=privacy',
      '/a:b',
    ]) {
      expect(isSafeUrl(url), url).toBe(true);
    }
  });

  it('refuses script and data URLs, other schemes and nothing', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>1</script>',
      'vbscript:x',
      'mailto:a@b.c',
      'java\tscript:x',
      '',
      undefined,
    ]) {
      expect(isSafeUrl(url), String(url)).toBe(false);
    }
  });
});
