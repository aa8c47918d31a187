import type { ScanProgress } from './scan-site';

/** Where progress goes: a writable stream with an optional TTY flag (process.stderr). */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/**
 * Progress for the terminal: on a TTY one line that redraws (`[####------] 3/20 accept
 * https://…`); elsewhere (CI logs, pipes) one plain line per page and per warning.
 */
export function createProgress(stream: ProgressStream): ScanProgress & { done(): void } {
  let index = 0;
  let total = 0;
  let url = '';
  const tty = stream.isTTY === true;
  const draw = (pass: string) => {
    const width = 20;
    const filled = Math.round((Math.min(index, total) / Math.max(total, 1)) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${index}/${total} ${pass.padEnd(6)} ${url}`;
    stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1)}\x1b[K`);
  };
  return {
    page(i, n, next) {
      index = i;
      total = n;
      url = next;
      if (!tty) stream.write(`scan: page ${i} (of at most ${n}) ${next}\n`);
    },
    pass(pass) {
      if (tty) draw(pass);
    },
    warn(message) {
      stream.write(`${tty ? '\r\x1b[K' : ''}scan: warning: ${message}\n`);
    },
    done() {
      if (tty) stream.write('\r\x1b[K');
    },
  };
}
