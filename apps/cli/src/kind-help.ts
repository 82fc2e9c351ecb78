/**
 * What each task kind expects, for `fourmi create-project --help`: an item, its answer (as gold files
 * give it) and a config, each with what else it may hold. The spec checks every example against
 * libs/task-kinds, so the help stays true to what the API accepts.
 */
export const KIND_GUIDES = [
  {
    kind: 'CLASSIFICATION',
    item: { text: 'Loved it' },
    itemNote: 'text and/or imageUrl',
    answer: { label: 'pos' },
    config: { labels: [{ value: 'pos', text: 'Positive' }, { value: 'neg', text: 'Negative' }] },
    configNote: '2 to 50 labels, each {value, text, hotkey?}; --labels writes them',
  },
  {
    kind: 'MULTI_LABEL',
    item: { imageUrl: 'https://example.org/post.png' },
    itemNote: 'text and/or imageUrl',
    answer: { labels: ['spam', 'ads'] },
    config: { labels: [{ value: 'spam', text: 'Spam' }, { value: 'ads', text: 'Ads' }, { value: 'none', text: 'None' }], maxSelected: 2, aloneLabels: ['none'] },
    configNote: 'labels as for CLASSIFICATION (--labels writes them); minSelected 0 up to the label\ncount (default 1); maxSelected (default: all); aloneLabels: labels only chosen on their own',
  },
  {
    kind: 'CATEGORIZATION',
    item: { title: 'Steel kettle', description: '1.7 l' },
    itemNote: 'title, and description, imageUrl',
    answer: { path: ['home', 'home.kitchen'] },
    config: { taxonomy: [{ id: 'home', label: 'Home' }, { id: 'home.kitchen', label: 'Kitchen', parentId: 'home' }, { id: 'toys', label: 'Toys' }] },
    configNote: 'taxonomy: a flat list of {id, label, parentId} (none: a root), at most 10,000 categories and\n32 levels, at least 2 leaves; an answer is a path of ids from a root to a leaf; no --labels',
  },
  {
    kind: 'AUDIO',
    item: { audioUrl: 'https://example.org/call.mp3', language: 'fr' },
    itemNote: 'audioUrl, and durationSeconds, language (BCP 47: fr, en-GB)',
    answer: { label: 'order', transcript: 'Deux cafés, s’il vous plaît' },
    config: { labels: [{ value: 'question', text: 'Question' }, { value: 'order', text: 'Order' }], transcribe: true },
    configNote: 'labels (as for CLASSIFICATION; --labels writes them), transcribe: true, or both; one is\nneeded; the answer has a label if there are labels, a transcript if transcribe',
  },
  {
    kind: 'UI_FEEDBACK',
    item: { screenshotUrl: 'https://example.org/cart.png' },
    itemNote: 'screenshotUrl, and pageUrl, context',
    answer: { rating: 2, category: 'confusing', comment: 'Where is the pay button?', clicks: [{ x: 0.8, y: 0.9 }] },
    config: { categories: [{ value: 'bug', text: 'Bug' }, { value: 'confusing', text: 'Confusing' }], maxClicks: 3 },
    configNote: 'categories: 1 to 30, each {value, text, hotkey?}; minCommentLength 0 to 2,000 (default\n10), allowClicks (default true), maxClicks 0 to 50 (default 5); the answer: a rating 1 to 5, a\ncategory, a comment, clicks as fractions of the screenshot; no --labels',
  },
] as const;

/** The guide as help text: under each kind, an item, an answer and a config, with their notes. */
export function kindHelp(): string {
  const notes = (text: string) => text.replace(/\n/g, `\n${' '.repeat(12)}`);
  return KIND_GUIDES.map(
    (g) =>
      `  ${g.kind}\n    item    ${JSON.stringify(g.item)}  (${g.itemNote})\n    answer  ${JSON.stringify(g.answer)}\n    config  ${JSON.stringify(g.config)}\n            ${notes(g.configNote)}`,
  ).join('\n');
}
