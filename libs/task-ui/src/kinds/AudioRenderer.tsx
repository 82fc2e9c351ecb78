import type { AudioAnswer } from '@fourmi/task-kinds';
import { Alert, languageName, useLocale } from '@fourmi/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { isForTask, useAutoFocus, useParsedTask, useWindowKeydown } from '../hooks';
import { useTaskT } from '../i18n';
import { toKeyPress } from '../keyboard';
import type { KindRendererProps } from '../types';
import { audioCommand, audioProblem, buildAudioAnswer, formatClock, type AudioDraft } from './audio-model';
import { choiceKey, LabelButton } from './LabelButton';

export type AudioRendererProps = KindRendererProps<unknown, unknown, AudioAnswer>;

const emptyDraft: AudioDraft = { label: null, transcript: '' };

/**
 * A clip to listen to (Space or k plays and pauses, r replays), then a label by its key and/or a
 * transcript, depending on the project; Enter outside the transcript or Ctrl+Enter anywhere sends.
 */
export function AudioRenderer({ config: rawConfig, input: rawInput, onSubmit, disabled = false, autoFocus = false }: AudioRendererProps) {
  const t = useTaskT();
  const { locale } = useLocale();
  const id = useId();
  const task = useParsedTask('AUDIO', rawConfig, rawInput);
  const [draft, setDraft] = useState<AudioDraft>(emptyDraft);
  const [message, setMessage] = useState<string | null>(null);
  const [playing, setPlaying] = useState(false);
  const [time, setTime] = useState({ current: 0, duration: 0 });
  const [failed, setFailed] = useState(false);
  const regionRef = useRef<HTMLDivElement>(null);
  const audioRef = useRef<HTMLAudioElement>(null);
  const transcriptRef = useRef<HTMLTextAreaElement>(null);
  useAutoFocus(regionRef, autoFocus, rawInput);
  useEffect(() => {
    setDraft(emptyDraft);
    setMessage(null);
    setFailed(false);
    setPlaying(false);
  }, [rawInput]);

  const toggle = () => {
    const audio = audioRef.current;
    if (!audio) return;
    if (audio.paused) void audio.play().catch(() => setFailed(true));
    else audio.pause();
  };
  const replay = () => {
    const audio = audioRef.current;
    if (!audio) return;
    audio.currentTime = 0;
    void audio.play().catch(() => setFailed(true));
  };
  const update = (patch: Partial<AudioDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setMessage(null);
  };
  const submit = () => {
    if (!task || disabled) return;
    const problem = audioProblem(draft, task.config);
    if (problem) return setMessage(t(problem === 'label' ? 'task.audio.needLabel' : 'task.audio.needTranscript'));
    onSubmit(buildAudioAnswer(draft, task.config));
  };

  useWindowKeydown((event) => {
    if (!task || disabled) return;
    if (!isForTask(event, regionRef.current)) return;
    const command = audioCommand(toKeyPress(event), task.config);
    if (!command) return;
    event.preventDefault();
    switch (command.type) {
      case 'toggle':
        return toggle();
      case 'replay':
        return replay();
      case 'label':
        return update({ label: command.value });
      case 'transcript':
        return transcriptRef.current?.focus();
      case 'leave':
        return regionRef.current?.focus();
      case 'submit':
        return submit();
    }
  });

  if (!task) return <Alert tone="error">{t('task.invalid')}</Alert>;
  const { config, input } = task;
  const duration = time.duration || input.durationSeconds || 0;

  return (
    <div className="task" ref={regionRef} tabIndex={-1} role="region" aria-label={t('task.region')}>
      <div className="player">
        <audio
          ref={audioRef}
          src={input.audioUrl}
          preload="metadata"
          controls
          data-testid="task-audio"
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={() => setPlaying(false)}
          onError={() => setFailed(true)}
          onTimeUpdate={(e) => setTime({ current: e.currentTarget.currentTime, duration: e.currentTarget.duration || 0 })}
          onLoadedMetadata={(e) => setTime({ current: 0, duration: e.currentTarget.duration || 0 })}
        />
        <div className="row">
          <button type="button" className="btn btn-secondary" onClick={toggle} aria-keyshortcuts="Space k" data-testid="play-state">
            <kbd className="kbd" aria-hidden="true">
              k
            </kbd>{' '}
            {playing ? t('task.audio.pause') : t('task.audio.play')}
          </button>
          <button type="button" className="btn btn-secondary" onClick={replay} aria-keyshortcuts="r">
            <kbd className="kbd" aria-hidden="true">
              r
            </kbd>{' '}
            {t('task.audio.replay')}
          </button>
          <span className="muted small" aria-hidden="true">
            {formatClock(time.current)} / {formatClock(duration)}
          </span>
          {input.language && <span className="muted small">{t('task.audio.language', { language: languageName(input.language, locale) })}</span>}
        </div>
        {failed && (
          <Alert tone="warning">
            {t('task.audio.error')}{' '}
            <a href={input.audioUrl} target="_blank" rel="noopener noreferrer">
              {t('task.audio.open')}
            </a>
          </Alert>
        )}
      </div>

      {config.labels && (
        <div className="task-labels" role="group" aria-label={t('task.chooseLabel')}>
          {config.labels.map((label, i) => (
            <LabelButton key={choiceKey(label.value, i)} label={label} pressed={draft.label === label.value} disabled={disabled} onPress={(value) => update({ label: value })} />
          ))}
        </div>
      )}

      {config.transcribe && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-transcript`}>
            {t('task.audio.transcript')}
          </label>
          <textarea
            ref={transcriptRef}
            id={`${id}-transcript`}
            className="input textarea"
            rows={3}
            maxLength={5000}
            value={draft.transcript}
            disabled={disabled}
            aria-keyshortcuts="Control+Enter Control+Space Escape"
            onChange={(e) => update({ transcript: e.target.value })}
          />
          <p className="field-hint">{t('task.audio.transcriptHint')}</p>
        </div>
      )}

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
      <p className="shortcuts">
        {[t('task.audio.shortcutsPlayer'), config.labels ? t('task.audio.shortcutsLabels') : '', config.transcribe ? t('task.audio.shortcutsTranscript') : '', t('task.audio.shortcutsSend')]
          .filter(Boolean)
          .join(' ')}
      </p>
    </div>
  );
}
