import { describe, expect, it } from 'vitest';
import * as api from './index';
import { getTaskKind, isTaskKind, presets, TASK_KINDS, taskKinds, validateItems } from './index';

describe('registry', () => {
  it('has one definition per kind, under its own kind', () => {
    for (const kind of TASK_KINDS) {
      expect(taskKinds[kind].kind).toBe(kind);
      expect(getTaskKind(kind)).toBe(taskKinds[kind]);
    }
    expect(isTaskKind('AUDIO')).toBe(true);
    expect(isTaskKind('audio')).toBe(false);
    expect(isTaskKind(undefined)).toBe(false);
    expect(() => getTaskKind('NOPE' as never)).toThrow('Unknown task kind: NOPE');
  });

  it('exposes the documented entry points', () => {
    for (const name of ['parseTaxonomyCsv', 'parseTaxonomyJson', 'searchTaxonomy', 'validateItems', 'presets', 'indexTaxonomy']) {
      expect(api).toHaveProperty(name);
    }
  });
});

describe('validateItems', () => {
  const config = { labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B' }] };

  it('returns normalised items when every row is valid', () => {
    expect(validateItems('CLASSIFICATION', config, [{ text: ' x ' }, { imageUrl: '/i.png' }])).toEqual({
      ok: true,
      value: [{ text: 'x' }, { imageUrl: '/i.png' }],
    });
  });

  it('reports errors with 1-based row numbers and paths inside the row', () => {
    const result = validateItems('CLASSIFICATION', config, [{ text: 'ok' }, { imageUrl: 'bad' }, 'row', { text: 'ok', extra: 1 }]);
    expect(result.ok ? [] : result.errors.map((e) => [e.row, e.path])).toEqual([
      [2, 'imageUrl'],
      [3, ''],
      [4, 'extra'],
    ]);
  });

  it('stops collecting after maxErrors', () => {
    const rows = Array.from({ length: 50 }, () => ({}));
    const result = validateItems('AUDIO', { transcribe: true }, rows, { maxErrors: 10 });
    expect(result.ok ? 0 : result.errors.length).toBe(10);
    expect(result.ok ? 0 : result.errors[9].row).toBe(10);
  });
});

describe('presets', () => {
  it('have unique ids, both languages, and configs their kind accepts', () => {
    expect(new Set(presets.map((p) => p.id)).size).toBe(presets.length);
    expect(presets.map((p) => p.id)).toEqual(
      expect.arrayContaining(['sentiment-5', 'sentiment-3', 'moderation', 'image-classification', 'product-categorization', 'ui-feedback', 'audio-intent', 'audio-transcription']),
    );
    for (const preset of presets) {
      const result = getTaskKind(preset.kind).parseConfig(preset.config);
      expect(result.ok ? [] : result.errors, preset.id).toEqual([]);
      expect(preset.name.fr && preset.name.en && preset.description.fr && preset.description.en).toBeTruthy();
    }
  });

  it('parseConfig is idempotent on every preset: a stored, normalised config parses to itself', () => {
    for (const preset of presets) {
      const once = getTaskKind(preset.kind).parseConfig(preset.config);
      if (!once.ok) throw new Error(preset.id);
      expect(getTaskKind(preset.kind).parseConfig(JSON.parse(JSON.stringify(once.value))), preset.id).toEqual(once);
    }
  });

  it('sentiment-5 orders values from -2 to 2 on hotkeys 1..5', () => {
    const result = getTaskKind('CLASSIFICATION').parseConfig(presets.find((p) => p.id === 'sentiment-5')?.config);
    expect(result.ok && result.value.labels.map((l) => `${l.value}@${l.hotkey}`)).toEqual(['-2@1', '-1@2', '0@3', '1@4', '2@5']);
  });

  it('moderation values follow policy:severity, apart from ok', () => {
    const result = getTaskKind('MULTI_LABEL').parseConfig(presets.find((p) => p.id === 'moderation')?.config);
    const values = result.ok ? result.value.labels.map((l) => l.value) : [];
    expect(values).toContain('ok');
    for (const value of values.filter((v) => v !== 'ok')) expect(value).toMatch(/^[a-z-]+:(low|medium|high)$/);
  });
});
