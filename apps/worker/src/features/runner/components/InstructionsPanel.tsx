import { Markdown } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';

/** The project's instructions, open at first and collapsible (a native details element). */
export function InstructionsPanel({ instructions }: { instructions: string }) {
  const t = useT();
  const [open, setOpen] = useState(true);
  if (!instructions.trim()) return null;
  return (
    <details className="card instructions" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('runner.instructions')}</summary>
      <Markdown source={instructions} />
    </details>
  );
}
