import type { ApiError } from '@fourmi/api-client';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '../api/request-state';
import { useFocusInvalid } from '../hooks/hooks';
import { useReasonText } from '../i18n/error-reasons';
import { useUiT } from '../i18n/messages';
import { useFieldProblemText } from '../i18n/useFieldProblems';
import { Alert, ErrorAlert } from './Alert';
import { isSuspension, SessionEndAlert } from './AuthForms';
import { Button } from './Button';
import { checkNewPassword, type ChangePasswordProblem, type NewPasswordDraft, type NewPasswordField } from './change-password-state';
import { NewPasswordFields, usePasswordProblemText } from './NewPasswordFields';

export interface ResetPasswordFormProps {
  /** The link's ticket (its `ticket` query parameter); null when the link lost it. */
  ticket: string | null;
  /** Sends the new password (usePasswordReset's `reset`); the page moves on once it is set. */
  onSubmit(ticket: string, newPassword: string): void | Promise<unknown>;
  busy?: boolean;
  /** The API's refusal of the last attempt. */
  error?: ApiError | null;
  /** The app's sign-in page, offered when the link cannot be used. */
  signInPath: string;
  /** The form state to start from (specs; a page starts empty). */
  initialDraft?: NewPasswordDraft;
}

const EMPTY: NewPasswordDraft = { newPassword: '', confirmPassword: '' };
const API_FIELDS = ['newPassword'];

/** A refusal of the link itself (expired, used, forged): no password can be set with it. */
export const isResetLinkInvalid = (error: ApiError | null | undefined) => error?.reason?.key === 'auth.resetLinkInvalid';

/** The way out of a link that cannot be used: a new one comes from support, and signing in needs none. */
function LinkUnusable({ children, signInPath }: { children: string; signInPath: string }) {
  const t = useUiT();
  return (
    <div className="stack">
      <Alert tone="error">
        <p>{children}</p>
      </Alert>
      <p>
        <Link to={signInPath}>{t('ui.reset.toSignIn')}</Link>
      </p>
    </div>
  );
}

/**
 * A reset link's page body: the new password (with sign-up's hint) and its confirmation, checked as a
 * password change checks them. A link without its ticket, or one the API refuses (expired, used,
 * forged), says so with the way to the sign-in page; a weak password is said under its field; a
 * suspended account, with the admin's reason, as at sign-in.
 */
export function ResetPasswordForm({ ticket, onSubmit, busy = false, error, signInPath, initialDraft = EMPTY }: ResetPasswordFormProps) {
  const t = useUiT();
  const reasonText = useReasonText();
  const problemText = useFieldProblemText();
  const problemWords = usePasswordProblemText();
  const [draft, setDraft] = useState(initialDraft);
  const [problems, setProblems] = useState<Partial<Record<NewPasswordField, ChangePasswordProblem>>>(() => (initialDraft === EMPTY ? {} : checkNewPassword(initialDraft)));
  // The API's refusal of an earlier attempt, no longer shown once a new attempt is refused here.
  const [stale, setStale] = useState<ApiError | null>(null);
  const apiError = error && error !== stale ? error : null;
  const apiFields = fieldErrorsOf(apiError, problemText);
  const errorOf = (field: NewPasswordField) => {
    const problem = problems[field];
    return problem ? problemWords(problem) : apiFields[field];
  };

  const { formRef, focusInvalid } = useFocusInvalid();
  useEffect(() => {
    if (error?.fields.length) focusInvalid();
  }, [error, focusInvalid]);

  if (!ticket) return <LinkUnusable signInPath={signInPath}>{t('ui.reset.incomplete')}</LinkUnusable>;
  if (apiError?.reason && isResetLinkInvalid(apiError)) return <LinkUnusable signInPath={signInPath}>{reasonText(apiError.reason) ?? apiError.message}</LinkUnusable>;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = checkNewPassword(draft);
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setStale(error ?? null);
      return focusInvalid();
    }
    setStale(null);
    void onSubmit(ticket, draft.newPassword);
  };
  return (
    <form ref={formRef} className="stack" onSubmit={submit} noValidate>
      <p className="muted">{t('ui.reset.intro')}</p>
      {isSuspension(apiError) ? <SessionEndAlert error={apiError} /> : <ErrorAlert error={apiError} shownFields={API_FIELDS} />}
      <NewPasswordFields
        values={draft}
        errors={{ newPassword: errorOf('newPassword'), confirmPassword: errorOf('confirmPassword') }}
        onChange={(field, value) => setDraft((d) => ({ ...d, [field]: value }))}
      />
      <div>
        <Button type="submit" busy={busy}>
          {t('ui.reset.submit')}
        </Button>
      </div>
    </form>
  );
}
