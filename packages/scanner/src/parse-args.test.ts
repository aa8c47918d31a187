import { describe, expect, it } from 'vitest';
import { parseScanArgs, UsageError } from './parse-args';

describe('parseScanArgs', () => {
  it('applies the defaults', () => {
    expect(parseScanArgs(['https://shop.example'])).toEqual({
      url: 'https://shop.example/',
      pages: 20,
      maxTime: 120,
      out: './consentkit-scan',
      formats: ['json', 'md', 'html'],
      chromium: null,
      hostResolverRules: null,
      failOnLeak: false,
      region: null,
    });
  });

  it('reads every flag', () => {
    const options = parseScanArgs([
      'http://127.0.0.1:8080/',
      '--pages',
      '3',
      '--max-time',
      '30',
      '--out',
      '/tmp/x',
      '--format',
      'json,html',
      '--chromium',
      '/usr/bin/chromium',
      '--host-resolver-rules',
      'MAP a.example 127.0.0.1:9',
      '--fail-on-leak',
      '--region',
      'us-ca',
    ]);
    expect(options).toMatchObject({
      pages: 3,
      maxTime: 30,
      out: '/tmp/x',
      formats: ['json', 'html'],
      chromium: '/usr/bin/chromium',
      hostResolverRules: 'MAP a.example 127.0.0.1:9',
      failOnLeak: true,
      region: 'US-CA',
    });
  });

  it('reads --flag=value and a value that starts with a dash', () => {
    expect(parseScanArgs(['https://a.example', '--pages=3', '--out', '-dir'])).toMatchObject({ pages: 3, out: '-dir' });
  });

  it('returns null for --help', () => {
    expect(parseScanArgs(['--help'])).toBeNull();
  });

  it.each([
    [[], /a URL to scan is required/],
    [['ftp://x.example/'], /not an http\(s\) URL/],
    [['not a url'], /is not a URL/],
    [['https://a.example', 'https://b.example'], /one URL expected/],
    [['https://a.example', '--pages', '0'], /--pages must be a whole number above 0/],
    [['https://a.example', '--pages', '2.5'], /--pages must be a whole number/],
    [['https://a.example', '--max-time', 'soon'], /--max-time must be a number above 0/],
    [['https://a.example', '--format', 'pdf'], /unknown format "pdf"/],
    [['https://a.example', '--region', 'France'], /--region must be an ISO 3166 code/],
    [['https://a.example', '--bogus'], /^Unknown option '--bogus'$/],
    [['https://a.example', '--pages', '-1'], /--pages must be a whole number above 0, got "-1"/],
    [['https://a.example', '--pages', '0x10'], /--pages must be a whole number above 0, got "0x10"/],
    [['https://a.example', '--pages', '1e1'], /--pages must be a whole number above 0/],
    [['https://a.example', '--pages', ' '], /--pages must be a whole number above 0/],
    [['https://a.example', '--max-time', 'Infinity'], /--max-time must be a number above 0/],
    [['https://a.example', '--max-time', '-5'], /--max-time must be a number above 0, got "-5"/],
    [['https://a.example', '--pages'], /^--pages needs a value$/],
    [['https://a.example', '--pages', '--fail-on-leak'], /^--pages needs a value$/],
    [['https://a.example', '--out'], /^--out needs a value$/],
    [['https://a.example', '--chromium'], /^--chromium needs a value$/],
  ])('rejects %j with a message naming the problem', (argv, message) => {
    expect(() => parseScanArgs(argv)).toThrow(UsageError);
    expect(() => parseScanArgs(argv)).toThrow(message);
  });
});
