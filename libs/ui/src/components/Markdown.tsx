import ReactMarkdown, { type Components } from 'react-markdown';

// Raw HTML in the source is shown as text, never rendered (no rehype-raw), and react-markdown's
// default URL transform drops `javascript:` and other unsafe links.
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer nofollow" />,
  img: ({ node: _node, alt, ...props }) => <img {...props} alt={alt ?? ''} loading="lazy" />,
};

export function Markdown({ source, className }: { source: string; className?: string }) {
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')}>
      <ReactMarkdown components={components}>{source}</ReactMarkdown>
    </div>
  );
}
