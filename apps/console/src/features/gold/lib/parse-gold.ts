/** One gold item as typed: the item, its right answer, and why (shown to workers in training). */
export interface GoldLine {
  input: unknown;
  answer: unknown;
  explanation?: string;
}

/** What is wrong with a line, as a key of the gold messages (shown in the requester's language). */
export type GoldProblem = 'gold.invalidJson' | 'gold.needsInputAndAnswer';

/**
 * JSON Lines of `{"input": {...}, "answer": {...}, "explanation": "..."}`; the problems name their line.
 * Shapes are checked by the server with the project's task kind.
 */
export function parseGoldLines(text: string): { items: GoldLine[]; problems: { line: number; problem: GoldProblem }[] } {
  const items: GoldLine[] = [];
  const problems: { line: number; problem: GoldProblem }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line: i + 1, problem: 'gold.invalidJson' });
      return;
    }
    const v = value as { input?: unknown; answer?: unknown; explanation?: unknown } | null;
    if (!v || typeof v !== 'object' || v.input === undefined || v.answer === undefined) {
      problems.push({ line: i + 1, problem: 'gold.needsInputAndAnswer' });
      return;
    }
    items.push({ input: v.input, answer: v.answer, ...(typeof v.explanation === 'string' ? { explanation: v.explanation } : {}) });
  });
  return { items, problems };
}
