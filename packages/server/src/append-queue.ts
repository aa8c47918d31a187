import type { AppendOutcome, RecordStore } from './record-store';
import type { IncomingRecord } from './record-schema';

/** Most records written in one transaction. */
const MAX_BATCH = 200;

/**
 * Group commit: records arriving while a transaction is running are written together in the
 * next one. Each caller's promise settles only once its record's transaction has committed
 * (or failed), so a 2xx always means "durably in the log". Several hundred concurrent posts
 * thus cost a handful of transactions instead of one each.
 */
export function createAppendQueue(store: Pick<RecordStore, 'append'>): (record: IncomingRecord) => Promise<AppendOutcome> {
  type Waiting = { record: IncomingRecord; resolve: (o: AppendOutcome) => void; reject: (e: unknown) => void };
  let waiting: Waiting[] = [];
  let running = false;

  // Yielding to the event loop before each transaction lets requests already on their sockets
  // join the batch. It matters most for the embedded engine, whose queries run on this thread.
  const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

  async function drain() {
    running = true;
    await tick();
    while (waiting.length > 0) {
      const batch = waiting.slice(0, MAX_BATCH);
      waiting = waiting.slice(MAX_BATCH);
      try {
        const outcomes = await store.append(batch.map((w) => w.record));
        batch.forEach((w, i) => w.resolve(outcomes[i]!));
      } catch (error) {
        for (const w of batch) w.reject(error);
      }
      await tick();
    }
    running = false;
  }

  return (record) =>
    new Promise<AppendOutcome>((resolve, reject) => {
      waiting.push({ record, resolve, reject });
      if (!running) void drain();
    });
}
