import type { ConsoleBatchFragment } from '@fourmi/api-client';
import { Button, ErrorAlert, formatDateTime, formatNumber, useLocale } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { usePublishBatch } from '../hooks/useBatches';
import { BatchActions } from './BatchActions';
import { PublishConfirm } from './PublishConfirm';

/** The project's batches; a draft is published in two steps, as publishing reserves money. */
export function BatchList({ batches, currency, onChanged }: { batches: readonly ConsoleBatchFragment[]; currency: string; onChanged(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const { mutate, loading, error } = usePublishBatch();
  const [confirming, setConfirming] = useState<string | null>(null);

  const publish = async (batchId: string) => {
    const result = await mutate({ batchId });
    setConfirming(null);
    if (result.ok) onChanged();
  };

  if (batches.length === 0) return <p className="muted">{t('batches.empty')}</p>;
  return (
    <>
      <ErrorAlert error={error} />
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('batches.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('batches.col.name')}</th>
              <th scope="col">{t('batches.col.status')}</th>
              <th scope="col" className="num">{t('batches.col.items')}</th>
              <th scope="col" className="num">{t('batches.col.completed')}</th>
              <th scope="col">{t('batches.col.created')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('batches.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {batches.map((batch) => {
              const name = batch.name || t('batches.unnamed');
              return (
                <tr key={batch.id}>
                  <th scope="row">{name}</th>
                  <td>
                    <span className={`badge badge-${batch.status}`}>{t(`batchStatus.${batch.status}`)}</span>
                  </td>
                  <td className="num">{formatNumber(locale, batch.itemCount)}</td>
                  <td className="num">{formatNumber(locale, batch.completedCount)}</td>
                  <td>{formatDateTime(batch.createdAt, locale)}</td>
                  <td>
                    {batch.status === 'DRAFT' &&
                      (confirming === batch.id ? (
                        <PublishConfirm
                          reserveCents={batch.reserveCents}
                          currency={currency}
                          busy={loading}
                          onConfirm={() => void publish(batch.id)}
                          onCancel={() => setConfirming(null)}
                        />
                      ) : (
                        <Button variant="secondary" aria-label={t('batches.publishNamed', { name })} onClick={() => setConfirming(batch.id)}>
                          {t('batches.publish')}
                        </Button>
                      ))}
                    <BatchActions batchId={batch.id} name={name} status={batch.status} onChanged={onChanged} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {confirming && <p className="muted small">{t('batches.publishHint')}</p>}
    </>
  );
}
