import { lazy, Suspense } from 'react';

// The renderer and its parsers are a fifth of an app's JavaScript, and only the task runner and the
// project pages show Markdown: they load it when they first do, not with the sign-in page and the feed.
const MarkdownContent = lazy(() => import('./MarkdownContent'));

/** Markdown shown safely (raw HTML as text, no unsafe links); its plain text until the renderer has loaded. */
export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')}>
      <Suspense fallback={<p className="markdown-pending">{source}</p>}>
        <MarkdownContent source={source} />
      </Suspense>
    </div>
  );
}
