import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createClassifier } from './create-classifier';
import type { CookieClassification, CookieRuleSet, CookieSignals } from './types';

/**
 * Pins the classifier's answers, so that a change to the matching engine or the scorer that alters any answer shows up
 * as a diff of test-data/classifier-answers.tsv. Every name of the three labelled sets is classified alone, with the
 * setter host its row records (if any), and with that host plus the signals of a long-lived analytics id, against a
 * frozen copy of the rule data: test-data/engine-rules.json is data/cookie-rules.json as of commit fc4761c (same
 * sources and licences, see NOTICE.md), so importing new data does not move these answers — `pnpm bench:classify`
 * measures the data. Only the engine's answers are pinned; how fast it gives them is `pnpm bench` (never asserted).
 *
 * When a change is meant to move answers: `npx vitest run packages/cookie-db/src/classifier-answers.test.ts --update`, and
 * say in the commit which answers moved and why.
 */
const root = join(import.meta.dirname, '..', '..', '..');
const SETS = ['tests/fixtures/cookies/dev-set.tsv', 'tests/fixtures/cookies/held-out.tsv', 'packages/cookie-db/test-data/held-out.tsv'];
const SIGNALS: CookieSignals = { maxAgeSeconds: 31536000, path: '/', value: 'GA1.2.1234567890.1700000000' };

/** The (name, setter host) pairs of the sets, in file order, each once. */
function namesOfSets(): [name: string, host: string][] {
  const pairs = new Map<string, [string, string]>();
  for (const set of SETS) {
    const lines = readFileSync(join(root, set), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    const header = lines[0]!.split('\t');
    const hostColumn = header.indexOf('setter_host');
    for (const line of lines.slice(1)) {
      const cells = line.split('\t');
      const pair: [string, string] = [cells[0]!, hostColumn < 0 ? '' : (cells[hostColumn] ?? '')];
      pairs.set(pair.join('\t'), pair);
    }
  }
  return [...pairs.values()];
}

const show = (answer: CookieClassification | undefined) => (answer ? [answer.category, answer.vendor].filter(Boolean).join(' / ') : '-');

describe('classifier answers over the labelled sets (frozen rule data)', () => {
  it('match test-data/classifier-answers.tsv', async () => {
    const classify = createClassifier(JSON.parse(readFileSync(join(root, 'packages/cookie-db/test-data/engine-rules.json'), 'utf8')) as CookieRuleSet);
    const rows = namesOfSets().map(([name, host]) =>
      [name, host, show(classify(name)), show(classify(name, host || undefined)), show(classify(name, host || undefined, SIGNALS))].join('\t'),
    );
    const text = [
      '# Written by src/classifier-answers.test.ts (`npx vitest run -u packages/cookie-db/src/classifier-answers.test.ts`); do not edit.',
      '# Answers for the names of the three labelled sets against test-data/engine-rules.json; "-" is unknown.',
      '# signals: maxAgeSeconds 31536000, path /, value GA1.2.1234567890.1700000000',
      ['name', 'setter_host', 'name alone', 'name + setter host', 'name + setter host + signals'].join('\t'),
      ...rows,
      '',
    ].join('\n');
    await expect(text).toMatchFileSnapshot('../test-data/classifier-answers.tsv');
  });
});
