import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

const capture = (isTTY: boolean) => {
  const chunks: string[] = [];
  return { stream: { isTTY, columns: 80, write: (t: string) => chunks.push(t) }, chunks };
};

describe('createProgress', () => {
  it('writes plain lines when the output is not a terminal', () => {
    const { stream, chunks } = capture(false);
    const progress = createProgress(stream);
    progress.page(1, 20, 'https://shop.example/');
    progress.pass('before');
    progress.warn('slow page');
    expect(chunks.join('')).toBe('scan: page 1 (of at most 20) https://shop.example/\nscan: warning: slow page\n');
  });

  it('redraws one bar on a terminal', () => {
    const { stream, chunks } = capture(true);
    const progress = createProgress(stream);
    progress.page(2, 4, 'https://shop.example/a');
    progress.pass('accept');
    expect(chunks.join('')).toContain('\r[##########----------] 2/4 accept https://shop.example/a');
    expect(chunks.join('')).not.toContain('\n');
  });
});
