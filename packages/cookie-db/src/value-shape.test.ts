import { describe, expect, it } from 'vitest';
import { valueShape } from './value-shape';

describe('valueShape', () => {
  it('recognises identifiers: UUIDs, analytics client ids, long random tokens', () => {
    for (const value of ['8f14e45f-ceea-467a-9f5e-5b3f1c0c2a11', 'GA1.2.1234567890.1700000000', 'fb.1.1700000000000.1234567890', 'a8Zk29QpL0xYw7Rt4nB1']) {
      expect(valueShape(value), value).toBe('id');
    }
  });

  it('recognises consent records: TCF strings and JSON or URL-encoded objects naming categories', () => {
    for (const value of ['CQBx2UAQBx2UAAHABBENBJFgAAAAAAAAAAAAAAAAAAAA', '{"necessary":true,"analytics":false}', '%7B%22necessary%22%3Atrue%7D']) {
      expect(valueShape(value), value).toBe('consent');
    }
  });

  it('recognises short flags and leaves everything else as other', () => {
    for (const value of ['1', 'true', 'yes', 'en-GB']) expect(valueShape(value), value).toBe('flag');
    for (const value of ['', 'hello world, a sentence', 'dismissed-all', 'x'.repeat(5000), '%E0%A4%A0%A0%A0']) expect(valueShape(value), value).toBe('other');
  });

  it('does not throw on bad input', () => {
    for (const value of [undefined, null, 42, {}, '%']) expect(() => valueShape(value)).not.toThrow();
  });
});
