/**
 * A one-line reason a page could not be visited, from Chromium's network error codes
 * (`net::ERR_…`) and Playwright's timeouts; never a stack trace.
 */
export function describeNavigationError(error: unknown, url: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = /net::(ERR_[A-Z_]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_CONNECTION_REFUSED':
      return `${url} could not be reached: connection refused (is the server running?)`;
    case 'ERR_NAME_NOT_RESOLVED':
      return `${url} could not be reached: the host name does not resolve`;
    case 'ERR_TOO_MANY_REDIRECTS':
      return `${url} redirects in a loop (too many redirects)`;
    case 'ERR_CONNECTION_RESET':
    case 'ERR_EMPTY_RESPONSE':
    case 'ERR_CONNECTION_CLOSED':
      return `${url} closed the connection without an answer (${code})`;
    case 'ERR_CERT_AUTHORITY_INVALID':
    case 'ERR_SSL_PROTOCOL_ERROR':
      return `${url} has a TLS problem (${code})`;
    case 'ERR_ABORTED':
      return `${url} was not shown as a page (a download or an aborted navigation)`;
    case undefined:
      break;
    default:
      return `${url} could not be loaded (${code})`;
  }
  if (/Timeout \d+ms exceeded|timeout/i.test(message)) return `${url} did not answer in time`;
  if (/Download is starting/i.test(message)) return `${url} is a download, not an HTML page`;
  return `${url} could not be loaded: ${message.split('\n')[0]}`;
}
