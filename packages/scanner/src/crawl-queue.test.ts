import { describe, expect, it } from 'vitest';
import { createCrawlQueue } from './crawl-queue';

describe('createCrawlQueue', () => {
  it('visits the start page, then same-site links breadth first, each once', () => {
    const queue = createCrawlQueue('https://shop.example/');
    expect(queue.next()).toBe('https://shop.example/');
    queue.addLinks([
      'https://shop.example/a',
      'https://blog.shop.example/post',
      'https://other.example/',
      'https://shop.example/a#reviews',
      'https://shop.example/brochure.pdf',
      'mailto:hi@shop.example',
      'https://shop.example/',
    ]);
    queue.addLinks(['https://shop.example/b']);
    expect([queue.next(), queue.next(), queue.next(), queue.next()]).toEqual([
      'https://shop.example/a',
      'https://blog.shop.example/post',
      'https://shop.example/b',
      undefined,
    ]);
  });

  it('always visits the start URL, even one that looks like a file', () => {
    expect(createCrawlQueue('https://shop.example/data.json').next()).toBe('https://shop.example/data.json');
  });
});
