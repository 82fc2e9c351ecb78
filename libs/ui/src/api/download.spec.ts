import { describe, expect, it } from 'vitest';
import { startDownload } from './download';

/** Just enough of a document: links appended to the body, and what a click follows. */
function fakeDocument() {
  const followed: string[] = [];
  const body: object[] = [];
  const doc = {
    body: { append: (el: object) => body.push(el) },
    createElement: () => {
      const link = { href: '', rel: '', click: () => followed.push(link.href), remove: () => body.splice(body.indexOf(link), 1) };
      return link;
    },
  };
  return { doc: doc as unknown as Document, followed, body };
}

describe('startDownload', () => {
  it('follows the signed link once, leaving no link behind in the page', () => {
    const { doc, followed, body } = fakeDocument();
    startDownload('/api/exports?ticket=abc.def', doc);
    expect(followed).toEqual(['/api/exports?ticket=abc.def']);
    expect(body).toHaveLength(0);
  });
});
