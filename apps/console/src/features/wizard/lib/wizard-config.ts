import type { Locale } from '@fourmi/ui';
import { presetConfig, presets, type CsvError, type FieldError, type LabelOption, type Preset, type TaskKind, type TaxonomyNode } from '@fourmi/task-kinds';

/** A label being edited; `key` is for React lists only. */
export interface EditableLabel {
  key: string;
  value: string;
  text: string;
  hotkey: string;
}

/** An uploaded taxonomy: the nodes once the file reads well, else its problems. */
export interface TaxonomyUpload {
  fileName: string;
  nodes: TaxonomyNode[] | null;
  errors: (CsvError | FieldError)[];
}

/** The parts of a project's config beyond the labels, for every kind (only the chosen kind's are sent). */
export interface KindExtras {
  /** Multi-label bounds, as typed; blank sends nothing (the kind's defaults: 1 and the label count). */
  minSelected: string;
  maxSelected: string;
  /** Multi-label values that stand alone ("Nothing wrong"), from a preset or ticked per label; sent while their label is kept. */
  aloneLabels: string[];
  taxonomy: TaxonomyUpload | null;
  /** UI feedback. */
  categories: EditableLabel[];
  minCommentLength: string;
  allowClicks: boolean;
  maxClicks: string;
  /** Audio: whether workers choose a label, type a transcript, or both. */
  audioLabels: boolean;
  transcribe: boolean;
}

/** What the wizard starts from: an empty project of a kind, or a preset. */
export type StartChoice = { kind: TaskKind; preset: null } | { kind: TaskKind; preset: string };

export const START_KINDS: readonly TaskKind[] = ['CLASSIFICATION', 'MULTI_LABEL', 'CATEGORIZATION', 'UI_FEEDBACK', 'AUDIO'];

export function startValue(choice: StartChoice): string {
  return choice.preset ? `preset:${choice.preset}` : `kind:${choice.kind}`;
}

export function parseStartValue(value: string): StartChoice | null {
  const [type, id] = value.split(':', 2);
  if (type === 'kind' && START_KINDS.includes(id as TaskKind)) return { kind: id as TaskKind, preset: null };
  const preset = type === 'preset' ? presets.find((p) => p.id === id) : undefined;
  return preset ? { kind: preset.kind, preset: preset.id } : null;
}

let nextKey = 0;
export function editableLabel(value = '', text = '', hotkey = ''): EditableLabel {
  nextKey += 1;
  return { key: `wizard-label-${nextKey}`, value, text, hotkey };
}

export function initialExtras(): KindExtras {
  return {
    minSelected: '',
    maxSelected: '',
    aloneLabels: [],
    taxonomy: null,
    categories: [editableLabel(), editableLabel()],
    minCommentLength: '10',
    allowClicks: true,
    maxClicks: '5',
    audioLabels: true,
    transcribe: false,
  };
}

function toEditable(labels: unknown): EditableLabel[] {
  if (!Array.isArray(labels)) return [];
  return (labels as Partial<LabelOption>[]).map((l) => editableLabel(l.value ?? '', l.text ?? '', l.hotkey ?? ''));
}

const numberText = (value: unknown, fallback: string) => (typeof value === 'number' ? String(value) : fallback);

/** The labels and extras a preset starts with, their texts in the requester's language. */
export function fromPreset(preset: Preset, locale: Locale = 'en'): { labels: EditableLabel[]; extras: KindExtras } {
  const config = presetConfig(preset, locale) as Record<string, unknown>;
  const extras = initialExtras();
  const labels = toEditable(config['labels']);
  switch (preset.kind) {
    case 'MULTI_LABEL':
      extras.minSelected = numberText(config['minSelected'], '');
      extras.maxSelected = numberText(config['maxSelected'], '');
      extras.aloneLabels = Array.isArray(config['aloneLabels']) ? config['aloneLabels'].map(String) : [];
      break;
    case 'CATEGORIZATION': {
      const nodes = Array.isArray(config['taxonomy']) ? (config['taxonomy'] as TaxonomyNode[]) : [];
      extras.taxonomy = { fileName: preset.name[locale], nodes, errors: [] };
      break;
    }
    case 'UI_FEEDBACK':
      extras.categories = toEditable(config['categories']);
      extras.minCommentLength = numberText(config['minCommentLength'], '10');
      extras.allowClicks = config['allowClicks'] !== false;
      extras.maxClicks = numberText(config['maxClicks'], '5');
      break;
    case 'AUDIO':
      extras.audioLabels = labels.length > 0;
      extras.transcribe = config['transcribe'] === true;
      break;
  }
  return { labels, extras };
}

/** Whether the kind's config has the labels edited by the labels editor. */
export function usesLabels(kind: TaskKind, extras: KindExtras): boolean {
  return kind === 'CLASSIFICATION' || kind === 'MULTI_LABEL' || (kind === 'AUDIO' && extras.audioLabels);
}

/** Labels as the API takes them: trimmed, with a hotkey only when one is typed. */
export function labelsOf(rows: readonly EditableLabel[]): LabelOption[] {
  return rows.map((row) => {
    const label = { value: row.value.trim(), text: row.text.trim() };
    const hotkey = row.hotkey.trim();
    return hotkey ? { ...label, hotkey } : label;
  });
}

/** A typed number as sent to the API: blank is absent; anything else goes as typed, for the server to judge. */
function numberField(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function withDefined(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));
}

/**
 * The raw config of a kind, from the form. It is not checked here: the server validates it with the
 * kind's own parser and its field errors come back at `config.<path>`.
 */
export function buildKindConfig(kind: TaskKind, labels: readonly EditableLabel[], extras: KindExtras): Record<string, unknown> {
  switch (kind) {
    case 'CLASSIFICATION':
      return { labels: labelsOf(labels) };
    case 'MULTI_LABEL': {
      const values = labelsOf(labels).map((l) => l.value);
      const alone = extras.aloneLabels.filter((v) => values.includes(v));
      return withDefined({
        labels: labelsOf(labels),
        minSelected: numberField(extras.minSelected),
        maxSelected: numberField(extras.maxSelected),
        aloneLabels: alone.length > 0 ? alone : undefined,
      });
    }
    case 'CATEGORIZATION':
      return { taxonomy: extras.taxonomy?.nodes ?? [] };
    case 'UI_FEEDBACK':
      return withDefined({
        categories: labelsOf(extras.categories),
        minCommentLength: numberField(extras.minCommentLength),
        allowClicks: extras.allowClicks,
        maxClicks: extras.allowClicks ? numberField(extras.maxClicks) : undefined,
      });
    case 'AUDIO':
      return withDefined({ labels: extras.audioLabels ? labelsOf(labels) : undefined, transcribe: extras.transcribe });
  }
}

/** The labels standing alone with one label's mark set or cleared (by its value, as the API takes them). */
export function toggleAlone(alone: readonly string[], value: string, on: boolean): string[] {
  const v = value.trim();
  const others = alone.filter((a) => a !== v);
  return on && v ? [...others, v] : others;
}

/**
 * The marks after the labels changed: a label whose value is edited keeps its mark under its new
 * value (rows are followed by key), and a removed label's mark goes with it.
 */
export function carryAlone(before: readonly EditableLabel[], after: readonly EditableLabel[], alone: readonly string[]): string[] {
  const marked = new Set(before.filter((row) => alone.includes(row.value.trim())).map((row) => row.key));
  return [...new Set(after.filter((row) => marked.has(row.key) && row.value.trim()).map((row) => row.value.trim()))];
}

/** Config paths shown next to a field of the wizard (beyond the labels editor's). */
export const CONFIG_FIELD_PATHS = ['config.minSelected', 'config.maxSelected', 'config.taxonomy', 'config.categories', 'config.minCommentLength', 'config.allowClicks', 'config.maxClicks', 'config.transcribe'];

export function isShownConfigPath(path: string, categoryCount: number): boolean {
  if (CONFIG_FIELD_PATHS.includes(path) || path.startsWith('config.taxonomy') || path.startsWith('config.aloneLabels')) return true;
  const category = /^config\.categories\[(\d+)\](?:\.(value|text|hotkey))?$/.exec(path);
  return category !== null && Number(category[1]) < categoryCount;
}
