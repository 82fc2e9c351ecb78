import type { ApiError, WorkerProfileFragment } from '@fourmi/api-client';
import { Alert, Button, ErrorAlert, LOCALE_NAMES, LOCALES, SelectField, TextField, isLocale, useFieldProblemText, useFocusInvalid, type Locale } from '@fourmi/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { MAX_LANGUAGES } from '../lib/languages';
import { checkProfile, PROFILE_FIELDS, profileFieldErrors, type ProfileValues } from '../lib/profile-form';
import { LanguagesField } from './LanguagesField';

export interface ProfileFormProps {
  profile: WorkerProfileFragment;
  /** The language the app speaks now (the account's, or the one just chosen in the header). */
  locale: Locale;
  onSubmit(values: ProfileValues): void;
  busy: boolean;
  /** The API's refusal of the last save: field messages go under their field. */
  error?: ApiError;
  saved: boolean;
}

/** Name, languages worked in and interface language, saved together. */
export function ProfileForm({ profile, locale, onSubmit, busy, error, saved }: ProfileFormProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const [values, setValues] = useState<ProfileValues>(() => ({ displayName: profile.displayName, languages: profile.languages, locale }));
  // A language chosen in the header meanwhile is the one this form shows (and saves), not the one it opened with.
  const [appLocale, setAppLocale] = useState(locale);
  if (locale !== appLocale) {
    setAppLocale(locale);
    setValues({ ...values, locale });
  }
  const [problems, setProblems] = useState<ReturnType<typeof checkProfile>>({});
  const apiErrors = profileFieldErrors(error, t('profile.nameInvalid'), problemText);
  const errorOf = (field: keyof ProfileValues) => {
    const problem = problems[field];
    return problem ? t(problem, { max: MAX_LANGUAGES }) : apiErrors[field];
  };

  const { formRef, focusInvalid } = useFocusInvalid();
  // A save the API refused for a field: to that field, as for a problem found here.
  useEffect(() => {
    if (error?.fields.length) focusInvalid();
  }, [error, focusInvalid]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = checkProfile(values);
    setProblems(found);
    if (Object.keys(found).length === 0) onSubmit({ ...values, displayName: values.displayName.trim() });
    else focusInvalid();
  };

  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      {saved && <Alert tone="success">{t('profile.saved')}</Alert>}
      <ErrorAlert error={error} shownFields={PROFILE_FIELDS} />
      <TextField
        label={t('profile.displayName')}
        autoComplete="name"
        value={values.displayName}
        error={errorOf('displayName')}
        onChange={(e) => setValues({ ...values, displayName: e.target.value })}
      />
      <LanguagesField value={values.languages} error={errorOf('languages')} onChange={(languages) => setValues({ ...values, languages })} />
      <SelectField
        label={t('profile.locale')}
        hint={t('profile.localeHint')}
        value={values.locale}
        error={errorOf('locale')}
        onChange={(e) => isLocale(e.target.value) && setValues({ ...values, locale: e.target.value })}
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </SelectField>
      <div>
        <Button type="submit" busy={busy}>
          {t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
