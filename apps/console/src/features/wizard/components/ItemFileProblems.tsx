import { Alert, useFieldProblemText } from '@fourmi/ui';
import { useWizardT } from '../i18n';
import type { KindItemsError } from '../lib/items-file';

const FILE_PROBLEMS = ['tooBig', 'tooMany', 'fileType', 'jsonInvalid', 'csvUnclosedQuote', 'csvHeader', 'csvUnknownColumn'];

/**
 * Why the chosen items file cannot be added, one line per problem in the requester's language: the
 * file's own problems by their names, each row's problem from the task kind's reason.
 */
export function ItemFileProblems({ errors, fields }: { errors: KindItemsError[]; fields: string }) {
  const t = useWizardT();
  const problemText = useFieldProblemText();
  const describe = (e: KindItemsError) => {
    const message = FILE_PROBLEMS.includes(e.message)
      ? t(`wizard.items.error.${e.message}` as 'wizard.items.error.tooBig', { fields, column: e.column ?? '' })
      : problemText(e);
    // String: "Row 7001" as the server and the CLI write it, not "Row 7,001".
    if (e.row && e.field) return t('wizard.items.rowField', { row: String(e.row), field: e.field, message });
    if (e.row) return t('wizard.items.atRow', { row: String(e.row), message });
    return message;
  };
  return (
    <Alert tone="error" title={t('wizard.items.problems')}>
      <ul>
        {errors.map((e, i) => (
          <li key={i}>{describe(e)}</li>
        ))}
      </ul>
    </Alert>
  );
}
