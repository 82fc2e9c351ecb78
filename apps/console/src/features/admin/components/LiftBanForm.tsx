import { Button } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { useLiftBan } from '../hooks/useAdmin';
import { ReasonForm } from './ReasonForm';

/** Lifts one ban, with the reason the audit trail keeps. */
export function LiftBanForm({ banId, onLifted }: { banId: string; onLifted(): void }) {
  const t = useT();
  const { mutate, loading, error, reset } = useLiftBan();
  const [open, setOpen] = useState(false);

  const lift = async (reason: string) => {
    const result = await mutate({ banId, reason });
    if (result.ok) onLifted();
  };

  if (!open) {
    return (
      <Button variant="secondary" aria-label={t('admin.liftNamed', { id: banId })} onClick={() => setOpen(true)}>
        {t('admin.lift')}
      </Button>
    );
  }
  return (
    <ReasonForm
      className="row"
      label={t('admin.liftReason')}
      submitLabel={t('admin.confirmLift')}
      busy={loading}
      error={error}
      onSubmit={(reason) => void lift(reason)}
      onCancel={() => {
        reset();
        setOpen(false);
      }}
    />
  );
}
