import type { BatchStatus } from '@fourmi/api-client';
import { Button, ErrorAlert } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useCancelBatch, useCompleteBatch, usePauseBatch, useResumeBatch } from '../hooks/useBatches';

/** Pause / resume a running batch; complete or cancel it after a confirmation (both return unused escrow). */
export function BatchActions({ batchId, name, status, onChanged }: { batchId: string; name: string; status: BatchStatus; onChanged(): void }) {
  const t = useT();
  const pause = usePauseBatch();
  const resume = useResumeBatch();
  const complete = useCompleteBatch();
  const cancel = useCancelBatch();
  const [confirming, setConfirming] = useState<'complete' | 'cancel' | null>(null);
  const busy = pause.loading || resume.loading || complete.loading || cancel.loading;
  const error = pause.error ?? resume.error ?? complete.error ?? cancel.error;

  if (status !== 'PUBLISHED' && status !== 'PAUSED') return null;

  const run = async (action: { mutate(vars: { batchId: string }): Promise<{ ok: boolean }> }) => {
    const result = await action.mutate({ batchId });
    setConfirming(null);
    if (result.ok) onChanged();
  };

  if (confirming) {
    const isComplete = confirming === 'complete';
    return (
      <div className="stack">
        <p className="muted small">{t(isComplete ? 'batches.completeHint' : 'batches.cancelHint')}</p>
        <div className="row">
          <Button variant={isComplete ? 'primary' : 'danger'} busy={busy} onClick={() => void run(isComplete ? complete : cancel)}>
            {t(isComplete ? 'batches.confirmComplete' : 'batches.confirmCancel')}
          </Button>
          <Button variant="ghost" disabled={busy} onClick={() => setConfirming(null)}>
            {t('batches.keep')}
          </Button>
        </div>
      </div>
    );
  }
  return (
    <div className="stack">
      <ErrorAlert error={error} />
      <div className="row">
        {status === 'PUBLISHED' ? (
          <Button variant="secondary" busy={pause.loading} disabled={busy} aria-label={t('batches.pauseNamed', { name })} onClick={() => void run(pause)}>
            {t('batches.pause')}
          </Button>
        ) : (
          <Button variant="secondary" busy={resume.loading} disabled={busy} aria-label={t('batches.resumeNamed', { name })} onClick={() => void run(resume)}>
            {t('batches.resume')}
          </Button>
        )}
        <Button variant="secondary" disabled={busy} aria-label={t('batches.completeNamed', { name })} onClick={() => setConfirming('complete')}>
          {t('batches.complete')}
        </Button>
        <Button variant="ghost" disabled={busy} aria-label={t('batches.cancelNamed', { name })} onClick={() => setConfirming('cancel')}>
          {t('batches.cancelBatch')}
        </Button>
      </div>
    </div>
  );
}
