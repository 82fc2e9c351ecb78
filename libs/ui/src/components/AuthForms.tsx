import { ApiError } from '@fourmi/api-client';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../api/request-state';
import { useReasonText } from '../i18n/error-reasons';
import { useFieldProblemText } from '../i18n/useFieldProblems';
import { useUiT } from '../i18n/messages';
import { Alert, ErrorAlert } from './Alert';
import { Button } from './Button';
import { TextField } from './fields';
import { NewPasswordField } from './NewPasswordFields';

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

interface SignInFormProps extends FormProps<SignInValues> {
  /**
   * Why the server ended the last session (useAuth's `ended`): a suspension (with the admin's reason) or
   * a password changed elsewhere is said until the next attempt; an expired session says nothing.
   */
  sessionEnd?: ApiError | null;
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

/** A suspended account: refused at sign-in (FORBIDDEN), or its session ended (UNAUTHENTICATED). */
export const isSuspension = (error: ApiError | null | undefined): error is ApiError => error?.reason?.key === 'auth.suspended';
/** A session ended because the password was changed (on another device, or in the other app). */
const isPasswordChange = (error: ApiError | null | undefined): error is ApiError => error?.reason?.key === 'auth.sessionEnded';

/**
 * What the sign-in form says before its fields, if anything: a suspension refusing the last attempt,
 * else (until an attempt) why the server ended the session: a suspension or a password change.
 */
export function sessionEndToSay(attempt: ApiError | null | undefined, sessionEnd: ApiError | null | undefined, tried: boolean): ApiError | null {
  if (isSuspension(attempt)) return attempt;
  return !tried && !attempt && (isSuspension(sessionEnd) || isPasswordChange(sessionEnd)) ? sessionEnd : null;
}

/** The app's sentence for why the session ended; for a suspension, then the reason the admin gave, when they gave one. */
export function SessionEndAlert({ error }: { error: ApiError }) {
  const t = useUiT();
  const reasonText = useReasonText();
  const given = error.reason?.params['reason'];
  const why = typeof given === 'string' ? given.trim() : '';
  // Outside an app that words it, the API's English, which names the reason itself.
  const worded = error.reason ? reasonText(error.reason) : null;
  return (
    <Alert tone={isSuspension(error) ? 'error' : 'info'}>
      <p>{worded ?? error.message}</p>
      {worded && why && <p>{t('ui.auth.suspendedReason', { reason: why })}</p>}
    </Alert>
  );
}

export function SignInForm({ onSubmit, busy, error: apiError, sessionEnd }: SignInFormProps) {
  const t = useUiT();
  const problemText = useFieldProblemText();
  const [values, setValues] = useState<SignInValues>({ email: '', password: '' });
  const [tried, setTried] = useState(false);
  const ended = sessionEndToSay(apiError, sessionEnd, tried);
  const error = inUserLanguage(apiError, t);
  const fields = fieldErrorsOf(error, problemText);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    onSubmit({ ...values, email: values.email.trim() });
  };
  return (
    <form onSubmit={submit} noValidate={false}>
      {ended ? <SessionEndAlert error={ended} /> : <ErrorAlert error={error} shownFields={SIGN_IN_FIELDS} />}
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
      <NewPasswordField
        label={t('ui.auth.password')}
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
