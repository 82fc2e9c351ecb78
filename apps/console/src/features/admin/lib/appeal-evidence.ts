import { answerSummary, itemView, voteKeyText } from '../../results/lib/results-view';

/** A rejection's evidence in the project's words, read defensively (the API sends JSON). */
export interface AppealEvidenceView {
  failedGold: { item: string; expected: string; given: string }[];
  durationSeconds: number | null;
  projectMedianSeconds: number | null;
  /** The item's consensus by its label text; null before the item had one. */
  consensus: string | null;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? Math.round(v * 10) / 10 : null);
const record = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {});

/** What the evidence says, each answer named as results and review name it (`nameOf`: the project's label texts). */
export function readAppealEvidence(evidence: unknown, nameOf: (value: string) => string): AppealEvidenceView {
  const e = record(evidence);
  const failed = Array.isArray(e['failedGold']) ? e['failedGold'] : [];
  return {
    failedGold: failed.map((f) => {
      const g = record(f);
      const item = itemView(g['item']);
      return { item: item.text ?? item.imageUrl ?? '', expected: answerSummary(g['expected'], nameOf), given: answerSummary(g['given'], nameOf) };
    }),
    durationSeconds: num(e['durationSeconds']),
    projectMedianSeconds: num(e['projectMedianSeconds']),
    consensus: typeof e['consensus'] === 'string' ? voteKeyText(e['consensus'], nameOf) : null,
  };
}
