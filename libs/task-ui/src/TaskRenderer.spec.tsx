import { findDictionaryProblems, formatMessage } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { taskUiI18n } from './i18n';
import { TASK_KINDS, presets } from '@fourmi/task-kinds';
import { isKindSupported } from './registry';
import { sampleInputs } from './samples';
import { TaskRenderer } from './TaskRenderer';

const config = { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative', hotkey: 'n' }] };
const noop = () => undefined;

describe('TaskRenderer', () => {
  it('shows the item text as text, never as HTML', () => {
    const html = renderToStaticMarkup(
      <TaskRenderer kind="CLASSIFICATION" config={config} input={{ text: '<img src=x onerror=alert(1)> **bold**' }} onSubmit={noop} />,
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; **bold**');
    expect(html).not.toContain('<img src="x"');
  });

  it('shows one button per label with its hotkey, and the shortcuts', () => {
    const html = renderToStaticMarkup(<TaskRenderer kind="CLASSIFICATION" config={config} input={{ text: 'ok' }} onSubmit={noop} />);
    expect(html.match(/<button/g)).toHaveLength(2);
    expect(html).toContain('aria-keyshortcuts="1"');
    expect(html).toContain('aria-keyshortcuts="n"');
    expect(html).toContain('Positive');
    expect(html).toMatch(/Shortcuts: press a label’s key \(1, n\)/);
  });

  it('shows the image with an alternative text', () => {
    const html = renderToStaticMarkup(<TaskRenderer kind="CLASSIFICATION" config={config} input={{ imageUrl: '/media/cat.jpg' }} onSubmit={noop} />);
    expect(html).toContain('src="/media/cat.jpg"');
    expect(html).toContain('alt="Image to classify"');
  });

  it('disables the labels while an answer is sent', () => {
    const html = renderToStaticMarkup(<TaskRenderer kind="CLASSIFICATION" config={config} input={{ text: 'x' }} onSubmit={noop} disabled />);
    expect(html.match(/disabled=""/g)).toHaveLength(2);
  });

  it('says when a kind is not supported yet, or when a task is broken', () => {
    expect(renderToStaticMarkup(<TaskRenderer kind="VIDEO" config={{}} input={{}} onSubmit={noop} />)).toContain(
      'This task kind (VIDEO) is not supported yet in this version.',
    );
    expect(renderToStaticMarkup(<TaskRenderer kind="AUDIO" config={{}} input={{}} onSubmit={noop} />)).toContain('is not valid');
    expect(renderToStaticMarkup(<TaskRenderer kind="CLASSIFICATION" config={{}} input={{ text: 'x' }} onSubmit={noop} />)).toContain(
      'is not valid',
    );
  });
});

const XSS = '<img src=x onerror=alert(1)>';

describe('the renderers of the other kinds', () => {
  const configOf = (id: string) => presets.find((p) => p.id === id)?.config;

  it('exist for every kind, and render every preset with a sample item', () => {
    for (const kind of TASK_KINDS) expect(isKindSupported(kind)).toBe(true);
    for (const preset of presets) {
      const html = renderToStaticMarkup(<TaskRenderer kind={preset.kind} config={preset.config} input={sampleInputs[preset.kind]} onSubmit={noop} />);
      expect(html, preset.id).not.toContain('is not valid');
      expect(html, preset.id).toContain('Shortcuts:');
    }
  });

  it('show item texts as text, never as HTML', () => {
    const cases = [
      { kind: 'MULTI_LABEL', config: configOf('moderation'), input: { text: XSS } },
      { kind: 'CATEGORIZATION', config: configOf('product-categorization'), input: { title: XSS, description: XSS } },
      { kind: 'UI_FEEDBACK', config: configOf('ui-feedback'), input: { screenshotUrl: '/media/demo/a.svg', context: XSS } },
    ];
    for (const { kind, config: c, input } of cases) {
      const html = renderToStaticMarkup(<TaskRenderer kind={kind} config={c} input={input} onSubmit={noop} />);
      expect(html, kind).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(html, kind).not.toContain('<img src="x"');
    }
  });

  it('show each label with its hotkey, and the multi-label bounds', () => {
    const html = renderToStaticMarkup(<TaskRenderer kind="MULTI_LABEL" config={configOf('moderation')} input={{ text: 'x' }} onSubmit={noop} />);
    expect(html.match(/aria-pressed="false"/g)).toHaveLength(8);
    expect(html).toContain('aria-keyshortcuts="7"');
    // "Nothing wrong" stands alone: at most the 7 policies go together, not all 8 labels.
    expect(html).toContain('Choose from 1 to 7 labels.');
  });

  it('give UI feedback a 1-5 rating, the categories and the live comment count', () => {
    const html = renderToStaticMarkup(<TaskRenderer kind="UI_FEEDBACK" config={configOf('ui-feedback')} input={sampleInputs.UI_FEEDBACK} onSubmit={noop} />);
    expect(html).toContain('aria-label="Rating 5 of 5"');
    expect(html).toContain('Something is broken');
    expect(html).toContain('0 characters, at least 10.');
    expect(html).toContain('src="/media/demo/checkout.svg"');
  });

  it('give audio a player, and labels and/or a transcript as configured', () => {
    const labelsOnly = renderToStaticMarkup(<TaskRenderer kind="AUDIO" config={configOf('audio-intent')} input={sampleInputs.AUDIO} onSubmit={noop} />);
    expect(labelsOnly).toContain('<audio');
    expect(labelsOnly).toContain('Complaint');
    expect(labelsOnly).not.toContain('<textarea');
    const transcript = renderToStaticMarkup(<TaskRenderer kind="AUDIO" config={configOf('audio-transcription')} input={sampleInputs.AUDIO} onSubmit={noop} />);
    expect(transcript).toContain('<textarea');
    expect(transcript).not.toContain('aria-label="Choose a label"');
  });
});

describe('task-ui dictionaries', () => {
  it('are complete in English and French', () => {
    expect(findDictionaryProblems(taskUiI18n.dictionaries)).toEqual([]);
  });

  it('count one character of a comment in the singular', () => {
    const { en, fr } = taskUiI18n.dictionaries;
    expect(formatMessage('en', en['task.ui.commentCount'], { count: 1, min: 10 })).toBe('1 character, at least 10.');
    expect(formatMessage('fr', fr['task.ui.commentOptional'], { count: 1 })).toBe('1 caractère (facultatif).');
    expect(formatMessage('fr', fr['task.ui.commentOptional'], { count: 12 })).toBe('12 caractères (facultatif).');
  });
});
