import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../consent/config';
import { enforcePolicy, strictPolicy } from './strict-mode';

describe('strict mode', () => {
  afterEach(() => {
    document.head.querySelectorAll('meta[http-equiv]').forEach((meta) => meta.remove());
    vi.restoreAllMocks();
  });

  it('limits every request type to the origin and the given hosts, and drops what could end a source list', () => {
    const policy = strictPolicy(['cdn.example.com', '*.img.example', 'evil.com; script-src *', "x.com'"]);
    for (const directive of [
      'script-src',
      'img-src',
      'connect-src',
      'frame-src',
      'worker-src',
      'media-src',
      'font-src',
      'object-src',
      'style-src',
      'form-action',
    ]) {
      expect(policy).toMatch(new RegExp(`(^|; )${directive} 'self' cdn\\.example\\.com \\*\\.img\\.example(;| |$)`));
    }
    expect(policy).not.toContain('evil');
    expect(policy).not.toContain('x.com');
    expect(policy.split('; ')).toHaveLength(10);
  });

  it('puts the policy first in <head> and reports each refused request with its URL and directive', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    document.head.append(document.createElement('title'));
    expect(enforcePolicy(document, "img-src 'self'")).toBe(true);
    const meta = document.head.firstElementChild as HTMLMetaElement;
    expect([meta.httpEquiv, meta.content]).toEqual(['Content-Security-Policy', "img-src 'self'"]);
    const event = Object.assign(new Event('securitypolicyviolation'), { blockedURI: 'https://t.example/x.js', effectiveDirective: 'script-src-elem' });
    document.dispatchEvent(event);
    expect(warn).toHaveBeenCalledWith('[consentkit] strictMode stopped https://t.example/x.js (script-src-elem) until consent');
  });

  it('says so, and enforces nothing, without a <head>', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.removeChild(doc.head);
    expect(enforcePolicy(doc, "img-src 'self'")).toBe(false);
    expect(error.mock.calls[0]![0]).toMatch(/no <head>/);
  });
});

describe('config: strictMode', () => {
  const resolve = (strictMode: unknown) => resolveConfig({ policyVersion: '1', strictMode }).strictMode;
  it('is off by default; true, false and { allow: hosts } are accepted', () => {
    expect(resolveConfig({ policyVersion: '1' }).strictMode).toBe(false);
    expect(resolve(true)).toBe(true);
    expect(resolve(false)).toBe(false);
    expect(resolve({ allow: ['cdn.example.com', '*.example.org', 'example.net:8443/static/'] })).toEqual({
      allow: ['cdn.example.com', '*.example.org', 'example.net:8443/static/'],
    });
    expect(resolve({})).toEqual({});
  });
  it('refuses anything else with an error naming the field', () => {
    expect(() => resolve('yes')).toThrow(/"strictMode" must be true, false or \{ "allow"/);
    expect(() => resolve(1)).toThrow(/"strictMode"/);
    expect(() => resolve({ allow: 'cdn.example.com' })).toThrow(/"strictMode.allow" must be a list of hosts/);
    expect(() => resolve({ allow: ['https://cdn.example.com'] })).toThrow(/"strictMode.allow.0" must be a host/);
    expect(() => resolve({ allow: ['a.com; script-src *'] })).toThrow(/"strictMode.allow.0"/);
    expect(() => resolve({ allow: [], report: true })).toThrow(/report/);
  });
});
