import { formatDateTime } from '../format/time';
import { useLocale } from '../i18n/I18nProvider';
import { useUiT } from '../i18n/messages';
import { Markdown } from './Markdown';

export interface InstructionsThenProps {
  /** When the instructions were first edited after the answer; none: never since. */
  editedAt?: string | null;
  /** The instructions as they were when the answer was given (Markdown). */
  then?: string | null;
}

/**
 * On an appeal or a rejection: the instructions the worker answered under, folded, when the requester
 * has edited them since (a rejection may rest on a rule the worker could not read).
 */
export function InstructionsThen({ editedAt, then }: InstructionsThenProps) {
  const t = useUiT();
  const { locale } = useLocale();
  if (!editedAt || then == null) return null;
  return (
    <details className="instructions-then">
      <summary>{t('ui.instructionsThen', { at: formatDateTime(editedAt, locale) })}</summary>
      {then.trim() ? <Markdown source={then} /> : <p className="muted">{t('ui.instructionsThen.none')}</p>}
    </details>
  );
}
