import { Markdown } from '@fourmi/ui';
import { useState } from 'react';
import { useT } from '../../../i18n';
import { browserStore, instructionsStartOpen, rememberInstructions } from '../lib/instructions-seen';

/**
 * The project's instructions, collapsible (a native details element): open until the worker closes
 * them, then closed on the project's next tasks until the requester edits them.
 */
export function InstructionsPanel({ projectId, instructions }: { projectId: string; instructions: string }) {
  const t = useT();
  const [open, setOpen] = useState(() => instructionsStartOpen(browserStore(), projectId, instructions));
  if (!instructions.trim()) return null;
  const toggle = (next: boolean) => {
    if (next === open) return;
    setOpen(next);
    rememberInstructions(browserStore(), projectId, instructions, next);
  };
  return (
    <details className="card instructions" open={open} onToggle={(e) => toggle(e.currentTarget.open)}>
      <summary>{t('runner.instructions')}</summary>
      <Markdown source={instructions} />
    </details>
  );
}
