import type { ApiError } from '@fourmi/api-client';
import type { ReactNode } from 'react';
import { useReasonText } from '../i18n/error-reasons';
import { useUiT } from '../i18n/messages';
import { useFieldProblemLine, useFieldProblemText, useIsWorded } from '../i18n/useFieldProblems';
import { Button } from './Button';

export type AlertTone = 'info' | 'success' | 'warning' | 'error';

export interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  /** e.g. a retry button */
  action?: ReactNode;
}

/** Errors are announced at once (role alert); other tones politely (role status). */
export function Alert({ tone = 'info', title, children, action }: AlertProps) {
  return (
    <div className={`alert alert-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="alert-body">
        {title && <p className="alert-title">{title}</p>}
        {children}
      </div>
      {action && <div className="alert-action">{action}</div>}
    </div>
  );
}

export interface ErrorAlertProps {
  error: ApiError | undefined | null;
  /** Field paths the form shows next to its fields; other field messages are listed here. */
  shownFields?: readonly string[];
  onRetry?: () => void;
}

/**
 * The general message of an API error: transport and permission problems in the user's language,
 * domain errors from their reason when the app knows it (ReasonTextProvider), else in the server's
 * own words (they name the problem precisely), and the field messages that have no field on screen.
 */
export function ErrorAlert({ error, shownFields = [], onRetry }: ErrorAlertProps) {
  const t = useUiT();
  const line = useFieldProblemLine();
  const text = useFieldProblemText();
  const isWorded = useIsWorded();
  const reasonText = useReasonText();
  if (!error) return null;
  const unplaced = error.fields.filter((f) => !shownFields.includes(f.path));
  const placed = error.fields.length - unplaced.length;
  // When the app can word every listed problem, the API's English summary gives way to its own.
  const worded = error.code === 'BAD_USER_INPUT' && unplaced.length > 0 && unplaced.every(isWorded);
  let message: string;
  switch (error.code) {
    case 'NETWORK_ERROR':
      message = t('ui.error.NETWORK_ERROR');
      break;
    case 'SERVER_ERROR':
    case 'INTERNAL_SERVER_ERROR':
      message = t('ui.error.SERVER_ERROR');
      break;
    case 'FORBIDDEN':
      // A refusal the app words (a suspended account) says why; any other, that it is not allowed.
      message = (error.reason && reasonText(error.reason)) ?? t('ui.error.FORBIDDEN');
      break;
    default:
      // Validation errors point at the fields; other errors (a wrong password, a conflict) say what happened.
      if (worded) message = t('ui.error.listed');
      else if (error.code === 'BAD_USER_INPUT' && placed > 0 && unplaced.length === 0) message = t('ui.error.fields');
      else message = (error.reason && reasonText(error.reason)) ?? error.message;
  }
  // Field problems the message shown already says are not repeated: the API's English summary of one
  // conflict names its answer, the app's wording of its reason does not; "No such project" on its
  // projectId says the same as the whole refusal, in either language.
  const listed = worded ? unplaced : unplaced.filter((f) => !message.includes(f.message) && !message.includes(text(f)));
  return (
    <Alert
      tone="error"
      action={
        onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            {t('ui.retry')}
          </Button>
        )
      }
    >
      <p>{message}</p>
      {listed.length > 0 && (
        <ul>
          {listed.map((f) => (
            <li key={`${f.path}:${f.message}`}>{line(f)}</li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
