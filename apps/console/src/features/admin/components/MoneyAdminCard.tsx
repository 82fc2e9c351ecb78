import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatMoney, TextField, useFieldProblemText, useLocale } from '@fourmi/ui';
import { useEffect, useId, useState } from 'react';
import { useT } from '../../../i18n';
import { SandboxBanner } from '../../billing/components/SandboxBanner';
import { useAdminCredit, useAdminRefund, usePaymentsMode, useReconcilePayments } from '../hooks/useAdmin';
import { newIdempotencyKey, parseAdjustment } from '../lib/admin-forms';

const CURRENCY = 'EUR';

/** A requester picked in the directory; `pick` counts the picks, so picking the same one again fills the form again. */
export interface PickedRequester {
  id: string;
  displayName: string;
  email: string;
  pick: number;
}

/**
 * Manual credit or refund of a requester's balance (audited, once per key) and payments reconciliation.
 * A requester picked in the directory fills the form and brings the amount into focus.
 */
export function MoneyAdminCard({ requester = null }: { requester?: PickedRequester | null }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const mode = usePaymentsMode();
  const credit = useAdminCredit();
  const refund = useAdminRefund();
  const reconcile = useReconcilePayments();
  const [userId, setUserId] = useState(requester?.id ?? '');
  const amountId = useId();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  // A new key for each new adjustment; a retry of the same one (after an error) keeps it.
  const [key, setKey] = useState(newIdempotencyKey);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [notice, setNotice] = useState<string | null>(null);
  const error = credit.error ?? refund.error;
  const server = fieldErrorsOf(error, problemText);

  useEffect(() => {
    if (!requester) return;
    setUserId(requester.id);
    setErrors({});
    setNotice(null);
    document.getElementById(amountId)?.focus();
  }, [requester, amountId]);
  const picked = requester && requester.id === userId.trim() ? requester : null;

  const adjust = async (direction: 'credit' | 'refund') => {
    setNotice(null);
    const parsed = parseAdjustment(userId, amount, reason);
    if (!parsed.ok) {
      const e = parsed.errors;
      return setErrors({ userId: e.userId && t(e.userId), amount: e.amount && t(e.amount), reason: e.reason && t(e.reason) });
    }
    setErrors({});
    (direction === 'credit' ? refund : credit).reset();
    const input = { userId: parsed.userId, amountCents: parsed.amountCents, reason: parsed.reason, idempotencyKey: `${direction}:${key}` };
    const result = direction === 'credit' ? await credit.mutate({ input }) : await refund.mutate({ input });
    if (!result.ok) return;
    const data = 'adminCreditBalance' in result.data ? result.data.adminCreditBalance : result.data.adminRefundBalance;
    const balance = formatMoney(data.balanceCents, CURRENCY, locale);
    setNotice(data.applied ? t('admin.adjusted', { amount: balance }) : t('admin.adjustRepeated', { amount: balance }));
    setKey(newIdempotencyKey());
    setAmount('');
    setReason('');
  };

  const runReconcile = async () => {
    setNotice(null);
    const result = await reconcile.mutate({});
    if (result.ok) {
      const r = result.data.reconcilePayments;
      setNotice(t('admin.reconciled', { payouts: r.payoutsSettled, topUps: r.topUpsCredited }));
    }
  };

  return (
    <Card title={t('admin.money')}>
      <SandboxBanner mode={mode.data?.paymentsMode} />
      {notice && <Alert tone="success">{notice}</Alert>}
      <ErrorAlert error={error ?? reconcile.error} shownFields={['userId', 'amountCents', 'reason']} />
      <form className="stack" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label={t('admin.userId')}
          value={userId}
          hint={picked ? t('admin.forRequester', { name: picked.displayName, email: picked.email }) : t('admin.userIdHint')}
          error={errors['userId'] ?? server['userId']}
          onChange={(e) => setUserId(e.target.value)}
        />
        <TextField
          id={amountId}
          label={t('admin.amount')}
          inputMode="decimal"
          value={amount}
          error={errors['amount'] ?? server['amountCents']}
          onChange={(e) => setAmount(e.target.value)}
        />
        <TextField label={t('admin.reason')} value={reason} required error={errors['reason'] ?? server['reason']} onChange={(e) => setReason(e.target.value)} />
        <div className="row">
          <Button busy={credit.loading} disabled={refund.loading} onClick={() => void adjust('credit')}>
            {t('admin.credit')}
          </Button>
          <Button variant="secondary" busy={refund.loading} disabled={credit.loading} onClick={() => void adjust('refund')}>
            {t('admin.refund')}
          </Button>
        </div>
      </form>
      <div className="spread">
        <p className="muted small">{t('admin.reconcileHint')}</p>
        <Button variant="secondary" busy={reconcile.loading} onClick={() => void runReconcile()}>
          {t('admin.reconcile')}
        </Button>
      </div>
    </Card>
  );
}
