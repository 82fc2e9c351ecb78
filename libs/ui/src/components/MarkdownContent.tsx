import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

// Raw HTML in the source is shown as text, never rendered (no rehype-raw), and react-markdown's
// default URL transform drops `javascript:` and other unsafe links.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ node: _node, alt, ...props }) => <img {...props} alt={alt ?? ''} loading="lazy" />,
};

// GitHub's Markdown: requesters write instructions with tables (label → when to choose it), task lists
// and strikethrough, and paste bare links.
const remarkPlugins = [remarkGfm];

/** The Markdown renderer itself, loaded on demand by Markdown (about 100 kB of the bundle). */
export default function MarkdownContent({ source }: { source: string }) {
  return (
    <ReactMarkdown components={components} remarkPlugins={remarkPlugins}>
      {source}
    </ReactMarkdown>
  );
}
