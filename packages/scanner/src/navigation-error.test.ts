import { describe, expect, it } from 'vitest';
import { describeNavigationError } from './navigation-error';

const URL = 'http://127.0.0.1:9/';

describe('describeNavigationError', () => {
  it.each([
    ['page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/\nCall log: …', /connection refused/],
    ['page.goto: net::ERR_TOO_MANY_REDIRECTS at …', /redirects in a loop/],
    ['page.goto: net::ERR_NAME_NOT_RESOLVED at …', /does not resolve/],
    ['page.goto: Timeout 30000ms exceeded.\nCall log: …', /did not answer in time/],
    ['page.goto: Download is starting', /is a download/],
    ['page.goto: net::ERR_BLOCKED_BY_CLIENT at …', /could not be loaded \(ERR_BLOCKED_BY_CLIENT\)/],
  ])('turns %j into one clear line', (message, expected) => {
    const text = describeNavigationError(new Error(message), URL);
    expect(text).toMatch(expected);
    expect(text).toContain(URL);
    expect(text).not.toContain('\n');
  });
});
