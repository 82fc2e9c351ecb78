import type { WorkerMyEarningsQuery } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatMoney, TextField, useFieldProblemText, useFocusInvalid, useLocale } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useConnectPayoutAccount, useRequestPayout } from '../hooks/useEarnings';
import { checkPayoutAmount, payoutAmountText } from '../lib/payout-form';

type Earnings = WorkerMyEarningsQuery['myEarnings'];

/** Connect a payout account, then withdraw from the available balance (at least the minimum). */
export function PayoutCard({ earnings, onChanged }: { earnings: Earnings; onChanged(): void }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const connect = useConnectPayoutAccount();
  const payout = useRequestPayout();
  const { formRef, focusInvalid } = useFocusInvalid();
  const money = (cents: number) => formatMoney(cents, earnings.currency, locale);
  const [amount, setAmount] = useState(() => payoutAmountText(earnings.availableCents, locale));
  const [amountError, setAmountError] = useState<string | undefined>();
  const [requested, setRequested] = useState<number | null>(null);
  const canWithdraw = earnings.availableCents >= earnings.minPayoutCents;
  // Offer the whole available balance when it becomes enough to withdraw.
  const [offeredFor, setOfferedFor] = useState(canWithdraw);
  if (canWithdraw !== offeredFor) {
    setOfferedFor(canWithdraw);
    if (canWithdraw) setAmount(payoutAmountText(earnings.availableCents, locale));
  }

  const connectAccount = async () => {
    const result = await connect.mutate({});
    if (!result.ok) return;
    const { url } = result.data.connectPayoutAccount;
    if (url) window.location.assign(url);
    else onChanged();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setRequested(null);
    const check = checkPayoutAmount(amount, earnings);
    if (!check.ok) {
      const vars = { amount: money(check.error === 'payout.aboveAvailable' ? earnings.availableCents : earnings.minPayoutCents) };
      setAmountError(t(check.error, vars));
      return focusInvalid();
    }
    setAmountError(undefined);
    const result = await payout.mutate({ amountCents: check.amountCents });
    if (!result.ok) return focusInvalid();
    setRequested(result.data.requestPayout.amountCents);
    setAmount('');
    onChanged();
  };

  return (
    <Card title={t('payout.title')}>
      <h3>{t('payout.account')}</h3>
      <ErrorAlert error={connect.error} />
      {earnings.payoutAccountConnected ? (
        <p>{t('payout.connected')}</p>
      ) : (
        <div className="spread">
          <p>{t('payout.notConnected')}</p>
          <Button variant="secondary" busy={connect.loading} onClick={() => void connectAccount()}>
            {t('payout.connect')}
          </Button>
        </div>
      )}
      {requested !== null && <Alert tone="success">{t('payout.requested', { amount: money(requested) })}</Alert>}
      <ErrorAlert error={payout.error} shownFields={['amountCents']} />
      {canWithdraw ? (
        <form ref={formRef} className="row payout-form" onSubmit={(e) => void submit(e)} noValidate>
          <TextField
            label={t('payout.amount', { currency: earnings.currency })}
            hint={t('payout.min', { amount: money(earnings.minPayoutCents) })}
            inputMode="decimal"
            value={amount}
            error={amountError ?? fieldErrorsOf(payout.error, problemText)['amountCents']}
            onChange={(e) => setAmount(e.target.value)}
          />
          <Button type="submit" busy={payout.loading} disabled={!earnings.payoutAccountConnected}>
            {t('payout.request')}
          </Button>
        </form>
      ) : (
        <p className="muted">{t('payout.nothing', { amount: money(earnings.minPayoutCents) })}</p>
      )}
    </Card>
  );
}
