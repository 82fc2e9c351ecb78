import { Button, ErrorAlert, formatPercent, Loading, useLocale, useRefetchOnChange } from '@fourmi/ui';
import type { TaskKind } from '@fourmi/task-kinds';
import { useMemo, useState } from 'react';
import { REFRESH_MS } from '../../../app/config';
import { useT } from '../../../i18n';
import { useProjectResults } from '../hooks/useProjectResults';
import { consensusText, itemView, labelNamer, pageRange } from '../lib/results-view';
import { ResultAnswers } from './ResultAnswers';

const PAGE_SIZE = 20;

export interface ResultsTableProps {
  projectId: string;
  kind: TaskKind;
  config: unknown;
  /** Changes when the project's counts change (items added, answers in): results are fetched again at once. */
  version?: string;
}

export function ResultsTable({ projectId, kind, config, version }: ResultsTableProps) {
  const t = useT();
  const { locale } = useLocale();
  const [offset, setOffset] = useState(0);
  const { data, error, loading, refetch } = useProjectResults(projectId, offset, PAGE_SIZE);
  const nameOf = useMemo(() => labelNamer(config), [config]);
  const page = data?.projectResults;

  useRefetchOnChange(version, refetch, REFRESH_MS);

  if (!page) return loading ? <Loading /> : <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const { from, to } = pageRange(offset, PAGE_SIZE, page.total);
  return (
    <div className="stack">
      <ErrorAlert error={error} />
      {page.total === 0 ? (
        <p className="muted">{t('results.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="results">
            <caption className="visually-hidden">{t('results.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('results.col.item')}</th>
                <th scope="col">{t('results.col.answers')}</th>
                <th scope="col">{t('results.col.consensus')}</th>
                <th scope="col" className="num">{t('results.col.votes')}</th>
                <th scope="col" className="num">{t('results.col.confidence')}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => {
                const item = itemView(row.input);
                return (
                  <tr key={row.taskId}>
                    <td className="result-item">
                      {item.imageUrl && (
                        <a href={item.imageUrl} target="_blank" rel="noopener noreferrer">
                          <img className="thumb" src={item.imageUrl} alt={item.text ?? t('results.image')} loading="lazy" />
                        </a>
                      )}
                      {item.text !== undefined && <span className="result-text">{item.text}</span>}
                    </td>
                    <td>
                      <ResultAnswers answers={row.answers} nameOf={nameOf} />
                    </td>
                    <td>{row.consensus ? <strong>{consensusText(kind, config, row.consensus.voteKey, row.answers, nameOf)}</strong> : <span className="muted">{t('results.pending')}</span>}</td>
                    <td className="num">{row.consensus?.votes ?? '—'}</td>
                    <td className="num">{row.consensus ? formatPercent(row.consensus.confidence, locale) : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {page.total > 0 && (
        <div className="spread">
          <p className="muted small">
            {t('results.range', { from, to, total: page.total })} · {t('results.autoRefresh')}
          </p>
          {page.total > PAGE_SIZE && (
            <div className="row" role="group" aria-label={t('results.pages')}>
              <Button variant="secondary" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
                {t('results.previous')}
              </Button>
              <Button variant="secondary" disabled={offset + PAGE_SIZE >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
                {t('results.next')}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
