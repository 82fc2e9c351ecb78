import type { ConsoleGoldContestFragment } from '@fourmi/api-client';
import { Alert, Button, Card, ErrorAlert, fieldErrorsOf, formatDateTime, Spinner, TextAreaField, TextField, useFieldProblemText, useLocale } from '@fourmi/ui';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n';
import { answerSummary, itemView, labelNamer } from '../../results/lib/results-view';
import { useGoldContests, useSettleGoldContest } from '../hooks/useQuality';
import { openContests, parseSettle, type SettleFieldError } from '../lib/quality-view';

const json = (v: unknown) => JSON.stringify(v, null, 2);

/** The contested item, its gold answer and the worker's, in the project's words as results and review show them. */
export function ContestedAnswers({ contest }: { contest: ConsoleGoldContestFragment }) {
  const t = useT();
  const nameOf = useMemo(() => labelNamer(contest.projectConfig), [contest.projectConfig]);
  const item = itemView(contest.item);
  return (
    <>
      {item.text !== undefined && <p className="muted">{item.text}</p>}
      {item.imageUrl && <img src={item.imageUrl} alt={item.text ? '' : t('results.image')} className="thumb" loading="lazy" />}
      <dl className="stats">
        <div>
          <dt>{t('contests.goldAnswer')}</dt>
          <dd>{answerSummary(contest.goldAnswer, nameOf)}</dd>
        </div>
        <div>
          <dt>{t('contests.given')}</dt>
          <dd>{answerSummary(contest.given, nameOf)}</dd>
        </div>
      </dl>
    </>
  );
}

function ContestItem({ contest, named, onSettled }: { contest: ConsoleGoldContestFragment; named: boolean; onSettled(corrected: boolean): void }) {
  const t = useT();
  const problemText = useFieldProblemText();
  const { locale } = useLocale();
  const { mutate, loading, error } = useSettleGoldContest();
  const [note, setNote] = useState('');
  const [answer, setAnswer] = useState(() => JSON.stringify(contest.goldAnswer));
  const [errors, setErrors] = useState<Partial<Record<'answer' | 'note', SettleFieldError>>>({});
  const apiFields = fieldErrorsOf(error, problemText);

  const settle = async (correct: boolean) => {
    const form = parseSettle(correct, answer, note);
    if (!form.ok) return setErrors(form.errors);
    setErrors({});
    const result = await mutate({ contestId: contest.id, correctedAnswer: form.correctedAnswer, note: form.note });
    if (result.ok) onSettled(correct);
  };

  return (
    <li className="stack">
      <p>
        {named && <strong>{contest.projectName} · </strong>}
        <strong>{t('contests.item', { id: contest.assignmentId })}</strong> · {formatDateTime(contest.createdAt, locale)}
      </p>
      <p>{t('contests.message', { message: contest.message })}</p>
      <ContestedAnswers contest={contest} />
      <details>
        <summary>{t('contests.itemInput')}</summary>
        <pre className="small">{json(contest.item)}</pre>
      </details>
      <ErrorAlert error={error} shownFields={['note', 'correctedAnswer']} />
      <TextAreaField
        label={t('contests.correctedAnswer')}
        hint={t('contests.correctedHint')}
        rows={2}
        value={answer}
        error={errors.answer ? t(errors.answer) : apiFields['correctedAnswer']}
        onChange={(e) => setAnswer(e.target.value)}
        spellCheck={false}
      />
      <TextField
        label={t('contests.note')}
        required
        value={note}
        error={errors.note ? t(errors.note) : apiFields['note']}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <Button variant="secondary" busy={loading} onClick={() => void settle(false)}>
          {t('contests.keep')}
        </Button>
        <Button busy={loading} onClick={() => void settle(true)}>
          {t('contests.correct')}
        </Button>
      </div>
    </li>
  );
}

/**
 * Workers' contests of gold items: keep the gold answer, or correct it (answers are re-scored). Of one
 * project on its page; with no project (the admin area), of every project, each named. Each contest's
 * answers are named by its own project's labels, which it carries.
 */
export function GoldContestsCard({ projectId }: { projectId?: string }) {
  const t = useT();
  const { data, error, loading, refetch } = useGoldContests();
  const [notice, setNotice] = useState<string | null>(null);
  const contests = data && openContests(data.goldContests, projectId);
  return (
    <Card title={t('contests.title')}>
      <p className="muted">{t(projectId ? 'contests.intro' : 'contests.introAll')}</p>
      {!contests && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {notice && <Alert tone="success">{notice}</Alert>}
      {contests && contests.length === 0 && <p className="muted">{t(projectId ? 'contests.none' : 'contests.noneAll')}</p>}
      {contests && contests.length > 0 && (
        <ul className="plain-list">
          {contests.map((c) => (
            <ContestItem
              key={c.id}
              contest={c}
              named={!projectId}
              onSettled={(corrected) => {
                setNotice(t(corrected ? 'contests.corrected' : 'contests.kept'));
                void refetch();
              }}
            />
          ))}
        </ul>
      )}
    </Card>
  );
}
