/** Framework-free i18n: message lookup, plurals, placeholders, locale choice, completeness checks. */

export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Names shown in the language switch, each in its own language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/** A plural message chooses its form with Intl.PluralRules on `vars.count`. */
export interface PluralMessage {
  zero?: string;
  one: string;
  other: string;
}
export type Message = string | PluralMessage;
export type Messages = Record<string, Message>;
export type Vars = Record<string, string | number>;

/** Dictionaries for every locale; the other locales must have exactly the keys of `en`. */
export type Dictionaries<D extends Messages> = { en: D } & { [L in Exclude<Locale, 'en'>]: Record<keyof D, Message> };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The first candidate (a BCP 47 tag such as `fr-CA`) whose language we support, else English. */
export function pickLocale(candidates: readonly (string | null | undefined)[]): Locale {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const language = candidate.toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return DEFAULT_LOCALE;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, message: PluralMessage, count: number): string {
  if (count === 0 && message.zero !== undefined) return message.zero;
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === 'one' ? message.one : message.other;
}

const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** A number as the locale writes it: 12,000 and 0.5 in English, 12 000 and 0,5 in French. */
export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

/**
 * Fills `{name}` placeholders, numbers written as the locale writes them; unknown placeholders are
 * left visible so they get noticed.
 */
export function formatMessage(locale: Locale, message: Message, vars?: Vars): string {
  const template =
    typeof message === 'string' ? message : pluralForm(locale, message, Number(vars?.['count'] ?? 0));
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = vars[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(locale, value) : String(value);
  });
}

function placeholders(message: Message): string {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set(texts.flatMap((t) => [...(t ?? '').matchAll(/\{(\w+)\}/g)].map((m) => m[1])));
  return [...names].sort().join(',');
}

/**
 * Every problem that would show a user a missing or broken string: keys absent from a locale,
 * empty messages, and placeholders that differ between locales. Empty means complete.
 */
export function findDictionaryProblems(dictionaries: Record<Locale, Messages>): string[] {
  const problems: string[] = [];
  const allKeys = new Set(LOCALES.flatMap((l) => Object.keys(dictionaries[l])));
  for (const key of allKeys) {
    for (const locale of LOCALES) {
      const message = dictionaries[locale][key];
      if (message === undefined) problems.push(`${locale}: missing "${key}"`);
      else if ((typeof message === 'string' ? [message] : Object.values(message)).some((t) => !t?.trim()))
        problems.push(`${locale}: empty "${key}"`);
    }
    const shapes = new Set(
      LOCALES.map((l) => dictionaries[l][key]).filter((m): m is Message => m !== undefined).map(placeholders),
    );
    if (shapes.size > 1) problems.push(`placeholders differ for "${key}"`);
  }
  return problems;
}
