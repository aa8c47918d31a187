import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Built into dist/ with relative URLs, so the repository's demo server can serve it from
// /examples/vue-spa/dist/ (pnpm demo) and any static host from anywhere.
export default defineConfig({
  base: './',
  plugins: [vue()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
});
