import { languageName } from '@fourmi/ui';

/**
 * The languages a worker can say they work in: ISO 639-1 codes, two lowercase letters, as the API and
 * project requirements use them. The most spoken languages and those of the platform's requesters;
 * a code the worker already has keeps its place even when it is not on this list.
 */
export const COMMON_LANGUAGES = [
  'ar', 'bn', 'cs', 'da', 'de', 'el', 'en', 'es', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id', 'it', 'ja', 'ko',
  'ms', 'nl', 'no', 'pl', 'pt', 'ro', 'ru', 'sv', 'sw', 'th', 'tl', 'tr', 'uk', 'ur', 'vi', 'zh',
] as const;

/** The API takes at most this many languages. */
export const MAX_LANGUAGES = 20;

export interface LanguageOption {
  code: string;
  /** "French / français" in English; "français" alone when both names are the same. */
  name: string;
}

/** A language named in the interface language, then in itself: "German / Deutsch". */
export function bilingualLanguageName(code: string, locale: string): string {
  const inInterface = languageName(code, locale);
  const inItself = languageName(code, code);
  return inItself && inItself.toLocaleLowerCase(locale) !== inInterface.toLocaleLowerCase(locale) ? `${inInterface} / ${inItself}` : inInterface;
}

/** Every common language and the worker's own, named and in the interface language's alphabetical order. */
export function languageOptions(chosen: readonly string[], locale: string): LanguageOption[] {
  const codes = [...new Set([...COMMON_LANGUAGES, ...chosen])];
  return codes
    .map((code) => ({ code, name: bilingualLanguageName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}
