import { LABELS_COUNT } from './classification';
import { labelValues, type LabelOption, readLabels } from './labels';
import { normaliseTranscript, transcriptSimilarity } from './text';
import type { Result, TaskKindDefinition } from './types';
import { done, fail, type Errors, problem, readBoolean, readNumber, readObject, readString, readUrl } from './validate';

/** Labels (intent, speaker, ...), a transcript, or both. After parsing, `transcribe` is always set. */
export interface AudioConfig {
  labels?: LabelOption[];
  transcribe: boolean;
}

export interface AudioInput {
  audioUrl: string;
  durationSeconds?: number;
  /** A BCP 47 tag such as `fr` or `en-GB`, shown to workers and used to match their languages. */
  language?: string;
}

/** `label` present iff the config has labels; `transcript` present iff it asks for one. */
export interface AudioAnswer {
  label?: string;
  transcript?: string;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

function parseConfig(raw: unknown): Result<AudioConfig> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['labels', 'transcribe'], errors);
  if (!obj) return fail(errors);
  const labels = readLabels(obj, 'labels', '', errors, { ...LABELS_COUNT, required: false });
  const transcribe = readBoolean(obj, 'transcribe', '', errors) ?? false;
  if (errors.length === 0 && !labels && !transcribe) {
    errors.push(problem('', 'field.labelsOrTranscript'));
  }
  return done(labels ? { labels, transcribe } : { transcribe }, errors);
}

function parseInput(raw: unknown): Result<AudioInput> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['audioUrl', 'durationSeconds', 'language'], errors);
  if (!obj) return fail(errors);
  const input: AudioInput = { audioUrl: readUrl(obj, 'audioUrl', '', errors, { required: true, allowPath: true }) ?? '' };
  const durationSeconds = readNumber(obj, 'durationSeconds', '', errors, { min: 0, max: 24 * 3600 });
  const language = readString(obj, 'language', '', errors, { max: 35 });
  if (language !== undefined && !LANGUAGE_TAG.test(language)) {
    errors.push(problem('language', 'field.notLanguageTag'));
  }
  if (durationSeconds !== undefined) input.durationSeconds = durationSeconds;
  if (language !== undefined) input.language = language;
  return done(input, errors);
}

function parseAnswer(raw: unknown, config: AudioConfig): Result<AudioAnswer> {
  const errors: Errors = [];
  const obj = readObject(raw, '', ['label', 'transcript'], errors);
  if (!obj) return fail(errors);
  const answer: AudioAnswer = {};
  const label = readString(obj, 'label', '', errors, { required: config.labels !== undefined, max: 100 });
  if (label !== undefined && !config.labels) errors.push(problem('label', 'field.noLabels'));
  else if (label !== undefined && config.labels && !labelValues(config.labels).has(label)) {
    errors.push(problem('label', 'field.unknownLabel', { value: label }));
  } else if (label !== undefined) answer.label = label;
  const transcript = readString(obj, 'transcript', '', errors, { required: config.transcribe, max: 5000 });
  if (transcript !== undefined && !config.transcribe) errors.push(problem('transcript', 'field.noTranscript'));
  else if (transcript !== undefined) answer.transcript = transcript;
  return done(answer, errors);
}

/**
 * The mean of the parts either answer has: label equality, and transcript similarity
 * (1 - edit distance / longer length, after normalisation). Answers with no part agree fully.
 */
export function audioAgreement(a: AudioAnswer, b: AudioAnswer): number {
  const parts: number[] = [];
  if (a.label !== undefined || b.label !== undefined) parts.push(a.label === b.label ? 1 : 0);
  if (a.transcript !== undefined || b.transcript !== undefined) {
    parts.push(transcriptSimilarity(a.transcript ?? '', b.transcript ?? ''));
  }
  return parts.length === 0 ? 1 : parts.reduce((sum, p) => sum + p, 0) / parts.length;
}

export const audio: TaskKindDefinition<AudioConfig, AudioInput, AudioAnswer> = {
  kind: 'AUDIO',
  parseConfig,
  parseInput: (raw) => parseInput(raw),
  parseAnswer: (raw, config) => parseAnswer(raw, config),
  agreement: audioAgreement,
  goldScore: audioAgreement,
  voteKey: (answer, config) => (config.labels ? (answer.label ?? null) : normaliseTranscript(answer.transcript ?? '')),
};
