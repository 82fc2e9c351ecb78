import type { ConsoleProjectFieldChangeFragment } from '@fourmi/api-client';
import { useLocale } from '@fourmi/ui';
import { useT } from '../../../i18n';
import { clipLines, goldShareText, lineDiff } from '../lib/project-changes';

/** Lines an edit took out or put in, the first few only. */
function DiffLines({ lines, kind }: { lines: string[]; kind: 'removed' | 'added' }) {
  const t = useT();
  if (lines.length === 0) return null;
  const { shown, more } = clipLines(lines);
  const Line = kind === 'removed' ? 'del' : 'ins';
  return (
    <div className={`diff-lines diff-${kind}`}>
      <span className="visually-hidden">{t(`projectEdits.${kind}`)}</span>
      {shown.map((line, i) => (
        <Line key={i}>
          {kind === 'removed' ? '− ' : '+ '}
          {line}
        </Line>
      ))}
      {more > 0 && <span className="muted small">{t('projectEdits.moreLines', { count: more })}</span>}
    </div>
  );
}

/** The instructions' changed lines, with both versions in full a click away (appeals turn on exact wording). */
function InstructionsChange({ before, after }: { before: string; after: string }) {
  const t = useT();
  const { removed, added } = lineDiff(before, after);
  // A long version scrolls in its box: focusable, so the keyboard scrolls it too.
  const full = (text: string, label: string) =>
    text === '' ? (
      <p className="muted">{t('projectEdits.empty')}</p>
    ) : (
      <pre className="diff-full" tabIndex={0} aria-label={label}>
        {text}
      </pre>
    );
  return (
    <>
      <DiffLines lines={removed} kind="removed" />
      <DiffLines lines={added} kind="added" />
      <details>
        <summary>{t('projectEdits.both')}</summary>
        <p className="small">{t('projectEdits.before')}</p>
        {full(before, t('projectEdits.before'))}
        <p className="small">{t('projectEdits.after')}</p>
        {full(after, t('projectEdits.after'))}
      </details>
    </>
  );
}

/** What one project edit changed, field by field, before → after; for the project page and the audit trail. */
export function ProjectChanges({ changes }: { changes: readonly ConsoleProjectFieldChangeFragment[] }) {
  const t = useT();
  const { locale } = useLocale();
  const quoted = (text: string) => (text === '' ? t('projectEdits.empty') : text);
  return (
    <ul className="project-changes">
      {changes.map((c) => (
        <li key={c.field}>
          <strong>{t(`projectEdits.field.${c.field}`)}</strong>{' '}
          {c.field === 'NAME' && t('projectEdits.fromTo', { before: quoted(c.before), after: quoted(c.after) })}
          {c.field === 'GOLD_RATIO' && t('projectEdits.goldFromTo', { before: goldShareText(c.before, locale), after: goldShareText(c.after, locale) })}
          {c.field === 'INSTRUCTIONS' && <InstructionsChange before={c.before} after={c.after} />}
        </li>
      ))}
    </ul>
  );
}
