import type { ConsoleGoldItemsQuery } from '@fourmi/api-client';
import { formatPercent, useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { answerSummary, itemView, labelNamer } from '../../results/lib/results-view';

export type GoldItemRow = ConsoleGoldItemsQuery['goldItems']['items'][number];

export interface GoldItemsListProps {
  items: GoldItemRow[];
  /** The project's task config: answers are said with its labels' words. */
  config: unknown;
}

/** Gold items as the requester reads them: the item, its right answer in words, and how workers did. */
export function GoldItemsList({ items, config }: GoldItemsListProps) {
  const t = useT();
  const { locale } = useLocale();
  const nameOf = labelNamer(config);
  return (
    <ol className="gold-items">
      {items.map((gold) => {
        const item = itemView(gold.input);
        return (
          <li key={gold.id} className="gold-item">
            {item.imageUrl && <img className="thumb" src={item.imageUrl} alt={item.text ?? t('results.image')} loading="lazy" />}
            {item.text !== undefined && <span className="result-text">{item.text}</span>}
            <div>
              {t('gold.answer')} <strong>{answerSummary(gold.goldAnswer, nameOf)}</strong>
            </div>
            {gold.explanation && <div className="muted small">{gold.explanation}</div>}
            <div className="muted small">
              {gold.answers === 0 || gold.rightShare == null
                ? t('gold.notAnswered')
                : t('gold.answeredBy', { count: gold.answers, right: formatPercent(gold.rightShare, locale) })}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
