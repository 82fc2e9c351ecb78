import ReactMarkdown, { type Components } from 'react-markdown';

// Raw HTML in the source is shown as text, never rendered (no rehype-raw), and react-markdown's
// default URL transform drops `javascript:` and other unsafe links.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ node: _node, alt, ...props }) => <img {...props} alt={alt ?? ''} loading="lazy" />,
};

/** The Markdown renderer itself, loaded on demand by Markdown (about 100 kB of the bundle). */
export default function MarkdownContent({ source }: { source: string }) {
  return <ReactMarkdown components={components}>{source}</ReactMarkdown>;
}
