import type { ApiError } from '@fourmi/api-client';
import { TaskRenderer, readClassificationConfig } from '@fourmi/task-ui';
import { Alert, Button, Card, ErrorAlert, formatMoney, Loading, useLocale, usePageTitle, useReasonText } from '@fourmi/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useT } from '../../../i18n';
import type { RunnerNotice } from '../hooks/runner-state';
import { useTaskRunner } from '../hooks/useTaskRunner';
import { ClaimError } from './ClaimError';
import { GoldFeedbackAlert } from './GoldFeedbackAlert';
import { InstructionsPanel } from './InstructionsPanel';
import { LeaseTimer } from './LeaseTimer';

/** The text of a classification answer for the "sent" notice, or nothing for other kinds. */
function answerText(config: unknown, answer: unknown): string | null {
  const label = (answer as { label?: unknown } | null)?.label;
  if (typeof label !== 'string') return null;
  return readClassificationConfig(config)?.find((l) => l.value === label)?.text ?? label;
}

export function RunnerPage() {
  const t = useT();
  const { locale } = useLocale();
  const { projectId = '' } = useParams();
  const { state, submit, skip, claimAgain, dismissFeedback } = useTaskRunner(projectId);
  const taskRef = useRef<HTMLDivElement>(null);
  const { assignment, phase } = state;
  const busy = phase !== 'working';
  const project = assignment?.project;
  // Keep the project's name as the title between tasks (while claiming, or when none is left).
  const [projectName, setProjectName] = useState<string | null>(null);
  useEffect(() => {
    if (project?.name) setProjectName(project.name);
  }, [project?.name]);
  const title = project?.name ?? projectName ?? t('runner.title');
  usePageTitle(title, t('app.name'));

  return (
    <div className="stack runner">
      <div className="spread">
        <h1>{title}</h1>
        <p className="session-count" aria-live="polite">
          {t('runner.doneThisSession', { count: state.done })}
        </p>
      </div>
      <Notice notice={state.notice} />
      {state.feedback && (
        <GoldFeedbackAlert
          feedback={state.feedback}
          onDismiss={() => {
            dismissFeedback();
            // Back to the task, so its hotkeys work again at once.
            taskRef.current?.focus();
          }}
        />
      )}

      {phase === 'claiming' && !assignment && <Loading label={t('runner.claiming')} />}

      {phase === 'empty' && (
        <Card>
          <h2>{t('runner.noMoreTasks')}</h2>
          <p>{t('runner.noMoreTasksHint')}</p>
          <div className="row">
            <Link to="/">{t('runner.backToFeed')}</Link>
            {/* Where the worker learns how they did: gold accuracy, an exam passed, flags. */}
            <Link to={`/projects/${encodeURIComponent(projectId)}/standing`}>{t('runner.seeStanding')}</Link>
            <Button variant="secondary" onClick={() => void claimAgain()}>
              {t('runner.checkAgain')}
            </Button>
          </div>
        </Card>
      )}

      {phase === 'failed' && (
        <>
          <ClaimError error={state.error} onRetry={() => void claimAgain()} />
          <p>
            <Link to="/">{t('runner.backToFeed')}</Link>
          </p>
        </>
      )}

      {assignment && project && (phase === 'working' || phase === 'submitting' || phase === 'skipping') && (
        <>
          <InstructionsPanel key={project.id} projectId={project.id} instructions={project.instructions} />
          <div ref={taskRef} tabIndex={-1} className="task-focus">
            <Card>
              <div className="spread task-meta">
                <LeaseTimer leaseExpiresAt={assignment.leaseExpiresAt} onNewTask={() => void claimAgain()} />
                <p className="muted">{t('runner.reward', { amount: formatMoney(project.rewardCents, project.currency, locale) })}</p>
              </div>
              <SendError error={state.error} />
              <TaskRenderer
                key={assignment.id}
                kind={project.kind}
                config={project.config}
                input={assignment.input}
                disabled={busy}
                onSubmit={(answer) => void submit(answer)}
                autoFocus
              />
              <div className="row runner-actions">
                <Button variant="ghost" busy={phase === 'skipping'} disabled={busy} onClick={() => void skip()}>
                  {t('runner.skip')}
                </Button>
                <span className="muted small">{t('runner.skipHint')}</span>
              </div>
            </Card>
          </div>
          <p>
            <Link to="/">{t('runner.stop')}</Link>
          </p>
        </>
      )}
    </div>
  );
}

/** Why the answer shown was not sent: "send it again" in the app's words, other refusals as the API words them. */
export function SendError({ error }: { error: ApiError | null }) {
  const t = useT();
  if (error?.code === 'TRY_AGAIN') return <Alert tone="warning" title={t('runner.tryAgain')} />;
  return <ErrorAlert error={error ?? undefined} />;
}

/** What became of the last answer or skip; a task that is no longer ours in the app's words where it has them. */
export function Notice({ notice }: { notice: RunnerNotice | null }) {
  const t = useT();
  const reasonText = useReasonText();
  if (!notice) return null;
  if (notice.kind === 'taskGone') {
    if (notice.reason === 'alreadySubmitted') return <Alert tone="warning" title={t('runner.alreadySubmitted')} />;
    return (
      <Alert tone="warning" title={t('runner.leaseLost')}>
        <p>{notice.reason === 'leaseExpired' ? t('runner.leaseExpiredHint') : ((notice.refusal && reasonText(notice.refusal)) ?? notice.message)}</p>
      </Alert>
    );
  }
  if (notice.kind === 'skipped') {
    return (
      <p className="muted" role="status">
        {t('runner.skipped')}
      </p>
    );
  }
  const text = answerText(notice.config, notice.answer);
  return (
    <p className="sent-notice" role="status">
      {text ? t('runner.sentLabel', { label: text }) : t('runner.sent')}
    </p>
  );
}
