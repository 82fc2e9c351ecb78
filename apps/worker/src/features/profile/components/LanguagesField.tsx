import { useLocale } from '@fourmi/ui';
import { useId } from 'react';
import { useT } from '../../../i18n';
import { bilingualLanguageName, languageOptions } from '../lib/languages';
import { toggleLanguage } from '../lib/profile-form';

export interface LanguagesFieldProps {
  value: string[];
  onChange(languages: string[]): void;
  error?: string;
}

/**
 * The languages a worker works in: a box per common language, each named in the interface language
 * and in itself ("German / Deutsch"), with the chosen ones listed above so a long list stays readable.
 */
export function LanguagesField({ value, onChange, error }: LanguagesFieldProps) {
  const t = useT();
  const { locale } = useLocale();
  const id = useId();
  const options = languageOptions(value, locale);
  const chosen = value.map((code) => bilingualLanguageName(code, locale));
  return (
    <fieldset
      className={['field', error ? 'field-invalid' : ''].filter(Boolean).join(' ')}
      aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
    >
      <legend>{t('profile.languages')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('profile.languagesHint')}
      </p>
      <p className="small" aria-live="polite">
        {chosen.length > 0 ? t('profile.languagesChosen', { list: chosen.join(', ') }) : t('profile.noLanguages')}
      </p>
      <div className="checks checks-columns">
        {options.map((option) => (
          <label key={option.code} className="check">
            <input
              type="checkbox"
              value={option.code}
              checked={value.includes(option.code)}
              onChange={(e) => onChange(toggleLanguage(value, option.code, e.target.checked))}
            />
            {option.name}
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
