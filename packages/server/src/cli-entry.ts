// Entry of the `consentkit-server` bin (bin/consentkit-server.mjs imports the built file).
import { main } from './cli';

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`consentkit-server: ${(error as Error).message}`);
  process.exit(1);
});
