/**
 * Tells the site's other open tabs that the decision changed, so they re-read the consent
 * cookie and apply it without a reload. BroadcastChannel where available; otherwise a
 * localStorage `storage` event (fired in every other same-origin tab).
 * Returns `notify` (call after writing a decision) and `stop`.
 */
export function connectTabs(channelName: string, onRemoteChange: () => void): { notify(): void; stop(): void } {
  if (typeof BroadcastChannel === 'function') {
    try {
      const channel = new BroadcastChannel(channelName);
      channel.onmessage = () => onRemoteChange();
      // Node (server rendering, tests) also has BroadcastChannel, and an open one keeps the
      // process alive until destroy(); unref() lets Node exit. Browsers have no unref().
      (channel as BroadcastChannel & { unref?: () => void }).unref?.();
      return { notify: () => channel.postMessage(1), stop: () => channel.close() };
    } catch {
      // Fall back to storage events (e.g. BroadcastChannel blocked in this context).
    }
  }
  if (typeof window === 'undefined' || typeof localStorage === 'undefined') return { notify() {}, stop() {} };
  const listener = (event: StorageEvent) => {
    if (event.key === channelName) onRemoteChange();
  };
  window.addEventListener('storage', listener);
  return {
    notify: () => {
      try {
        localStorage.setItem(channelName, String(Date.now() + Math.random()));
      } catch {
        // No storage, no sync: each tab still reads the cookie on its next load.
      }
    },
    stop: () => window.removeEventListener('storage', listener),
  };
}
