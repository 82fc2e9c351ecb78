import type { UiClick, UiFeedbackAnswer } from '@fourmi/task-kinds';
import { Alert } from '@fourmi/ui';
import { useEffect, useId, useRef, useState, type MouseEvent } from 'react';
import { isForTask, useAutoFocus, useParsedTask, useWindowKeydown } from '../hooks';
import { useTaskT } from '../i18n';
import { toKeyPress } from '../keyboard';
import type { KindRendererProps } from '../types';
import { choiceKey, LabelButton } from './LabelButton';
import {
  addClick,
  buildUiFeedbackAnswer,
  commentLength,
  emptyDraft,
  moveCursor,
  normaliseClick,
  RATINGS,
  uiFeedbackCommand,
  uiFeedbackProblems,
  type UiFeedbackDraft,
  type UiZone,
} from './ui-feedback-model';

export type UiFeedbackRendererProps = KindRendererProps<unknown, unknown, UiFeedbackAnswer>;

const CENTRE: UiClick = { x: 0.5, y: 0.5 };

function zoneOf(target: EventTarget | null): UiZone {
  const element = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-zone]') : null;
  return (element?.dataset['zone'] as UiZone | undefined) ?? 'root';
}

/**
 * A screenshot to judge: optional marks on it (mouse clicks, or a crosshair moved by the arrows and
 * marked with Space), a 1-5 rating (number keys), a category (its key), a comment; Ctrl+Enter sends.
 * Choosing a rating by key moves on to the categories, and a category to the comment.
 */
export function UiFeedbackRenderer({ config: rawConfig, input: rawInput, onSubmit, disabled = false, autoFocus = false }: UiFeedbackRendererProps) {
  const t = useTaskT();
  const id = useId();
  const task = useParsedTask('UI_FEEDBACK', rawConfig, rawInput);
  const [draft, setDraft] = useState<UiFeedbackDraft>(emptyDraft);
  const [cursor, setCursor] = useState<UiClick>(CENTRE);
  const [shotFocused, setShotFocused] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [imageFailed, setImageFailed] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);
  const categoryRef = useRef<HTMLDivElement>(null);
  const commentRef = useRef<HTMLTextAreaElement>(null);
  const imageRef = useRef<HTMLImageElement>(null);
  useAutoFocus(regionRef, autoFocus, rawInput);
  useEffect(() => {
    setDraft(emptyDraft);
    setCursor(CENTRE);
    setMessage(null);
    setImageFailed(false);
  }, [rawInput]);

  const update = (patch: Partial<UiFeedbackDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const mark = (point: UiClick) => {
    if (!task || disabled) return;
    const next = addClick(draft.clicks, point, task.config.maxClicks);
    update({ clicks: next.clicks });
    if (next.refused) setMessage(t('task.ui.maxClicks', { count: task.config.maxClicks }));
  };
  const submit = () => {
    if (!task || disabled) return;
    const problems = uiFeedbackProblems(draft, task.config);
    if (problems.length > 0) {
      setMessage(problems.map((p) => (p.key === 'comment' ? t('task.ui.needComment', { count: p.min }) : t(`task.ui.need.${p.key}`))).join(' '));
      return;
    }
    onSubmit(buildUiFeedbackAnswer(draft, task.config));
  };

  useWindowKeydown((event) => {
    if (!task || disabled) return;
    const zone = zoneOf(event.target);
    if (!isForTask(event, regionRef.current)) return;
    const command = uiFeedbackCommand(toKeyPress(event), zone, task.config);
    if (!command) return;
    event.preventDefault();
    switch (command.type) {
      case 'rate':
        update({ rating: command.rating });
        categoryRef.current?.focus();
        break;
      case 'category':
        update({ category: command.value });
        commentRef.current?.focus();
        break;
      case 'move':
        setCursor((c) => moveCursor(c, command.dx, command.dy));
        break;
      case 'mark':
        mark(cursor);
        break;
      case 'unmark':
        update({ clicks: draft.clicks.slice(0, -1) });
        break;
      case 'submit':
        submit();
    }
  });

  if (!task) return <Alert tone="error">{t('task.invalid')}</Alert>;
  const { config, input } = task;

  const onShotClick = (event: MouseEvent<HTMLDivElement>) => {
    if (!config.allowClicks || !imageRef.current) return;
    const point = normaliseClick(event.clientX, event.clientY, imageRef.current.getBoundingClientRect());
    // The click focuses the screenshot, which shows the crosshair: there, not back in the middle.
    setCursor(point);
    mark(point);
  };
  const length = commentLength(draft.comment);
  const percent = (v: number) => `${(v * 100).toFixed(2)}%`;

  return (
    <div className="task" ref={regionRef} tabIndex={-1} role="region" aria-label={t('task.region')}>
      {input.context !== undefined && (
        <p className="task-text" data-testid="task-text">
          {input.context}
        </p>
      )}
      {input.pageUrl && (
        <p className="small">
          {t('task.ui.page')}{' '}
          <a href={input.pageUrl} target="_blank" rel="noopener noreferrer">
            {input.pageUrl}
          </a>
        </p>
      )}
      {imageFailed ? (
        <Alert tone="warning">
          {t('task.imageError')}{' '}
          <a href={input.screenshotUrl} target="_blank" rel="noopener noreferrer">
            {t('task.openImage')}
          </a>
        </Alert>
      ) : (
        <div
          className="shot"
          data-zone="shot"
          tabIndex={config.allowClicks ? 0 : undefined}
          role="group"
          aria-label={config.allowClicks ? t('task.ui.shotMarkable', { count: draft.clicks.length }) : t('task.ui.shot')}
          aria-keyshortcuts={config.allowClicks ? 'ArrowLeft ArrowRight ArrowUp ArrowDown Space Backspace' : undefined}
          onFocus={() => setShotFocused(true)}
          onBlur={() => setShotFocused(false)}
          onClick={onShotClick}
        >
          <img ref={imageRef} className="shot-image" src={input.screenshotUrl} alt={t('task.ui.shotAlt')} onError={() => setImageFailed(true)} draggable={false} />
          {draft.clicks.map((c, i) => (
            <span key={i} className="shot-mark" style={{ left: percent(c.x), top: percent(c.y) }} aria-hidden="true">
              {i + 1}
            </span>
          ))}
          {shotFocused && config.allowClicks && (
            <span className="shot-cursor" style={{ left: percent(cursor.x), top: percent(cursor.y) }} aria-hidden="true" data-testid="crosshair" />
          )}
        </div>
      )}
      {config.allowClicks && (
        <p className="muted small" aria-live="polite" data-testid="marks">
          {t('task.ui.marks', { count: draft.clicks.length, max: config.maxClicks })}
        </p>
      )}

      <div className="choice-group" data-zone="rating" tabIndex={-1} role="group" aria-labelledby={`${id}-rating`}>
        <p id={`${id}-rating`} className="field-label">
          {t('task.ui.rating')}
        </p>
        <div className="choice-row">
          {RATINGS.map((r) => (
            <button
              key={r}
              type="button"
              className="btn btn-secondary task-label choice-rating"
              aria-pressed={draft.rating === r}
              aria-keyshortcuts={String(r)}
              aria-label={t('task.ui.ratingN', { n: r })}
              disabled={disabled}
              onClick={() => update({ rating: r })}
            >
              <kbd className="kbd" aria-hidden="true">
                {r}
              </kbd>
            </button>
          ))}
        </div>
        <p className="muted small">{t('task.ui.ratingScale')}</p>
      </div>

      <div className="choice-group" data-zone="category" tabIndex={-1} ref={categoryRef} role="group" aria-labelledby={`${id}-category`}>
        <p id={`${id}-category`} className="field-label">
          {t('task.ui.category')}
        </p>
        <div className="task-labels">
          {config.categories.map((c, i) => (
            <LabelButton key={choiceKey(c.value, i)} label={c} pressed={draft.category === c.value} disabled={disabled} onPress={(value) => update({ category: value })} />
          ))}
        </div>
      </div>

      <div className="field" data-zone="comment">
        <label className="field-label" htmlFor={`${id}-comment`}>
          {t('task.ui.comment')}
        </label>
        <textarea
          ref={commentRef}
          id={`${id}-comment`}
          className="input textarea"
          rows={3}
          maxLength={2000}
          value={draft.comment}
          disabled={disabled}
          aria-describedby={`${id}-comment-count`}
          aria-keyshortcuts="Control+Enter"
          onChange={(e) => update({ comment: e.target.value })}
        />
        <p id={`${id}-comment-count`} className={length < config.minCommentLength ? 'field-hint' : 'field-hint ok'} aria-live="polite">
          {config.minCommentLength > 0
            ? t('task.ui.commentCount', { count: length, min: config.minCommentLength })
            : t('task.ui.commentOptional', { count: length })}
        </p>
      </div>

      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
      <div className="row">
        <button type="button" className="btn btn-primary" disabled={disabled} onClick={submit} aria-keyshortcuts="Control+Enter">
          {t('task.send')}
        </button>
      </div>
      <p className="shortcuts">{config.allowClicks ? t('task.ui.shortcutsClicks') : t('task.ui.shortcuts')}</p>
    </div>
  );
}
