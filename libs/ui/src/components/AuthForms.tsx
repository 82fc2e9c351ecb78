import { ApiError } from '@fourmi/api-client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../api/request-state';
import { useFieldProblemText } from '../i18n/useFieldProblems';
import { useUiT } from '../i18n/messages';
import { ErrorAlert } from './Alert';
import { Button } from './Button';
import { TextField } from './fields';

export interface SignInValues {
  email: string;
  password: string;
}

export interface SignUpValues extends SignInValues {
  displayName: string;
}

interface FormProps<V> {
  onSubmit(values: V): void;
  busy?: boolean;
  /** The API error of the last attempt: field messages go next to their field. */
  error?: ApiError | null;
}

interface SignUpFormProps extends FormProps<SignUpValues> {
  /** The app's sign-in page, offered when the email already has an account. */
  signInPath?: string;
}

const SIGN_IN_FIELDS = ['email', 'password'];
const SIGN_UP_FIELDS = ['displayName', 'email', 'password'];

/**
 * The two refusals everyone meets, a wrong password and an email already taken, in the user's
 * language (the API writes English); any other error as the API wrote it.
 */
function inUserLanguage(error: ApiError | null | undefined, t: ReturnType<typeof useUiT>): ApiError | null | undefined {
  const message =
    error?.code === 'UNAUTHENTICATED'
      ? t('ui.auth.wrongCredentials')
      : isEmailTaken(error)
        ? t('ui.auth.emailTaken')
        : null;
  if (!error || message === null) return error;
  return new ApiError(message, error.code, error.fields.map((f) => ({ path: f.path, message })), error.status);
}

const isEmailTaken = (error: ApiError | null | undefined) => error?.code === 'CONFLICT' && error.fields.some((f) => f.path === 'email');

export function SignInForm({ onSubmit, busy, error: apiError }: FormProps<SignInValues>) {
  const t = useUiT();
  const problemText = useFieldProblemText();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const error = inUserLanguage(apiError, t);
  const fields = fieldErrorsOf(error, problemText);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ ...values, email: values.email.trim() });
  };
  return (
    <form onSubmit={submit} noValidate={false}>
      <ErrorAlert error={error} shownFields={SIGN_IN_FIELDS} />
      <TextField
        label={t('ui.auth.email')}
        type="email"
        autoComplete="email"
        required
        value={values.email}
        error={fields['email']}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
      />
      <TextField
        label={t('ui.auth.password')}
        type="password"
        autoComplete="current-password"
        required
        value={values.password}
        error={fields['password']}
        onChange={(e) => setValues({ ...values, password: e.target.value })}
      />
      <Button type="submit" busy={busy} className="btn-block">
        {t('ui.auth.signIn')}
      </Button>
    </form>
  );
}

export function SignUpForm({ onSubmit, busy, error: apiError, signInPath }: SignUpFormProps) {
  const t = useUiT();
  const problemText = useFieldProblemText();
  const [values, setValues] = useState<SignUpValues>({ displayName: '', email: '', password: '' });
  const error = inUserLanguage(apiError, t);
  const fields = fieldErrorsOf(error, problemText);
  // The email field says it is taken, with the way to sign in: an alert above would say it twice.
  const taken = isEmailTaken(apiError);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ displayName: values.displayName.trim(), email: values.email.trim(), password: values.password });
  };
  return (
    <form onSubmit={submit}>
      {!taken && <ErrorAlert error={error} shownFields={SIGN_UP_FIELDS} />}
      <TextField
        label={t('ui.auth.displayName')}
        autoComplete="name"
        required
        value={values.displayName}
        error={fields['displayName']}
        onChange={(e) => setValues({ ...values, displayName: e.target.value })}
      />
      <TextField
        label={t('ui.auth.email')}
        type="email"
        autoComplete="email"
        required
        value={values.email}
        error={fields['email']}
        onChange={(e) => setValues({ ...values, email: e.target.value })}
      />
      {taken && signInPath && (
        <p className="small">
          <Link to={signInPath}>{t('ui.auth.signInInstead')}</Link>
        </p>
      )}
      <TextField
        label={t('ui.auth.password')}
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        hint={t('ui.auth.passwordHint')}
        value={values.password}
        error={fields['password']}
        onChange={(e) => setValues({ ...values, password: e.target.value })}
      />
      <Button type="submit" busy={busy} className="btn-block">
        {t('ui.auth.signUp')}
      </Button>
    </form>
  );
}
