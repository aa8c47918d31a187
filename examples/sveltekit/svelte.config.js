import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
export default {
  kit: {
    adapter: adapter(),
    // A strict policy with a fresh nonce per request: SvelteKit puts it on its own scripts and in
    // the header; src/hooks.server.ts gives the same nonce to the banner's <style>.
    csp: {
      mode: 'nonce',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', 'strict-dynamic'],
        'style-src': ['self'],
        // SvelteKit's route announcer (<div id="svelte-announcer" style="position: absolute; …">)
        // has a style attribute: allow exactly that one value by its hash, not 'unsafe-inline'.
        'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
        'img-src': ['self', 'data:'],
        'object-src': ['none'],
        'base-uri': ['none'],
      },
    },
  },
};
