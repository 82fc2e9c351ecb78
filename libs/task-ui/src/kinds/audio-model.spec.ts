import { audio, type AudioConfig } from '@fourmi/task-kinds';
import { describe, expect, it } from 'vitest';
import { audioCommand, audioProblem, buildAudioAnswer, formatClock } from './audio-model';

function config(raw: unknown): AudioConfig {
  const result = audio.parseConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}
const labels = [
  { value: 'question', text: 'Question' },
  { value: 'request', text: 'Request', hotkey: 'r' },
];
const both = config({ labels, transcribe: true });
const labelsOnly = config({ labels });
const transcribeOnly = config({ transcribe: true });
const input = { audioUrl: '/media/demo/clip-1.wav' };

describe('audio keys', () => {
  it('plays, pauses and replays', () => {
    expect(audioCommand({ key: ' ' }, transcribeOnly)).toEqual({ type: 'toggle' });
    expect(audioCommand({ key: 'k' }, transcribeOnly)).toEqual({ type: 'toggle' });
    expect(audioCommand({ key: 'r' }, transcribeOnly)).toEqual({ type: 'replay' });
    // Space on a focused button or on the player belongs to them.
    expect(audioCommand({ key: ' ', targetTag: 'BUTTON' }, transcribeOnly)).toBeNull();
    expect(audioCommand({ key: ' ', targetTag: 'AUDIO' }, transcribeOnly)).toBeNull();
  });

  it('gives a project’s own hotkeys priority over the player letters', () => {
    expect(audioCommand({ key: '1' }, both)).toEqual({ type: 'label', value: 'question' });
    expect(audioCommand({ key: 'R' }, both)).toEqual({ type: 'label', value: 'request' });
  });

  it('leaves typing alone, except Ctrl+Space, Escape and Ctrl+Enter', () => {
    const typing = { targetTag: 'TEXTAREA' };
    expect(audioCommand({ key: 'k', ...typing }, both)).toBeNull();
    expect(audioCommand({ key: ' ', ...typing }, both)).toBeNull();
    expect(audioCommand({ key: 'Enter', ...typing }, both)).toBeNull();
    expect(audioCommand({ key: ' ', ctrlKey: true, ...typing }, both)).toEqual({ type: 'toggle' });
    expect(audioCommand({ key: 'Escape', ...typing }, both)).toEqual({ type: 'leave' });
    expect(audioCommand({ key: 'Enter', ctrlKey: true, ...typing }, both)).toEqual({ type: 'submit' });
    expect(audioCommand({ key: 't' }, both)).toEqual({ type: 'transcript' });
    expect(audioCommand({ key: 't' }, labelsOnly)).toBeNull();
    expect(audioCommand({ key: 'Enter' }, labelsOnly)).toEqual({ type: 'submit' });
  });
});

describe('audio answers', () => {
  it('asks for what the project needs', () => {
    expect(audioProblem({ label: null, transcript: 'hi' }, both)).toBe('label');
    expect(audioProblem({ label: 'question', transcript: '  ' }, both)).toBe('transcript');
    expect(audioProblem({ label: null, transcript: '' }, labelsOnly)).toBe('label');
    expect(audioProblem({ label: null, transcript: 'hello' }, transcribeOnly)).toBeNull();
  });

  it('builds answers the kind accepts, with only the parts it asks for', () => {
    const cases: [AudioConfig, { label: string | null; transcript: string }][] = [
      [both, { label: 'request', transcript: ' Open the door. ' }],
      [labelsOnly, { label: 'question', transcript: 'ignored' }],
      [transcribeOnly, { label: 'question', transcript: 'hello' }],
    ];
    for (const [c, draft] of cases) {
      const answer = buildAudioAnswer(draft, c);
      expect(audio.parseAnswer(answer, c, input)).toEqual({ ok: true, value: answer });
    }
    expect(buildAudioAnswer({ label: 'question', transcript: 'x' }, labelsOnly)).toEqual({ label: 'question' });
  });

  it('formats the clock', () => {
    expect(formatClock(7.9)).toBe('0:07');
    expect(formatClock(75)).toBe('1:15');
    expect(formatClock(Number.NaN)).toBe('0:00');
  });
});
