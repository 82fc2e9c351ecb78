import { findDictionaryProblems } from '@fourmi/ui';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { taskUiI18n } from './i18n';
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
    expect(renderToStaticMarkup(<TaskRenderer kind="AUDIO" config={{}} input={{}} onSubmit={noop} />)).toContain(
      'This task kind (AUDIO) is not supported yet in this version.',
    );
    expect(renderToStaticMarkup(<TaskRenderer kind="CLASSIFICATION" config={{}} input={{ text: 'x' }} onSubmit={noop} />)).toContain(
      'is not valid',
    );
  });
});

describe('task-ui dictionaries', () => {
  it('are complete in English and French', () => {
    expect(findDictionaryProblems(taskUiI18n.dictionaries)).toEqual([]);
  });
});
