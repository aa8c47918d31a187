// Learns the cookie-name words of @consentkit/cookie-db (`heuristics.learned` and `heuristics.essential` in the rule
// data) from the database's own labelled rules — curated, imported and Open Cookie Database tiers — and picks the
// minimum support and purity by a vendor-grouped cross-validation of those rules. Used by scripts/generate-cookie-db.mjs.
// Never reads an evaluation set (the held-out sets of `pnpm bench:classify` are not touched here).
//
// A learned word is a word of cookie names (split as the classifier splits them: `kampyleUserSession` → `kampyle`,
// `user`, `session`), of at least `minLength` letters, that at least `support` distinct vendors use, at least `purity`
// of them in cookies of one category other than necessary. The learned words join the hand-written tracking words
// (`heuristics.words`, the `tracking-word` signal: the most invasive word of a name no rule knows decides); a word
// used mostly in necessary cookies is never learned, so a learned guess is never necessary.

/** Words of a name exactly as the classifier's `WORD_RE` (packages/cookie-db/src/create-classifier.ts) splits them. */
const WORD_RE = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
export const nameWords = (name) => [...new Set((String(name).match(WORD_RE) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 2))];

/** Folds of the vendor-grouped cross-validation. */
const FOLDS = 5;
/**
 * Share of the learned words' answers, on vendors the words were not learned from, that must be right about whether
 * the cookie needs consent (answer and truth both non-necessary). Below it the words would block essential cookies.
 */
export const TARGET_PRECISION = 0.8;
/**
 * Settings tried. Words are learned from 3 letters on: two-letter words (`pl`, `by`, `em`, `mt`, `fs`) are abbreviations
 * with unrelated meanings across sites, and the labelled names — nearly all vendors' — cannot show what such a word would
 * do to a site's own cookies and storage keys (a `pl` language cookie held as targeting). They won the cross-validation
 * once the Prebid storage keys joined the data (more answers at the same precision), which is exactly the case it does
 * not measure.
 */
const GRID = [3].flatMap((minLength) => [2, 3, 4].flatMap((support) => [0.75, 0.8, 0.9, 1].map((purity) => ({ minLength, support, purity }))));

/** Group of a vendor for the cross-validation: its first word, lowercase (`Google Analytics` and `Google Ads` are one). */
export const vendorGroup = (vendor) =>
  String(vendor)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .find(Boolean) ?? '';

function foldOf(group) {
  let h = 2166136261; // FNV-1a: a stable fold per group
  for (let i = 0; i < group.length; i++) h = Math.imul(h ^ group.charCodeAt(i), 16777619) >>> 0;
  return h % FOLDS;
}

/** Labelled examples from rule data: `{ name, words, vendor, category }` per pattern (`*` and `#` removed). */
export function examplesFrom(rules, notCookieNames = new Set()) {
  const width = rules.categories.length;
  const examples = [];
  for (const tier of rules.tiers) {
    for (const [pattern, value] of Object.entries(tier)) {
      if (notCookieNames.has(pattern)) continue;
      const name = pattern.replace(/[*#]/g, '_');
      const words = nameWords(name);
      if (words.length) examples.push({ name, words, vendor: rules.vendors[Math.floor(value / width)] ?? '', category: rules.categories[value % width] });
    }
  }
  return examples;
}

/** Per word: distinct vendors using it per category (category order of `categories`). */
export function countWords(examples, categories) {
  const seen = new Set();
  const counts = new Map();
  for (const { words, vendor, category } of examples) {
    const c = categories.indexOf(category);
    for (const word of words) {
      const key = `${word}\t${vendor}\t${c}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (!counts.has(word)) counts.set(word, new Array(categories.length).fill(0));
      counts.get(word)[c]++;
    }
  }
  return counts;
}

/**
 * Words never learned, whatever the vendors' names say: everyday words and abbreviations that a site's own cookies and
 * storage keys use for their own state (`popup_seen`, `usr_token`, `geo_store`, `newsletter_optin`, `cart_group`,
 * `video_src`, `page_load`). The labelled names are nearly all vendors', so the cross-validation cannot see what such a
 * word does to a site's cookies: held as tracking until consent, which breaks the feature, and reported by the scanner
 * as a leak on a site that does nothing wrong. A vendor name or ad-tech term (`criteo`, `rtb`, `idsync`) stays learnable.
 */
export const SITE_STATE_WORDS = new Set(
  'act aid amp aud bounce bucket camp cap category chk ext fired geo global group ignore load match optin partner playlist polls seen src survey sync usr viewer'.split(
    ' ',
  ),
);

/** The learned words (word → category) for one setting: shortest word, fewest vendors, least purity. */
export function selectWords(counts, categories, { minLength, support, purity }) {
  const learned = {};
  for (const [word, perCategory] of [...counts.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (word.length < minLength || SITE_STATE_WORDS.has(word)) continue;
    const n = perCategory.reduce((a, b) => a + b, 0);
    const top = Math.max(...perCategory);
    if (n < support || top / n < purity) continue;
    const category = categories[perCategory.indexOf(top)];
    if (category !== 'necessary') learned[word] = category;
  }
  return learned;
}

const RISK = { functional: 1, analytics: 2, targeting: 3 };

/** What the learned words say about a name, as the classifier decides: its most invasive learned word. */
export function guessFromWords(learned, { words }) {
  let best;
  for (const w of words) if (learned[w] && (!best || RISK[learned[w]] > RISK[best])) best = learned[w];
  return best;
}

/**
 * Cross-validates every setting of the grid (vendor-grouped folds), picks the one with the most answers among those whose
 * answers reach TARGET_PRECISION on "needs consent", and returns the words learned from all examples with it, plus the
 * table (printed by the generator and quoted in docs/cookie-classification.md).
 */
export function trainLearnedWords(examples, categories) {
  const table = GRID.map((setting) => ({ ...setting, n: 0, answered: 0, exact: 0, needsConsent: 0 }));
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainCounts = countWords(
      examples.filter((e) => foldOf(vendorGroup(e.vendor)) !== fold),
      categories,
    );
    const test = examples.filter((e) => foldOf(vendorGroup(e.vendor)) === fold);
    for (const row of table) {
      const words = selectWords(trainCounts, categories, row);
      for (const e of test) {
        row.n++;
        const guess = guessFromWords(words, e);
        if (!guess) continue;
        row.answered++;
        if (guess === e.category) row.exact++;
        if (e.category !== 'necessary') row.needsConsent++;
      }
    }
  }
  const eligible = table.filter((row) => row.answered > 0 && row.needsConsent / row.answered >= TARGET_PRECISION);
  // Most answers; on a tie the simpler setting (longer words, more support) — fewer words to ship.
  const chosen = eligible.sort((a, b) => b.answered - a.answered || b.minLength - a.minLength || b.support - a.support)[0] ?? {
    minLength: Infinity,
    support: Infinity,
    purity: 1,
  };
  const counts = countWords(examples, categories);
  return { learned: selectWords(counts, categories, chosen), chosen, table };
}
