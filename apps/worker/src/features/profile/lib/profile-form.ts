import { fieldErrorsOf, type Locale } from '@fourmi/ui';
import type { ApiError, ApiFieldError } from '@fourmi/api-client';
import { MAX_LANGUAGES } from './languages';

export interface ProfileValues {
  displayName: string;
  languages: string[];
  locale: Locale;
}

/** The profile's fields, as the API names them in `extensions.fields[].path`. */
export const PROFILE_FIELDS = ['displayName', 'languages', 'locale'] as const;
export type ProfileField = (typeof PROFILE_FIELDS)[number];

/** Limits the API checks too (UpdateProfileInput); checked first so the worker reads them in their language. */
export const DISPLAY_NAME_MAX = 80;

export type ProfileProblem = 'profile.nameInvalid' | 'profile.tooManyLanguages';

/** Problems the form can see before asking the API, by field. */
export function checkProfile(values: ProfileValues): Partial<Record<ProfileField, ProfileProblem>> {
  const problems: Partial<Record<ProfileField, ProfileProblem>> = {};
  const name = values.displayName.trim();
  if (name.length === 0 || name.length > DISPLAY_NAME_MAX) problems.displayName = 'profile.nameInvalid';
  if (values.languages.length > MAX_LANGUAGES) problems.languages = 'profile.tooManyLanguages';
  return problems;
}

/**
 * The API's field messages under the profile's fields. A refused name is worded by the form, in the
 * worker's language (the name has one rule); other messages as `word` says them (from their reason).
 */
export function profileFieldErrors(
  error: ApiError | undefined,
  nameInvalid: string,
  word?: (field: ApiFieldError) => string,
): Partial<Record<ProfileField, string>> {
  const fields = fieldErrorsOf(error, word);
  const result: Partial<Record<ProfileField, string>> = {};
  for (const field of PROFILE_FIELDS) if (fields[field]) result[field] = fields[field];
  if (result.displayName) result.displayName = nameInvalid;
  return result;
}

/** Adds or removes a language, keeping the worker's order and no duplicates. */
export function toggleLanguage(languages: readonly string[], code: string, on: boolean): string[] {
  const without = languages.filter((l) => l !== code);
  return on ? [...without, code] : without;
}
