import { Alert, Button, ErrorAlert, fieldErrorsOf, formatMoney, TextField, useFieldProblemText, useLocale } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { newIdempotencyKey } from '../../admin/lib/admin-forms';
import { useGrantBonus } from '../hooks/useReview';
import { parseBonus } from '../lib/review-state';

export interface BonusFormProps {
  assignmentId: string;
  worker: string;
  item: string;
  currency: string;
}

/** Pays one answer's worker a bonus with a message; one idempotency key per form, so a retry pays once. */
export function BonusForm({ assignmentId, worker, item, currency }: BonusFormProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const { mutate, loading, error } = useGrantBonus();
  const [key] = useState(newIdempotencyKey);
  const [amount, setAmount] = useState('0.50');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ amount?: string; message?: string }>({});
  const [done, setDone] = useState<{ cents: number; applied: boolean } | null>(null);
  const server = fieldErrorsOf(error, problemText);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseBonus(amount, message);
    if (!parsed.ok) {
      setErrors({ amount: parsed.errors.amount && t(parsed.errors.amount), message: parsed.errors.message && t(parsed.errors.message) });
      return;
    }
    setErrors({});
    const result = await mutate({ input: { assignmentId, amountCents: parsed.amountCents, message: parsed.message, idempotencyKey: key } });
    if (result.ok) setDone({ cents: result.data.grantBonus.amountCents, applied: result.data.grantBonus.applied });
  };

  if (done) {
    return (
      <Alert tone="success">
        {done.applied ? t('review.bonusPaid', { amount: formatMoney(done.cents, currency, locale), worker }) : t('review.bonusRepeated')}
      </Alert>
    );
  }
  return (
    <form className="bonus-form" aria-label={t('review.bonusFor', { worker, item })} onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={error} shownFields={['amountCents', 'message']} />
      <div className="row">
        <TextField
          label={t('review.bonusAmount', { currency })}
          inputMode="decimal"
          value={amount}
          error={errors.amount ?? server['amountCents']}
          onChange={(e) => setAmount(e.target.value)}
        />
        <TextField
          label={t('review.bonusMessage')}
          value={message}
          maxLength={500}
          error={errors.message ?? server['message']}
          onChange={(e) => setMessage(e.target.value)}
        />
        <Button type="submit" variant="secondary" busy={loading}>
          {t('review.payBonus')}
        </Button>
      </div>
    </form>
  );
}
