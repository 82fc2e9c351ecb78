import type { WorkerRejectionFragment } from '@fourmi/api-client';
import { useT } from '../../../i18n';
import { describeAnswer } from '../../runner/lib/answer-summary';
import { itemText } from '../lib/evidence';

/**
 * Which task a rejection is about and what the worker answered, in the project's words: a worker with
 * several rejections in one project tells them apart (and picks the one to appeal) by these.
 */
export function RejectedAnswer({ rejection }: { rejection: Pick<WorkerRejectionFragment, 'item' | 'answer' | 'projectConfig'> }) {
  const t = useT();
  return (
    <>
      <p>
        <strong>{t('appeal.item')}</strong> {itemText(rejection.item)}
      </p>
      <p>
        <strong>{t('appeal.answer')}</strong> {describeAnswer(rejection.answer, rejection.projectConfig)}
      </p>
    </>
  );
}
