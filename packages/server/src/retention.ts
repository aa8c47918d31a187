import type { RecordStore } from './record-store';

/** Options for {@link startRetention}. */
export interface RetentionOptions {
  /** Records received more than this many days ago are purged. */
  days: number;
  /** How often to check (default every hour; also once at start). */
  everyMs?: number;
  /** Told how many records each run purged, or why it failed. */
  onRun?: (purged: number, error?: unknown) => void;
}

/**
 * Purges records older than the retention period on a schedule. A purge keeps the chain
 * verifiable: the records' content and indexed data go, their hashes stay, and a `purge` entry
 * in the log names the purged entries and the cut-off. Returns a stop function.
 */
export function startRetention(store: () => Promise<RecordStore>, options: RetentionOptions): () => void {
  if (!(options.days > 0)) throw new Error('startRetention: days must be a positive number');
  const run = async () => {
    try {
      const purged = await (await store()).purgeBefore(new Date(Date.now() - options.days * 86_400_000));
      options.onRun?.(purged);
    } catch (error) {
      options.onRun?.(0, error);
    }
  };
  void run();
  const timer = setInterval(run, options.everyMs ?? 3_600_000);
  timer.unref?.();
  return () => clearInterval(timer);
}
