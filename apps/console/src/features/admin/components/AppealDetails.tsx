import type { ConsoleAppealFragment } from '@fourmi/api-client';
import { InstructionsThen } from '@fourmi/ui';
import { useMemo } from 'react';
import { useT } from '../../../i18n';
import { answerSummary, itemView, labelNamer } from '../../results/lib/results-view';
import { readAppealEvidence } from '../lib/appeal-evidence';

/**
 * Who appealed, the task they answered, their answer and what the rejection rests on, in words (labels
 * by the project's texts): an admin cannot judge an answer without the task it answers.
 */
export function AppealDetails({ appeal }: { appeal: ConsoleAppealFragment }) {
  const t = useT();
  const nameOf = useMemo(() => labelNamer(appeal.projectConfig), [appeal.projectConfig]);
  const evidence = readAppealEvidence(appeal.evidence, nameOf);
  const { durationSeconds: taken, projectMedianSeconds: median } = evidence;
  const item = itemView(appeal.item);
  return (
    <>
      {appeal.workerName && <p>{t('appeals.worker', { name: appeal.workerName, email: appeal.workerEmail ?? '' })}</p>}
      <dl className="stats">
        <div>
          <dt>{t('appeals.item')}</dt>
          <dd>{item.text ?? item.imageUrl}</dd>
        </div>
        <div>
          <dt>{t('appeals.answer')}</dt>
          <dd>{answerSummary(appeal.answer, nameOf)}</dd>
        </div>
        {evidence.consensus && (
          <div>
            <dt>{t('appeals.consensus')}</dt>
            <dd>{evidence.consensus}</dd>
          </div>
        )}
        {taken !== null && (
          <div>
            <dt>{t('appeals.time')}</dt>
            <dd>{median !== null ? t('appeals.timeValue', { taken, median }) : t('appeals.timeAlone', { taken })}</dd>
          </div>
        )}
      </dl>
      {evidence.failedGold.length === 0 ? (
        <p className="muted small">{t('appeals.noFailedGold')}</p>
      ) : (
        <details>
          <summary>{t('appeals.failedGold', { count: evidence.failedGold.length })}</summary>
          <ul>
            {evidence.failedGold.map((g, i) => (
              <li key={i}>{t('appeals.goldLine', g)}</li>
            ))}
          </ul>
        </details>
      )}
      <InstructionsThen editedAt={appeal.instructionsEditedAt} then={appeal.instructionsThen} />
    </>
  );
}
