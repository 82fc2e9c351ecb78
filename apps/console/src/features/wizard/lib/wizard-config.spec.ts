import { getTaskKind, presets } from '@fourmi/task-kinds';
import { findDictionaryProblems } from '@fourmi/ui';
import { describe, expect, it } from 'vitest';
import { wizardI18n } from '../i18n';
import { toCreateProjectInput, initialProjectForm, isShownPath, newLabelRow } from '../../projects/lib/project-form';
import { buildKindConfig, carryAlone, editableLabel, fromPreset, initialExtras, isShownConfigPath, parseStartValue, startValue, toggleAlone } from './wizard-config';

describe('the start choice', () => {
  it('reads kinds and presets back from the select value', () => {
    expect(parseStartValue('kind:AUDIO')).toEqual({ kind: 'AUDIO', preset: null });
    expect(parseStartValue('preset:moderation')).toEqual({ kind: 'MULTI_LABEL', preset: 'moderation' });
    expect(parseStartValue('preset:nope')).toBeNull();
    expect(parseStartValue('kind:VIDEO')).toBeNull();
    expect(startValue({ kind: 'MULTI_LABEL', preset: 'moderation' })).toBe('preset:moderation');
  });

  it('turns every preset back into a config its kind accepts, unchanged', () => {
    for (const preset of presets) {
      const { labels, extras } = fromPreset(preset);
      const config = buildKindConfig(preset.kind, labels, extras);
      const parsed = getTaskKind(preset.kind).parseConfig(config);
      expect(parsed.ok ? [] : parsed.errors, preset.id).toEqual([]);
      expect(parsed, preset.id).toEqual(getTaskKind(preset.kind).parseConfig(preset.config));
    }
  });
});

describe('fromPreset in French', () => {
  const preset = (id: string) => presets.find((p) => p.id === id) ?? presets[0];

  it('fills the labels with French texts workers will read, the values unchanged', () => {
    const { labels } = fromPreset(preset('moderation'), 'fr');
    expect(labels.map((l) => [l.value, l.text]).slice(0, 2)).toEqual([
      ['ok', 'Rien à signaler'],
      ['hate:high', 'Discours haineux'],
    ]);
    expect(fromPreset(preset('ui-feedback'), 'fr').extras.categories[0].text).toBe('Mise en page');
  });

  it('names the preset’s taxonomy and its categories in French', () => {
    const { taxonomy } = fromPreset(preset('product-categorization'), 'fr').extras;
    expect(taxonomy?.fileName).toBe('Catégorisation de produits');
    expect(taxonomy?.nodes?.map((n) => n.label)).toContain('Maison et cuisine');
  });

  it('still makes configs the kinds accept', () => {
    for (const p of presets) {
      const { labels, extras } = fromPreset(p, 'fr');
      const parsed = getTaskKind(p.kind).parseConfig(buildKindConfig(p.kind, labels, extras));
      expect(parsed.ok ? [] : parsed.errors, p.id).toEqual([]);
    }
  });
});

describe('buildKindConfig', () => {
  const labels = [editableLabel('a', ' A '), editableLabel('b', 'B', 'x')];

  it('sends bounds as typed and leaves blanks to the kind', () => {
    expect(buildKindConfig('MULTI_LABEL', labels, { ...initialExtras(), minSelected: '0', maxSelected: '' })).toEqual({
      labels: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', hotkey: 'x' }],
      minSelected: 0,
    });
    // Not a number: sent as typed, for the server to name the field.
    expect(buildKindConfig('MULTI_LABEL', labels, { ...initialExtras(), minSelected: 'two' })).toMatchObject({ minSelected: 'two' });
  });

  it('keeps a preset’s label that stands alone while the label is kept', () => {
    const alone = { ...initialExtras(), aloneLabels: ['a'] };
    expect(buildKindConfig('MULTI_LABEL', labels, alone)).toMatchObject({ aloneLabels: ['a'] });
    expect(buildKindConfig('MULTI_LABEL', labels.slice(1), alone)).not.toHaveProperty('aloneLabels');
  });

  it('sends the labels ticked to go alone, and the kind accepts them', () => {
    const custom = [editableLabel('fine', 'Nothing wrong'), editableLabel('spam', 'Spam'), editableLabel('hate', 'Hate')];
    const alone = toggleAlone(toggleAlone([], ' fine ', true), 'hate', true);
    expect(alone).toEqual(['fine', 'hate']);
    expect(toggleAlone(alone, 'fine', false)).toEqual(['hate']);
    expect(toggleAlone(alone, '  ', true)).toEqual(alone);
    const config = buildKindConfig('MULTI_LABEL', custom, { ...initialExtras(), aloneLabels: alone });
    expect(config).toMatchObject({ aloneLabels: ['fine', 'hate'] });
    const parsed = getTaskKind('MULTI_LABEL').parseConfig(config);
    expect(parsed.ok && parsed.value).toMatchObject({ aloneLabels: ['fine', 'hate'] });
  });

  it('keeps a label’s mark when its value is edited, and drops it with the label', () => {
    const [ok, spam] = [editableLabel('ok', 'OK'), editableLabel('spam', 'Spam')];
    const renamed = [{ ...ok, value: 'nothing' }, spam];
    expect(carryAlone([ok, spam], renamed, ['ok'])).toEqual(['nothing']);
    expect(carryAlone([ok, spam], [spam], ['ok'])).toEqual([]);
    expect(carryAlone([ok, spam], [{ ...ok, value: '' }, spam], ['ok'])).toEqual([]);
    // The API's problems with them are shown by the marks, not listed again above the form.
    expect(isShownConfigPath('config.aloneLabels[0]', 0)).toBe(true);
  });

  it('builds audio and UI feedback configs from their switches', () => {
    expect(buildKindConfig('AUDIO', labels, { ...initialExtras(), audioLabels: false, transcribe: true })).toEqual({ transcribe: true });
    const ui = buildKindConfig('UI_FEEDBACK', [], { ...initialExtras(), categories: labels, allowClicks: false, minCommentLength: '3' });
    expect(ui).toEqual({ categories: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', hotkey: 'x' }], minCommentLength: 3, allowClicks: false });
    expect(buildKindConfig('CATEGORIZATION', [], initialExtras())).toEqual({ taxonomy: [] });
  });
});

describe('the project form with other kinds', () => {
  const base = { ...initialProjectForm(), name: 'P', instructions: '' };

  it('checks labels only where the kind has them, and categories at their own paths', () => {
    const audio = toCreateProjectInput({ ...base, kind: 'AUDIO', labels: [], extras: { ...initialExtras(), audioLabels: false, transcribe: true } });
    expect(audio.errors).toEqual({});
    expect(audio.input?.config).toEqual({ transcribe: true });
    const ui = toCreateProjectInput({ ...base, kind: 'UI_FEEDBACK', extras: { ...initialExtras(), categories: [editableLabel('a', ''), editableLabel('a', 'A')] } });
    expect(ui.errors).toEqual({ 'config.categories[0].text': 'form.required', 'config.categories[1].value': 'form.duplicateValue' });
  });

  it('places server errors of the wizard fields on them', () => {
    expect(isShownPath('config.minSelected', 2)).toBe(true);
    expect(isShownPath('config.taxonomy[3].parentId', 2)).toBe(true);
    expect(isShownPath('config.categories[1].hotkey', 2, 2)).toBe(true);
    expect(isShownPath('config.categories[5].hotkey', 2, 2)).toBe(false);
    expect(isShownPath('config.labels[1].text', 2)).toBe(true);
    expect(newLabelRow().value).toBe('');
  });
});

describe('wizard dictionaries', () => {
  it('are complete in English and French', () => {
    expect(findDictionaryProblems(wizardI18n.dictionaries)).toEqual([]);
  });
});
