import type { AudioAnswer, AudioConfig } from '@fourmi/task-kinds';
import { findHotkey, isSubmitPress, isTyping, type KeyPress } from '../keyboard';

export type AudioCommand =
  | { type: 'toggle' }
  | { type: 'replay' }
  | { type: 'label'; value: string }
  | { type: 'transcript' }
  | { type: 'leave' }
  | { type: 'submit' }
  | null;

const OWN_SPACE_TAGS = new Set(['BUTTON', 'A', 'AUDIO', 'SUMMARY']);

/**
 * Player keys: Space or k plays and pauses, r replays from the start, Ctrl+Space plays and pauses
 * even while typing; label hotkeys win over k, r and t when a project uses those letters; t goes to
 * the transcript and Escape leaves it; Enter (outside a field) or Ctrl+Enter sends.
 */
export function audioCommand(press: KeyPress, config: AudioConfig): AudioCommand {
  if (isSubmitPress(press, { plainEnter: true })) return { type: 'submit' };
  if (press.key === ' ' && press.ctrlKey && !press.altKey && !press.metaKey) return press.repeat ? null : { type: 'toggle' };
  if (isTyping(press)) return press.key === 'Escape' ? { type: 'leave' } : null;
  if (press.ctrlKey || press.metaKey || press.altKey || press.repeat || press.defaultPrevented) return null;
  const labels = config.labels ?? [];
  const label = labels[findHotkey(press, labels.map((l) => l.hotkey))];
  if (label) return { type: 'label', value: label.value };
  const key = press.key.toLowerCase();
  if (key === ' ') return OWN_SPACE_TAGS.has((press.targetTag ?? '').toUpperCase()) ? null : { type: 'toggle' };
  if (key === 'k') return { type: 'toggle' };
  if (key === 'r') return { type: 'replay' };
  if (key === 't' && config.transcribe) return { type: 'transcript' };
  return null;
}

export interface AudioDraft {
  label: string | null;
  transcript: string;
}

export type AudioProblem = 'label' | 'transcript' | null;

export function audioProblem(draft: AudioDraft, config: AudioConfig): AudioProblem {
  if (config.labels && draft.label === null) return 'label';
  if (config.transcribe && draft.transcript.trim() === '') return 'transcript';
  return null;
}

/** Only the parts the project asks for: a label iff it has labels, a transcript iff it transcribes. */
export function buildAudioAnswer(draft: AudioDraft, config: AudioConfig): AudioAnswer {
  const answer: AudioAnswer = {};
  if (config.labels && draft.label !== null) answer.label = draft.label;
  if (config.transcribe) answer.transcript = draft.transcript.trim();
  return answer;
}

/** "0:07 / 0:12" style times. */
export function formatClock(seconds: number): string {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
