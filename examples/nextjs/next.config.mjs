import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The @consentkit/* packages are workspace links to ../../packages/*: let the bundler and the
// output tracing see the whole repository.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @type {import('next').NextConfig} */
export default {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root },
  outputFileTracingRoot: root,
};
