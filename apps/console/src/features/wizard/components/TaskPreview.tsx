import { getTaskKind, type TaskKind } from '@fourmi/task-kinds';
import { sampleInput, TaskRenderer } from '@fourmi/task-ui';
import { useLocale } from '@fourmi/ui';
import { useEffect, useMemo, useState } from 'react';
import { useWizardT } from '../i18n';

/** The worker's renderer with a made-up item and the config being edited; answers are shown, not sent. */
export function TaskPreview({ kind, config }: { kind: TaskKind; config: unknown }) {
  const t = useWizardT();
  const { locale } = useLocale();
  const [answer, setAnswer] = useState<unknown>(null);
  const [round, setRound] = useState(0);
  useEffect(() => setAnswer(null), [kind, config]);
  // Classification's renderer shows the labels as they are typed; the other kinds' renderers need a
  // config their kind accepts and would call a half-filled one invalid, in red, before anything is wrong.
  const incomplete = useMemo(() => kind !== 'CLASSIFICATION' && !getTaskKind(kind).parseConfig(config).ok, [kind, config]);
  return (
    <section className="preview task-preview" aria-labelledby="task-preview-title">
      <h3 id="task-preview-title" className="field-label">
        {t('wizard.preview')}
      </h3>
      <p className="field-hint">{t('wizard.previewHint')}</p>
      <div className="preview-body">
        {incomplete ? (
          <p className="muted">{t('wizard.previewIncomplete')}</p>
        ) : (
          <TaskRenderer
            key={`${kind}:${round}`}
            kind={kind}
            config={config}
            input={sampleInput(kind, locale)}
            onSubmit={(a) => {
              setAnswer(a);
              setRound((r) => r + 1);
            }}
          />
        )}
      </div>
      {answer !== null && (
        <p className="small" role="status">
          {t('wizard.previewAnswer', { answer: JSON.stringify(answer) })}
        </p>
      )}
    </section>
  );
}
