import type { ApiError } from '@fourmi/api-client';
import { Button, ErrorAlert, fieldErrorsOf, TextField, useFieldProblemText, type ButtonVariant } from '@fourmi/ui';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useT } from '../../../i18n';
import { checkAdminReason } from '../lib/admin-forms';

export interface ReasonFormProps {
  /** The form's name, e.g. "Suspend Quokka". */
  name?: string;
  /** The reason field's label, e.g. "Why lift this ban". */
  label: string;
  /** Under the field: what the action does. */
  hint?: ReactNode;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  /** The action's state: the API's refusal above, its message about the reason under the field. */
  busy: boolean;
  error: ApiError | undefined;
  /** Called with the reason, trimmed, once it is 3 to 1,000 characters. */
  onSubmit(reason: string): void;
  onCancel(): void;
  className?: string;
}

/**
 * An admin's action with a reason for the audit trail (a ban lifted, an account suspended or reinstated):
 * the reason checked as the API checks it, then sent, or the action cancelled. Opens with the reason in focus.
 */
export function ReasonForm({ name, label, hint, submitLabel, submitVariant = 'primary', busy, error, onSubmit, onCancel, className = 'stack' }: ReasonFormProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const fieldId = useId();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  useEffect(() => document.getElementById(fieldId)?.focus(), [fieldId]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wrong = checkAdminReason(reason);
    setReasonError(wrong ? t(wrong) : undefined);
    if (!wrong) onSubmit(reason.trim());
  };
  return (
    <form className={className} aria-label={name} onSubmit={submit}>
      <ErrorAlert error={error} shownFields={['reason']} />
      <TextField
        id={fieldId}
        label={label}
        hint={hint}
        value={reason}
        required
        error={reasonError ?? fieldErrorsOf(error, problemText)['reason']}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="row">
        <Button type="submit" variant={submitVariant} busy={busy}>
          {submitLabel}
        </Button>
        <Button variant="ghost" onClick={onCancel} disabled={busy}>
          {t('form.cancel')}
        </Button>
      </div>
    </form>
  );
}
