import type { Category, ConsentManager } from '@consentkit/core';
import { en, enExtra } from './i18n/en';

/** The texts of a framework gate's default placeholder (`<ConsentGate>` of @consentkit/react and /vue). */
export interface GateTexts {
  /** "“This content” is provided by a third party and needs your consent for: Analytics." */
  readonly text: string;
  /** "Allow Analytics": the label of the button that grants just this category. */
  readonly allow: string;
}

/**
 * The placeholder texts for content that needs `category`: the site's `config.texts` in
 * `config.language` (then English), the site's category label, else ConsentKit's English.
 * Reads no `document`, so it works while rendering on a server.
 */
export function gateTexts(manager: ConsentManager, category: Category): GateTexts {
  const site = manager.config.texts;
  const shipped: Record<string, string> = { ...en, ...enExtra };
  const text = (id: string) => site[manager.config.language ?? 'en']?.[id] ?? site.en?.[id] ?? shipped[id] ?? '';
  const label = manager.config.categories.find((c) => c.id === category)?.label ?? (text(`category.${category}.label`) || category);
  const fill = (id: string) => text(id).replace('{title}', text('placeholder.untitled')).replace('{category}', label);
  return { text: fill('placeholder.text'), allow: fill('placeholder.allow') };
}
