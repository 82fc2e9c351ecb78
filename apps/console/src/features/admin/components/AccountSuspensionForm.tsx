import type { ConsolePersonFragment } from '@fourmi/api-client';
import { useT } from '../../../i18n';
import { useReinstateAccount, useSuspendAccount } from '../hooks/usePeople';
import { ReasonForm } from './ReasonForm';

export interface AccountSuspensionFormProps {
  person: ConsolePersonFragment;
  /** The person as the API answered, suspended or reinstated. */
  onDone(person: ConsolePersonFragment): void;
  onCancel(): void;
}

/**
 * Suspends a person's account, or reinstates it when it is suspended, with a reason (audited). A suspended
 * person is signed out within seconds, cannot sign in and is shown the reason; their work, projects and
 * money stay as they are.
 */
export function AccountSuspensionForm({ person, onDone, onCancel }: AccountSuspensionFormProps) {
  const t = useT();
  const suspend = useSuspendAccount();
  const reinstate = useReinstateAccount();
  const name = person.displayName;

  if (person.suspendedAt) {
    const run = async (reason: string) => {
      const result = await reinstate.mutate({ userId: person.id, reason });
      if (result.ok) onDone(result.data.reinstateAccount);
    };
    return (
      <ReasonForm
        name={t('people.reinstateWho', { name })}
        label={t('people.reinstateReason')}
        hint={t('people.reinstateHint', { name })}
        submitLabel={t('people.reinstateSubmit')}
        busy={reinstate.loading}
        error={reinstate.error}
        onSubmit={(reason) => void run(reason)}
        onCancel={onCancel}
      />
    );
  }
  const run = async (reason: string) => {
    const result = await suspend.mutate({ userId: person.id, reason });
    if (result.ok) onDone(result.data.suspendAccount);
  };
  return (
    <ReasonForm
      name={t('people.suspendWho', { name })}
      label={t('people.suspendReason')}
      hint={t('people.suspendHint', { name })}
      submitLabel={t('people.suspendSubmit')}
      submitVariant="danger"
      busy={suspend.loading}
      error={suspend.error}
      onSubmit={(reason) => void run(reason)}
      onCancel={onCancel}
    />
  );
}
