import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { KeysetPager, type KeysetPagerProps } from './KeysetPager';

const pages = (onNewest: boolean): KeysetPagerProps['pages'] => ({ before: onNewest ? undefined : '41', onNewest, newer: () => undefined, older: () => undefined, toNewest: () => undefined });
const render = (onNewest: boolean, nextBefore: string | null) =>
  renderToStaticMarkup(<KeysetPager pages={pages(onNewest)} nextBefore={nextBefore} label="History pages" newerText="Newer" olderText="Older" />);

describe('KeysetPager', () => {
  it('shows nothing while the newest page is the only one', () => {
    expect(render(true, null)).toBe('');
  });

  it('offers older lines from the newest page, and newer ones from an older page', () => {
    expect(render(true, '17')).toMatch(/<nav class="row" aria-label="History pages"><button[^>]*disabled=""[^>]*>Newer<\/button><button(?![^>]*disabled)[^>]*>Older<\/button><\/nav>/);
    expect(render(false, null)).toMatch(/<button(?![^>]*disabled)[^>]*>Newer<\/button><button[^>]*disabled=""[^>]*>Older<\/button>/);
  });
});
