/*
 * Counts in words: "1 day rated", "2 days rated". Intl.PluralRules picks the
 * form, so a count is never "1 days"; numbers get the locale's grouping
 * ("1,204").
 */

export interface Forms {
  one: string;
  many: string;
}

import { currentLocale } from './format';

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function pluralRules(locale = currentLocale()): Intl.PluralRules {
  const key = locale ?? '';
  let r = rules.get(key);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rules.set(key, r);
  }
  return r;
}

export function formatNumber(n: number, locale = currentLocale()): string {
  const key = locale ?? '';
  let f = numbers.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    numbers.set(key, f);
  }
  return f.format(n);
}

/** The word alone, in the form the count needs ("day" or "days"). */
export const pluralWord = (n: number, forms: Forms, locale?: string): string =>
  pluralRules(locale).select(n) === 'one' ? forms.one : forms.many;

/** "1 day", "2 days", "1,204 check-ins". */
export const formatCount = (n: number, forms: Forms, locale?: string): string =>
  `${formatNumber(n, locale)} ${pluralWord(n, forms, locale)}`;

/** The usual English forms, for words that just add "s". */
export const regular = (one: string): Forms => ({ one, many: `${one}s` });
