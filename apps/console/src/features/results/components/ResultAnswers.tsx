import type { AssignmentStatus } from '@fourmi/api-client';
import { useT } from '../../../i18n';
import { answerSummary } from '../lib/results-view';

export interface ResultAnswersProps {
  answers: readonly { assignmentId: string; answer: unknown; status: AssignmentStatus }[];
  nameOf(value: string): string;
}

/**
 * An item's answers in the requester's words. A rejected answer stays listed (it was given) but says
 * it no longer counts, so the votes next to it add up.
 */
export function ResultAnswers({ answers, nameOf }: ResultAnswersProps) {
  const t = useT();
  if (answers.length === 0) return <span className="muted">{t('results.noAnswers')}</span>;
  return (
    <ul className="answers">
      {answers.map((a) => (
        <li key={a.assignmentId}>
          {a.status === 'REJECTED' ? <s>{answerSummary(a.answer, nameOf)}</s> : answerSummary(a.answer, nameOf)}
          {a.status === 'REJECTED' && <span className="badge badge-REJECTED answer-status">{t('results.rejected')}</span>}
        </li>
      ))}
    </ul>
  );
}
