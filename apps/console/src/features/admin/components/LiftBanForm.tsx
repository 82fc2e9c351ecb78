import { Button, ErrorAlert, TextField } from '@fourmi/ui';
import { useState, type FormEvent } from 'react';
import { useT } from '../../../i18n';
import { useLiftBan } from '../hooks/useAdmin';

/** Lifts one ban, with the reason the audit trail keeps. */
export function LiftBanForm({ banId, onLifted }: { banId: string; onLifted(): void }) {
  const t = useT();
  const { mutate, loading, error } = useLiftBan();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) return setReasonError(t('admin.required'));
    setReasonError(undefined);
    const result = await mutate({ banId, reason: reason.trim() });
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
    <form className="row" onSubmit={(e) => void submit(e)}>
      <ErrorAlert error={error} />
      <TextField label={t('admin.liftReason')} value={reason} required error={reasonError} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" busy={loading}>
        {t('admin.confirmLift')}
      </Button>
      <Button variant="ghost" onClick={() => setOpen(false)} disabled={loading}>
        {t('form.cancel')}
      </Button>
    </form>
  );
}
