import { useCallback } from 'react';
import { useUiT } from '../i18n/messages';
import { PASSWORD_MIN_LENGTH, type ChangePasswordProblem, type NewPasswordDraft, type NewPasswordField } from './change-password-state';
import { TextField, type TextFieldProps } from './fields';

/**
 * A password being chosen (sign-up, a change, a reset link): for password managers a new one, with the
 * length the API asks and the hint that says it.
 */
export function NewPasswordField(props: TextFieldProps) {
  const t = useUiT();
  return <TextField type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} hint={t('ui.auth.passwordHint')} {...props} />;
}

/** A problem checkNewPassword (or checkChangePassword) found, in the user's language. */
export function usePasswordProblemText(): (problem: ChangePasswordProblem) => string {
  const t = useUiT();
  return useCallback((problem: ChangePasswordProblem) => (problem.key === 'field.tooShort' ? t(problem.key, { min: problem.min }) : t(problem.key)), [t]);
}

export interface NewPasswordFieldsProps {
  values: NewPasswordDraft;
  /** Each field's problem, found here or by the API, in words. */
  errors: Partial<Record<NewPasswordField, string>>;
  onChange(field: NewPasswordField, value: string): void;
}

/** The new password (with sign-up's hint) and its confirmation, named `newPassword` and `confirmPassword`. */
export function NewPasswordFields({ values, errors, onChange }: NewPasswordFieldsProps) {
  const t = useUiT();
  return (
    <>
      <NewPasswordField
        label={t('ui.password.new')}
        name="newPassword"
        value={values.newPassword}
        error={errors.newPassword}
        onChange={(e) => onChange('newPassword', e.target.value)}
      />
      <TextField
        label={t('ui.password.confirm')}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        value={values.confirmPassword}
        error={errors.confirmPassword}
        onChange={(e) => onChange('confirmPassword', e.target.value)}
      />
    </>
  );
}
