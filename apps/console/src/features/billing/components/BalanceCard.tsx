import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatMoney, formatPercent, parseMoneyToCents, Spinner, TextField, useFieldProblemText, useLocale, useRefetchOnChange } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useBalance, useCreateTopUp } from '../hooks/useBalance';
import { SandboxBanner } from './SandboxBanner';

export interface BalanceCardProps {
  /** Changes when something moved money (a batch published): the balance is fetched again. */
  version?: string;
  /** Told when a top-up was credited at once (sandbox), for a history shown beside the card. */
  onAdded?: () => void;
}

/** Available and reserved money, and a form to add funds (credited at once in the sandbox). */
export function BalanceCard({ version, onAdded }: BalanceCardProps) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const { data, error, loading, refetch } = useBalance();
  const { mutate, loading: adding, error: topUpError, reset } = useCreateTopUp();
  const [amount, setAmount] = useState('20');
  const [amountError, setAmountError] = useState<string | undefined>();
  const [added, setAdded] = useState<number | null>(null);
  const balance = data?.myBalance;

  useRefetchOnChange(version, refetch);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    reset();
    const cents = parseMoneyToCents(amount);
    if (cents === null || cents <= 0) return setAmountError(t('form.rewardInvalid'));
    setAmountError(undefined);
    const result = await mutate({ amountCents: cents });
    if (!result.ok) return;
    const { checkoutUrl } = result.data.createTopUp;
    if (checkoutUrl) {
      window.location.assign(checkoutUrl);
      return;
    }
    setAdded(cents);
    void refetch();
    onAdded?.();
  };

  return (
    <Card title={t('balance.title')} className="balance">
      {!balance && loading && <Spinner />}
      {!balance && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {balance && (
        <>
          <SandboxBanner mode={balance.paymentsMode} />
          <dl className="stats">
            <div>
              <dt>{t('balance.available')}</dt>
              <dd>{formatMoney(balance.availableCents, balance.currency, locale)}</dd>
            </div>
            <div>
              <dt>{t('balance.reserved')}</dt>
              <dd>{formatMoney(balance.escrowCents, balance.currency, locale)}</dd>
            </div>
          </dl>
          <p className="muted small">{t('balance.fee', { percent: formatPercent(balance.platformFeePercent / 100, locale) })}</p>
          {added !== null && <Alert tone="success">{t('balance.added', { amount: formatMoney(added, balance.currency, locale) })}</Alert>}
          <ErrorAlert error={topUpError} shownFields={['amountCents']} />
          <form className="row topup" onSubmit={(e) => void submit(e)}>
            <TextField
              label={t('balance.amount', { currency: balance.currency })}
              inputMode="decimal"
              value={amount}
              error={amountError ?? fieldErrorsOf(topUpError, problemText)['amountCents']}
              onChange={(e) => setAmount(e.target.value)}
              fieldClassName="topup-amount"
            />
            <Button type="submit" variant="secondary" busy={adding}>
              {t('balance.addFunds')}
            </Button>
          </form>
        </>
      )}
    </Card>
  );
}
