import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Built into dist/ with relative URLs, so the repository's demo server can serve it from
// /examples/react-spa/dist/ (pnpm demo) and any static host from anywhere.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
