import { Alert, Button, formatPercent, useLocale } from '@fourmi/ui';
import type { KeyboardEvent } from 'react';
import { useT } from '../../../i18n';
import { ContestGoldForm } from '../../contests/components/ContestGoldForm';
import type { GoldFeedbackView } from '../hooks/runner-state';
import { describeAnswer } from '../lib/answer-summary';

/**
 * Training projects: right or wrong, the expected answer in the task's words and why, shown above the
 * next task. Dismissed with its button or Escape (while focus is inside); a wrong answer can be contested.
 */
export function GoldFeedbackAlert({ feedback, onDismiss }: { feedback: GoldFeedbackView; onDismiss(): void }) {
  const t = useT();
  const { locale } = useLocale();
  const right = feedback.score >= 1;
  const wrong = feedback.score <= 0;
  const title = right ? t('feedback.right') : wrong ? t('feedback.wrong') : t('feedback.partial', { percent: formatPercent(feedback.score, locale) });
  const onKeyDown = (event: KeyboardEvent) => {
    // Only when the target is not a field: Escape in the contest message must not lose what was typed.
    const target = event.target as HTMLElement;
    if (event.key === 'Escape' && target.tagName !== 'TEXTAREA' && target.tagName !== 'INPUT') {
      event.stopPropagation();
      onDismiss();
    }
  };
  return (
    <div className="gold-feedback" onKeyDown={onKeyDown}>
      <Alert
        tone={right ? 'success' : 'warning'}
        title={title}
        action={
          <Button variant="ghost" onClick={onDismiss} aria-keyshortcuts="Escape" title={t('feedback.dismissHint')}>
            {t('feedback.dismiss')}
          </Button>
        }
      >
        <p className="muted small">{t('feedback.intro')}</p>
        <dl>
          <dt>{t('feedback.expected')}</dt>
          <dd>{describeAnswer(feedback.expected, feedback.config)}</dd>
          {!right && (
            <>
              <dt>{t('feedback.given')}</dt>
              <dd>{describeAnswer(feedback.answer, feedback.config)}</dd>
            </>
          )}
          {feedback.explanation && (
            <>
              <dt>{t('feedback.explanation')}</dt>
              <dd>{feedback.explanation}</dd>
            </>
          )}
        </dl>
        {!right && <ContestGoldForm key={feedback.assignmentId} assignmentId={feedback.assignmentId} />}
      </Alert>
    </div>
  );
}
