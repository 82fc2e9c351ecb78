import type { MultiLabelAnswer } from '@fourmi/task-kinds';
import { Alert } from '@fourmi/ui';
import { useEffect, useRef, useState } from 'react';
import { isForTask, useAutoFocus, useParsedTask, useWindowKeydown } from '../hooks';
import { useTaskT } from '../i18n';
import { toKeyPress } from '../keyboard';
import type { KindRendererProps } from '../types';
import { describeHotkeys } from './classification-model';
import { buildMultiLabelAnswer, multiLabelCommand, selectionBounds, selectionProblem, toggleLabel } from './multi-label-model';
import { TaskItem } from './TaskItem';
import { choiceKey, LabelButton } from './LabelButton';

export type MultiLabelRendererProps = KindRendererProps<unknown, unknown, MultiLabelAnswer>;

/** Labels toggled by click or hotkey; Enter (or Ctrl+Enter) sends when the count is within bounds. */
export function MultiLabelRenderer({ config: rawConfig, input: rawInput, onSubmit, disabled = false, autoFocus = false }: MultiLabelRendererProps) {
  const t = useTaskT();
  const task = useParsedTask('MULTI_LABEL', rawConfig, rawInput);
  const [selected, setSelected] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const regionRef = useRef<HTMLDivElement>(null);
  useAutoFocus(regionRef, autoFocus, rawInput);
  useEffect(() => {
    setSelected([]);
    setMessage(null);
  }, [rawInput]);

  const describe = (problem: ReturnType<typeof selectionProblem>): string | null => {
    if (!problem) return null;
    if (problem.min === problem.max) return t('task.multi.exactly', { count: problem.min });
    return t(problem.key === 'tooFew' ? 'task.multi.tooFew' : 'task.multi.tooMany', { count: problem.key === 'tooFew' ? problem.min : problem.max });
  };

  const toggle = (value: string) => {
    if (!task || disabled) return;
    const next = toggleLabel(selected, value, task.config);
    setSelected(next.selected);
    setMessage(next.refused ? t('task.multi.maxReached', { count: task.config.maxSelected }) : null);
  };
  const submit = () => {
    if (!task || disabled) return;
    const problem = selectionProblem(selected, task.config);
    if (problem) return setMessage(describe(problem));
    onSubmit(buildMultiLabelAnswer(selected, task.config));
  };

  useWindowKeydown((event) => {
    if (!task || !isForTask(event, regionRef.current)) return;
    const command = multiLabelCommand(toKeyPress(event), task.config);
    if (!command) return;
    event.preventDefault();
    if (command.type === 'toggle') toggle(command.value);
    else submit();
  });

  if (!task) return <Alert tone="error">{t('task.invalid')}</Alert>;
  const { config, input } = task;
  const { min, max } = selectionBounds(config);
  const bounds = min === max ? t('task.multi.exactly', { count: min }) : t('task.multi.between', { min, max });
  return (
    <div className="task" ref={regionRef} tabIndex={-1} role="region" aria-label={t('task.region')}>
      <TaskItem text={input.text} imageUrl={input.imageUrl} />
      <div className="task-labels" role="group" aria-label={t('task.multi.choose')} aria-describedby="multi-bounds">
        {config.labels.map((label, i) => (
            <LabelButton key={choiceKey(label.value, i)} label={label} pressed={selected.includes(label.value)} disabled={disabled} onPress={toggle} />
          ))}
      </div>
      <p id="multi-bounds" className="muted small">
        {bounds} · {t('task.multi.count', { count: selected.length })}
      </p>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={disabled} onClick={submit} aria-keyshortcuts="Enter Control+Enter">
          {t('task.send')}
        </button>
      </div>
      <p className="shortcuts">{t('task.multi.shortcuts', { keys: describeHotkeys(config.labels.map((l) => ({ ...l, hotkey: l.hotkey }))) })}</p>
    </div>
  );
}
