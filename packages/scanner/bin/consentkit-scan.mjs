#!/usr/bin/env node
// `consentkit-scan <url> [options]`: see `consentkit-scan --help` and docs/scanner.md.
import process from 'node:process';
let main;
try {
  ({ main } = await import('../dist/cli.js'));
} catch (error) {
  process.stderr.write(
    `consentkit-scan: the scanner is not built (${String(error.message).split('\n')[0]}); run \`pnpm build\` at the repository root first\n`,
  );
  process.exit(2);
}
process.exit(await main(process.argv.slice(2)));
