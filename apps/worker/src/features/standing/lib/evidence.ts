import { describeAnswer } from '../../runner/lib/answer-summary';

/** What a rejection's evidence says, read defensively (the API sends JSON). */
export interface EvidenceView {
  /** assignmentId (the worker's gold answer, to contest it) only when the API sends it. */
  failedGold: { item: string; expected: string; given: string; assignmentId?: string }[];
  durationSeconds: number | null;
  projectMedianSeconds: number | null;
  /** The item's consensus (all answers, the worker's included), in the project's words; null when unknown. */
  consensus: string | null;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : JSON.stringify(v));
/** A gold answer in words, by the project's label texts when its config is given ("Positive", "Home › Kettles"), not as JSON. */
const answerText = (v: unknown, config: unknown): string => (v === undefined || v === null ? '' : describeAnswer(v, config));
/** An item by what the worker saw of it: its text, title or context, else its media's address. */
export function itemText(input: unknown): string {
  if (typeof input !== 'object' || input === null) return text(input);
  const fields = input as Record<string, unknown>;
  const shown = ['text', 'title', 'context', 'imageUrl', 'screenshotUrl', 'audioUrl'].map((key) => fields[key]).find((v) => typeof v === 'string' && v.trim());
  return typeof shown === 'string' ? shown : text(input);
}
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The consensus is stored as its vote key (a label value, multi-label values joined by '|', a category
 * path joined by '/'): back into an answer, so it is said as the worker's own answer is.
 */
function consensusText(key: unknown, config: unknown): string | null {
  if (typeof key !== 'string' || !key) return null;
  const values = new Set<string>();
  for (const list of ['labels', 'categories'] as const) {
    const items = isRecord(config) && Array.isArray(config[list]) ? config[list] : [];
    for (const item of items) if (isRecord(item) && typeof item['value'] === 'string') values.add(item['value']);
  }
  if (isRecord(config) && Array.isArray(config['taxonomy'])) return describeAnswer({ path: key.split('/') }, config);
  if (values.has(key)) return describeAnswer(isRecord(config) && Array.isArray(config['categories']) ? { category: key } : key, config);
  if (key.split('|').every((v) => values.has(v))) return describeAnswer({ labels: key.split('|') }, config);
  return key;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** `config`: the project's task config, to name answers and the consensus by its labels' texts rather than their values. */
export function readEvidence(evidence: unknown, config: unknown = null): EvidenceView {
  const obj = typeof evidence === 'object' && evidence !== null ? (evidence as Record<string, unknown>) : {};
  const failed = Array.isArray(obj['failedGold']) ? obj['failedGold'] : [];
  return {
    failedGold: failed.map((f) => {
      const g = typeof f === 'object' && f !== null ? (f as Record<string, unknown>) : {};
      const view: EvidenceView['failedGold'][number] = { item: itemText(g['item']), expected: answerText(g['expected'], config), given: answerText(g['given'], config) };
      const id = g['assignmentId'];
      if (typeof id === 'string' || typeof id === 'number') view.assignmentId = String(id);
      return view;
    }),
    durationSeconds: num(obj['durationSeconds']),
    projectMedianSeconds: num(obj['projectMedianSeconds']),
    consensus: consensusText(obj['consensus'], config),
  };
}

/** The API's limits on an appeal's message, checked before sending. */
export const APPEAL_MESSAGE = { min: 10, max: 2000 } as const;

/** An appeal message is read by an admin: 10 to 2,000 characters once trimmed, as the API requires. */
export function checkAppealMessage(message: string): 'appeal.messageTooShort' | 'appeal.messageTooLong' | null {
  const m = message.trim();
  if (m.length < APPEAL_MESSAGE.min) return 'appeal.messageTooShort';
  if (m.length > APPEAL_MESSAGE.max) return 'appeal.messageTooLong';
  return null;
}
