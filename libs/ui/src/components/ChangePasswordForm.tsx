import type { ApiError } from '@fourmi/api-client';
import { useEffect, useReducer, type FormEvent } from 'react';
import { fieldErrorsOf } from '../api/request-state';
import { useFocusInvalid } from '../hooks/hooks';
import { useUiT } from '../i18n/messages';
import { useFieldProblemText } from '../i18n/useFieldProblems';
import { Alert, ErrorAlert } from './Alert';
import { Button } from './Button';
import {
  CHANGE_PASSWORD_API_FIELDS,
  changePasswordReducer,
  checkChangePassword,
  initialChangePasswordState,
  type ChangePasswordField,
  type ChangePasswordValues,
} from './change-password-state';
import { TextField } from './fields';
import { NewPasswordFields, usePasswordProblemText } from './NewPasswordFields';

export interface ChangePasswordFormProps {
  /** Sends the change; resolves true once the password is changed (usePasswordChange's `change`). */
  onSubmit(values: ChangePasswordValues): Promise<boolean>;
  busy?: boolean;
  /** The API's refusal of the last attempt: field problems go under their field. */
  error?: ApiError | null;
  /** The account's email, for password managers to know whose password changes (never shown). */
  username?: string;
  /** The form state to start from (specs; a page starts empty). */
  initialState?: typeof initialChangePasswordState;
}

/**
 * Current password, new password (with sign-up's hint) and its confirmation. The confirmation and
 * empty fields are checked here, the rest by the API; each refusal is said under its field, which gets
 * the focus. Once changed, the form empties and says that the other sessions were signed out.
 */
export function ChangePasswordForm({ onSubmit, busy = false, error, username, initialState = initialChangePasswordState }: ChangePasswordFormProps) {
  const t = useUiT();
  const problemText = useFieldProblemText();
  const [state, dispatch] = useReducer(changePasswordReducer, initialState);
  const { draft, problems, changed } = state;
  const apiError = error && error !== state.staleError ? error : null;
  const apiFields = fieldErrorsOf(apiError, problemText);
  const problemWords = usePasswordProblemText();
  const errorOf = (field: ChangePasswordField) => {
    const problem = problems[field];
    return problem ? problemWords(problem) : apiFields[field];
  };

  const { formRef, focusInvalid } = useFocusInvalid();
  // A change the API refused for a field (a wrong current password): to that field.
  useEffect(() => {
    if (error?.fields.length) focusInvalid();
  }, [error, focusInvalid]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    dispatch({ type: 'submit', error });
    if (Object.keys(checkChangePassword(draft)).length > 0) return focusInvalid();
    const { currentPassword, newPassword } = draft;
    if (await onSubmit({ currentPassword, newPassword })) dispatch({ type: 'changed' });
  };
  const edit = (field: ChangePasswordField, value: string) => dispatch({ type: 'edit', field, value });

  return (
    <form ref={formRef} className="stack" onSubmit={(e) => void submit(e)} noValidate>
      <p className="muted">{t('ui.password.intro')}</p>
      {changed && <Alert tone="success">{t('ui.password.changed')}</Alert>}
      <ErrorAlert error={apiError} shownFields={CHANGE_PASSWORD_API_FIELDS} />
      {username && <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />}
      <TextField
        label={t('ui.password.current')}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        value={draft.currentPassword}
        error={errorOf('currentPassword')}
        onChange={(e) => edit('currentPassword', e.target.value)}
      />
      <NewPasswordFields values={draft} errors={{ newPassword: errorOf('newPassword'), confirmPassword: errorOf('confirmPassword') }} onChange={edit} />
      <div>
        <Button type="submit" busy={busy}>
          {t('ui.password.submit')}
        </Button>
      </div>
    </form>
  );
}
