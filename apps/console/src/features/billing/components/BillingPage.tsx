import { usePageTitle } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { BalanceCard } from './BalanceCard';
import { BalanceHistoryCard } from './BalanceHistoryCard';

/** The requester's money: their balance with its top-up form, and every movement of it. */
export function BillingPage() {
  const t = useT();
  // The tab (and a screen reader arriving here) names this page, not the page left.
  usePageTitle(t('billing.title'), t('app.name'));
  const [topUps, setTopUps] = useState(0);
  return (
    <div className="stack">
      <h1>{t('billing.title')}</h1>
      <BalanceCard onAdded={() => setTopUps((n) => n + 1)} />
      <BalanceHistoryCard version={String(topUps)} />
    </div>
  );
}
