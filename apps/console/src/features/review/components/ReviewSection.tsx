import { Alert, Button, Card, ErrorAlert, formatDateTime, Spinner, TextAreaField, useLocale, useRefetchOnChange } from '@fourmi/ui';
import { Fragment, useMemo, useReducer, useState } from 'react';
import { REFRESH_MS } from '../../../app/config';
import { useT } from '../../../i18n';
import { answerSummary, itemView, labelNamer } from '../../results/lib/results-view';
import { REVIEW_PAGE_SIZE, useAcceptAssignments, useRejectAssignments, useReviewAnswers } from '../hooks/useReview';
import { checkReason, decisionOf, initialReviewState, reviewReducer, undecided } from '../lib/review-state';
import { useHeldRejections } from '../hooks/useHeldRejections';
import { BonusForm } from './BonusForm';
import { heldAnchor, HeldRejectionsList } from './HeldRejectionsList';

export interface ReviewSectionProps {
  projectId: string;
  config: unknown;
  currency: string;
  /** Changes when answers arrive: the page is fetched again. */
  version?: string;
}

/** The requester's review: answers per item with checkboxes, bulk accept / reject (one mutation each), bonuses. */
export function ReviewSection({ projectId, config, currency, version }: ReviewSectionProps) {
  const t = useT();
  const { locale } = useLocale();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, refetch } = useReviewAnswers(projectId, offset);
  const [state, dispatch] = useReducer(reviewReducer, initialReviewState);
  const accept = useAcceptAssignments();
  const reject = useRejectAssignments();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [notice, setNotice] = useState<string | null>(null);
  /** The request a rejection was just held as ('' when the API did not name it). */
  const [heldAs, setHeldAs] = useState<string | null>(null);
  const [bonusFor, setBonusFor] = useState<string | null>(null);
  const nameOf = useMemo(() => labelNamer(config), [config]);

  const held = useHeldRejections(projectId);
  useRefetchOnChange(version, refetch, REFRESH_MS);
  useRefetchOnChange(version, held.refetch, REFRESH_MS);
  // An admin's decision changes answers' statuses without a new answer: read the page again.
  useRefetchOnChange(held.pendingKey, refetch);

  const page = data?.projectResults;
  const items = page?.items ?? [];
  const pageAnswers = items.flatMap((item) => item.answers);
  const open = undecided(state, pageAnswers);
  const refusedAsHeld = reject.error?.reason?.key === 'massRejection.pending' ? String(reject.error.reason.params.request ?? '') : '';
  const selected = [...state.selected];
  const allSelected = open.length > 0 && open.every((id) => state.selected.has(id));

  const acceptSelected = async () => {
    setNotice(null);
    setHeldAs(null);
    reject.reset();
    const result = await accept.mutate({ ids: selected });
    if (!result.ok) return;
    dispatch({ type: 'decided', results: result.data.acceptAssignments });
    setNotice(t('review.accepted', { count: result.data.acceptAssignments.length }));
  };

  const rejectSelected = async () => {
    const problem = checkReason(reason);
    if (problem) return setReasonError(t(problem));
    setReasonError(undefined);
    setNotice(null);
    setHeldAs(null);
    accept.reset();
    const result = await reject.mutate({ ids: selected, reason: reason.trim() });
    if (!result.ok && result.error.code === 'NEEDS_CONFIRMATION') {
      // Held for an admin: the request is sent, nothing is rejected yet, and this selection is done with.
      reject.reset();
      dispatch({ type: 'clear' });
      setHeldAs(String(result.error.reason?.params.request ?? ''));
      void held.refetch();
      setRejecting(false);
      setReason('');
      return;
    }
    if (!result.ok) return;
    dispatch({ type: 'decided', results: result.data.rejectAssignments });
    setNotice(t('review.rejected', { count: result.data.rejectAssignments.length }));
    setRejecting(false);
    setReason('');
  };

  return (
    <Card title={t('review.title')} className="review">
      <p className="muted small">{t('review.intro')}</p>
      <HeldRejectionsList list={held.list} />
      {!page && loading && <Spinner />}
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      {page && pageAnswers.length === 0 && <p className="muted">{t(page.total > REVIEW_PAGE_SIZE ? 'review.emptyPage' : 'review.empty')}</p>}
      {page && pageAnswers.length > 0 && (
        <>
          {notice && <Alert tone="success">{notice}</Alert>}
          {heldAs !== null && (
            <Alert tone="warning">
              {t('review.held')} {heldAs && <a href={`#${heldAnchor(heldAs)}`}>{t('review.heldSee', { id: heldAs })}</a>}
            </Alert>
          )}
          <ErrorAlert error={accept.error ?? reject.error} />
          {refusedAsHeld && !accept.error && (
            <p>
              <a href={`#${heldAnchor(refusedAsHeld)}`}>{t('review.heldSee', { id: refusedAsHeld })}</a>
            </p>
          )}
          <div className="review-bar spread">
            <label className="check">
              <input type="checkbox" checked={allSelected} disabled={open.length === 0} onChange={(e) => dispatch({ type: 'select', ids: open, on: e.target.checked })} />
              {t('review.selectAll')}
            </label>
            <p className="muted" aria-live="polite">
              {t('review.selected', { count: selected.length })}
            </p>
            <div className="row">
              <Button disabled={selected.length === 0 || rejecting} busy={accept.loading} onClick={() => void acceptSelected()}>
                {t('review.accept')}
              </Button>
              <Button variant="danger" disabled={selected.length === 0 || accept.loading} onClick={() => setRejecting((r) => !r)} aria-expanded={rejecting}>
                {t('review.reject')}
              </Button>
            </div>
          </div>
          {rejecting && (
            <div className="review-reject stack">
              <TextAreaField
                label={t('review.reason')}
                value={reason}
                rows={2}
                maxLength={500}
                required
                error={reasonError}
                onChange={(e) => setReason(e.target.value)}
              />
              <div className="row">
                <Button variant="danger" busy={reject.loading} disabled={selected.length === 0} onClick={() => void rejectSelected()}>
                  {t('review.confirmReject')}
                </Button>
                <Button variant="ghost" onClick={() => setRejecting(false)} disabled={reject.loading}>
                  {t('form.cancel')}
                </Button>
              </div>
            </div>
          )}
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t('review.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="visually-hidden">{t('review.col.select')}</span>
                  </th>
                  <th scope="col">{t('review.col.item')}</th>
                  <th scope="col">{t('review.col.worker')}</th>
                  <th scope="col">{t('review.col.answer')}</th>
                  <th scope="col">{t('review.col.submitted')}</th>
                  <th scope="col">{t('review.col.status')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('review.bonus')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.flatMap((item) => {
                  const view = itemView(item.input);
                  const text = view.text ?? view.imageUrl ?? item.taskId;
                  return item.answers.map((answer, i) => {
                    const decision = decisionOf(state, answer);
                    const heldIn = decision ? undefined : held.heldBy.get(answer.assignmentId);
                    return (
                      <Fragment key={answer.assignmentId}>
                        <tr>
                          <td>
                            <input
                              type="checkbox"
                              aria-label={t('review.selectOne', { worker: answer.workerId, item: text })}
                              checked={state.selected.has(answer.assignmentId)}
                              disabled={Boolean(decision)}
                              onChange={() => dispatch({ type: 'toggle', id: answer.assignmentId })}
                            />
                          </td>
                          <td>{i === 0 ? text : <span className="visually-hidden">{text}</span>}</td>
                          <td>
                            <code>{answer.workerId}</code>
                          </td>
                          <td>{answerSummary(answer.answer, nameOf)}</td>
                          <td>{formatDateTime(answer.submittedAt, locale)}</td>
                          <td>
                            {heldIn ? (
                              <a className="badge badge-held" href={`#${heldAnchor(heldIn)}`} title={t('review.heldSee', { id: heldIn })}>
                                {t('review.status.held')}
                              </a>
                            ) : (
                              <span className={`badge badge-${decision ?? 'SUBMITTED'}`}>{decision ? t(`review.status.${decision}`) : t('review.status.open')}</span>
                            )}
                          </td>
                          <td>
                            {decision !== 'REJECTED' && (
                              <Button
                                variant="ghost"
                                aria-expanded={bonusFor === answer.assignmentId}
                                aria-label={t('review.bonusFor', { worker: answer.workerId, item: text })}
                                onClick={() => setBonusFor((b) => (b === answer.assignmentId ? null : answer.assignmentId))}
                              >
                                {t('review.bonus')}
                              </Button>
                            )}
                          </td>
                        </tr>
                        {bonusFor === answer.assignmentId && (
                          <tr>
                            <td colSpan={7}>
                              <BonusForm assignmentId={answer.assignmentId} worker={answer.workerId} item={text} currency={currency} />
                            </td>
                          </tr>
                        )}
                      </Fragment>
                    );
                  });
                })}
              </tbody>
            </table>
          </div>
          <p className="muted small">{t('review.statusHint')}</p>
        </>
      )}
      {/* Pages are pages of items: one may hold no answer while the next ones do, so the pager stays. */}
      {page && page.total > REVIEW_PAGE_SIZE && (
        <nav className="row" aria-label={t('review.pages')}>
          <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - REVIEW_PAGE_SIZE))}>
            {t('results.previous')}
          </Button>
          <Button variant="secondary" disabled={offset + REVIEW_PAGE_SIZE >= page.total} onClick={() => setOffset(offset + REVIEW_PAGE_SIZE)}>
            {t('results.next')}
          </Button>
        </nav>
      )}
    </Card>
  );
}
