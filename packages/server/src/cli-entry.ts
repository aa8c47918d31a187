// Entry of the `consentkit-server` bin (bin/consentkit-server.mjs imports the built file).
import { main } from './cli';

// Started by a parent through an IPC channel (a test harness, a process manager): when that
// parent goes away, stop cleanly instead of lingering as an orphan that holds the port and
// the data directory.
if (process.send) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`consentkit-server: ${(error as Error).message}`);
  process.exit(1);
});
