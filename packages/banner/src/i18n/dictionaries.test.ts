import { describe, expect, it } from 'vitest';
import { ar } from './ar';
import { de } from './de';
import { en, enExtra } from './en';
import { es } from './es';
import { fr } from './fr';
import { it as italian } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';

const ids = Object.keys({ ...en, ...enExtra }).sort();

describe('shipped dictionaries', () => {
  for (const [lang, messages] of Object.entries({ ar, de, es, fr, it: italian, nl, pl, pt, sv })) {
    it(`${lang} has every message id, each a non-empty, markup-free text`, () => {
      expect(Object.keys(messages).sort()).toEqual(ids);
      for (const [id, text] of Object.entries(messages)) {
        expect(text.trim(), id).not.toBe('');
        expect(text, id).not.toMatch(/[<>]/);
      }
    });

    it(`${lang} keeps the {title}/{category} slots of the placeholder texts`, () => {
      expect(messages['placeholder.text']).toContain('{title}');
      expect(messages['placeholder.text']).toContain('{category}');
      expect(messages['placeholder.allow']).toContain('{category}');
    });

    it(`${lang} is plain JSON data (the script-tag build ships it as a .json file)`, () => {
      expect(JSON.parse(JSON.stringify(messages))).toEqual(messages);
    });
  }
});
