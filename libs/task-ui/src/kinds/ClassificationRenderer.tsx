import type { ClassificationAnswer } from '@fourmi/task-kinds';
import { Alert } from '@fourmi/ui';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTaskT } from '../i18n';
import { useWindowKeydown } from '../hooks';
import { findHotkey, toKeyPress } from '../keyboard';
import type { KindRendererProps } from '../types';
import { describeHotkeys, readClassificationConfig, readClassificationInput } from './classification-model';
import { choiceKey, LabelButton } from './LabelButton';

export type ClassificationRendererProps = KindRendererProps<unknown, unknown, ClassificationAnswer>;

/**
 * One label per button. Clicking a label, or pressing its key, picks it and sends the answer at once
 * (the fastest flow that stays honest: nothing is sent that the worker did not choose, and the chosen
 * label stays highlighted while it is being sent). The item text is shown as text, never as HTML.
 */
export function ClassificationRenderer({ config, input, onSubmit, disabled = false, autoFocus = false }: ClassificationRendererProps) {
  const t = useTaskT();
  const labels = useMemo(() => readClassificationConfig(config), [config]);
  const item = useMemo(() => readClassificationInput(input), [input]);
  const [picked, setPicked] = useState<string | null>(null);
  const [imageFailed, setImageFailed] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);

  // A new item (or the end of a failed send) clears the highlighted choice.
  useEffect(() => {
    setPicked(null);
    setImageFailed(false);
  }, [input]);
  useEffect(() => {
    if (!disabled) setPicked(null);
  }, [disabled]);

  useEffect(() => {
    if (autoFocus) regionRef.current?.focus({ preventScroll: true });
  }, [autoFocus, input]);

  const pick = (value: string) => {
    if (disabled) return;
    setPicked(value);
    onSubmit({ label: value });
  };
  useWindowKeydown((event) => {
    const label = labels?.[findHotkey(toKeyPress(event), labels.map((l) => l.hotkey))];
    if (!label) return;
    event.preventDefault();
    pick(label.value);
  });

  if (!labels || !item) return <Alert tone="error">{t('task.invalid')}</Alert>;

  const pickedLabel = labels.find((l) => l.value === picked);
  return (
    <div className="task" ref={regionRef} tabIndex={-1} role="region" aria-label={t('task.region')}>
      {item.text !== undefined && <p className="task-text" data-testid="task-text">{item.text}</p>}
      {item.imageUrl &&
        (imageFailed ? (
          <Alert tone="warning">
            {t('task.imageError')}{' '}
            <a href={item.imageUrl} target="_blank" rel="noopener noreferrer">
              {t('task.openImage')}
            </a>
          </Alert>
        ) : (
          <img className="task-image" src={item.imageUrl} alt={t('task.imageAlt')} onError={() => setImageFailed(true)} />
        ))}
      <div className="task-labels" role="group" aria-label={t('task.chooseLabel')}>
        {labels.map((label, i) => (
            <LabelButton key={choiceKey(label.value, i)} label={label} pressed={picked === label.value} disabled={disabled} onPress={pick} />
          ))}
      </div>
      <p className="shortcuts" aria-live="polite">
        {disabled && pickedLabel ? t('task.sending', { label: pickedLabel.text }) : t('task.shortcuts', { keys: describeHotkeys(labels) })}
      </p>
    </div>
  );
}
