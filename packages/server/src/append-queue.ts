import type { AppendOutcome, RecordStore } from './record-store';
import type { IncomingRecord } from './record-schema';

/** Most records written in one transaction. */
const MAX_BATCH = 200;

/**
 * Group commit: records arriving while a transaction is running are written together in the
 * next one. Each caller's promise settles only once its record's transaction has committed
 * (or failed), so a 2xx always means "durably in the log". Several hundred concurrent posts
 * thus cost a handful of transactions instead of one each.
 *
 * @param concurrency transactions in flight at once (default 1). With PostgreSQL, 2 lets the
 *   next batch's first round trip overlap the previous commit; the chain lock in the database
 *   still writes them one after the other.
 */
export function createAppendQueue(store: Pick<RecordStore, 'append'>, concurrency = 1): (record: IncomingRecord) => Promise<AppendOutcome> {
  type Waiting = { record: IncomingRecord; resolve: (o: AppendOutcome) => void; reject: (e: unknown) => void };
  let waiting: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  async function run(batch: Waiting[]) {
    try {
      const outcomes = await store.append(batch.map((w) => w.record));
      batch.forEach((w, i) => w.resolve(outcomes[i]!));
    } catch (error) {
      for (const w of batch) w.reject(error);
    }
  }

  // Starting a batch only after the event loop has turned (setImmediate) lets requests already
  // on their sockets join it. It matters most for the embedded engine, whose queries run on
  // this thread and would otherwise leave each transaction with a single record.
  function schedule() {
    if (scheduled || inFlight >= concurrency || waiting.length === 0) return;
    scheduled = true;
    setImmediate(() => {
      scheduled = false;
      while (inFlight < concurrency && waiting.length > 0) {
        const batch = waiting.slice(0, MAX_BATCH);
        waiting = waiting.slice(MAX_BATCH);
        inFlight++;
        void run(batch).finally(() => {
          inFlight--;
          schedule();
        });
      }
    });
  }

  return (record) =>
    new Promise<AppendOutcome>((resolve, reject) => {
      waiting.push({ record, resolve, reject });
      schedule();
    });
}
