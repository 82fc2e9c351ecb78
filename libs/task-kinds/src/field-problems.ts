/**
 * Every field problem Fourmi reports, by key, in English. The key and the values its sentence names
 * travel with the English message (`FieldError.reason`), so an app can say it in its user's language
 * (libs/ui words these keys in French) while API and CLI clients keep reading the English message.
 * The task kinds produce most of them; the API maps its input checks (class-validator) to the same
 * keys. This pure lib is the one place both the API and the apps import.
 */
export const FIELD_PROBLEMS = {
  'field.required': 'Required.',
  'field.notObject': 'Must be an object.',
  'field.unknownField': 'Unknown field "{field}".',
  'field.notString': 'Must be a string.',
  'field.tooShort': 'Must be at least {min} characters long.',
  'field.tooLong': 'Must be at most {max} characters long.',
  'field.lengthBetween': 'Must be {min} to {max} characters long.',
  'field.notNumber': 'Must be a number.',
  'field.notWholeNumber': 'Must be a whole number.',
  'field.between': 'Must be between {min} and {max}.',
  'field.tooSmall': 'Must be at least {min}.',
  'field.tooLarge': 'Must be at most {max}.',
  'field.notBoolean': 'Must be true or false.',
  'field.notList': 'Must be a list.',
  'field.tooFewItems': { one: 'Must have at least {count} item.', other: 'Must have at least {count} items.' },
  'field.tooManyItems': 'Must have at most {count} items.',
  'field.notUrl': 'Must be an http(s) URL.',
  'field.notUrlOrPath': 'Must be an http(s) URL or a path starting with "/".',
  'field.notEmail': 'Must be a valid email address.',
  'field.notId': 'Must be a valid id.',
  'field.notOneOf': 'Must be one of: {values}.',
  'field.badFormat': 'Is not in the expected format.',
  'field.notSingleCharacter': 'Must be a single character.',
  'field.duplicateValue': 'Duplicate value "{value}" (already used by {other}).',
  'field.duplicateHotkey': 'Duplicate hotkey "{value}" (already used by {other}).',
  'field.duplicateId': 'Duplicate id "{value}" (already used by {other}).',
  'field.duplicateLabel': 'Duplicate label "{value}".',
  'field.unknownLabel': 'Unknown label "{value}".',
  'field.unknownCategory': 'Unknown category "{value}".',
  'field.unknownParent': 'Unknown parent "{value}".',
  'field.notCategoryId': 'Must be a category id.',
  'field.notTopCategory': '"{value}" is not a top-level category.',
  'field.notChildCategory': '"{value}" is not a child of "{parent}".',
  'field.notLeafCategory': '"{value}" has subcategories: choose down to a leaf.',
  'field.parentCycle': 'Parents form a cycle: {cycle}.',
  'field.nestedTooDeep': 'Is nested more than {max} levels deep.',
  'field.tooManyCategories': 'Must have at most {max} categories.',
  'field.tooFewLeaves': 'Needs at least {min} leaf categories.',
  'field.notCategoryNode': 'Must be an object with a label.',
  'field.notMoreThanMax': 'Must not be more than maxSelected ({max}).',
  'field.chooseExactly': { one: 'Choose exactly {count} label.', other: 'Choose exactly {count} labels.' },
  'field.chooseBetween': 'Choose between {min} and {max} labels.',
  'field.labelAlone': '"{label}" goes alone: it cannot be chosen with other labels.',
  'field.textOrImage': 'Needs a text, an imageUrl, or both.',
  'field.labelsOrTranscript': 'Needs labels (at least 2), transcribe: true, or both.',
  'field.notLanguageTag': 'Must be a language tag such as "fr" or "en-GB".',
  'field.noLabels': 'This project has no labels.',
  'field.noTranscript': 'This project asks for no transcript.',
  'field.noClicks': 'Clicks are not collected for this project.',
  // The API's own input checks.
  'field.centsTooSmall': { one: 'Must be at least {count} cent.', other: 'Must be at least {count} cents.' },
  'field.centsTooLarge': { one: 'Must be at most {count} cent.', other: 'Must be at most {count} cents.' },
  'field.passwordCommon': 'This password is too common.',
  'field.passwordRepetitive': 'Use more different characters.',
  'field.passwordHasEmail': 'Do not put your email in your password.',
  // Checks the API's services make themselves, in the English those services have always written.
  'field.reasonBetween': 'Give a reason of {min} to {max} characters',
  'field.reasonAtLeast': 'Give a reason of at least {min} characters',
  'field.explainAppeal': 'Explain your appeal in {min} to {max} characters',
  'field.explainGoldContest': 'Explain in {min} to {max} characters why the gold answer is wrong',
  'field.appealNote': 'Write a note of {min} to {max} characters; the worker or requester reads it',
  'field.zeroOrMore': 'Must be 0 or more',
  'field.fromTo': 'Must be from {min} to {max}',
  'field.aboveOverlap': 'Must not exceed the overlap ({overlap})',
  'field.dynamicOverlapPair': 'Dynamic overlap needs both a minimum overlap and a confidence target',
  'field.examIncomplete': 'An exam needs its number of gold answers, pass accuracy and the skill it grants',
  'field.noAssignmentGiven': 'Give at least one assignment',
  'field.tooManyAssignments': 'At most {count} assignments at once',
  'field.notAssignmentId': 'Not an assignment id',
  'field.noSuchAssignment': 'No such assignment: {id}',
  // One key per status an assignment under review can be found in, so each language names it.
  'field.assignmentLeased': 'Assignment {id} is leased',
  'field.assignmentAccepted': 'Assignment {id} is accepted',
  'field.assignmentRejected': 'Assignment {id} is rejected',
  'field.assignmentExpired': 'Assignment {id} is expired',
  'field.assignmentReturned': 'Assignment {id} is returned',
  // An id that names nothing the user can see (none, or someone else's).
  'field.projectNotFound': 'No such project',
  'field.assignmentNotFound': 'No such assignment',
  'field.workerNotFound': 'No such worker',
  'field.userNotFound': 'No such user',
  'field.personNotFound': 'No such person',
  'field.notHttpUrl': 'Enter an http:// or https:// URL',
  // A webhook's host on the API's own machine or network: `host` as in the URL, `address` as it resolved.
  'field.webhookThisMachine': 'Webhooks go to public addresses: {host} is this machine',
  'field.webhookPrivateAddress': 'Webhooks go to public addresses: {host} is a private address',
  'field.webhookResolvesPrivate': 'Webhooks go to public addresses: {host} resolves to {address}, a private address',
  'field.noEvent': 'Choose at least one event',
  'field.unknownEvents': 'Unknown events: {events} (known: {known})',
  'field.emptyFile': 'The file holds no items',
  // An upload that cannot be read as records (its row, if any, is in the path).
  'field.noColumnNames': 'The first line must name the columns, e.g. text or image_url',
  'field.columnCount': 'expected {expected} columns, found {found}',
  'field.notJson': 'is not valid JSON',
  'field.notJsonObject': 'must be a JSON object',
  'field.quoteNotClosed': 'a quoted field is not closed before the end of the file',
  'field.tooManyRows': 'a batch holds at most {max} rows',
  // Signing in and up.
  'field.wrongCredentials': 'Wrong email or password',
  'field.emailTaken': 'An account with this email already exists',
  'field.wrongPassword': 'Wrong password',
  // Amounts: `…Cents` params in minor units of the `currency` param, written as money.
  'field.shortBy': 'Short by {shortCents}',
  'field.balanceShortBy': 'Your balance is short by {shortCents}',
  'field.atMostAmount': 'At most {maxCents}',
  'field.topUpBetween': 'Top up from {minCents} to {maxCents}',
  'field.minimumPayout': 'The minimum payout is {minCents}',
  'field.unfairPayMeasured':
    'This project pays about {hourlyCents} an hour (measured from the answers so far), below the platform minimum of {minimumCents} an hour; raise the reward',
  'field.unfairPayEstimated':
    'This project pays about {hourlyCents} an hour (from your time estimate), below the platform minimum of {minimumCents} an hour; raise the reward',
} as const satisfies Record<string, string | { one: string; other: string }>;

export type FieldProblemKey = keyof typeof FIELD_PROBLEMS;
export type FieldProblemParams = Record<string, string | number | string[]>;

/** Why a field is wrong, as a key of FIELD_PROBLEMS and the values its sentence names. */
export interface FieldReason {
  key: FieldProblemKey;
  params: FieldProblemParams;
}

export function isFieldProblemKey(key: unknown): key is FieldProblemKey {
  return typeof key === 'string' && Object.hasOwn(FIELD_PROBLEMS, key);
}

/** True for a param holding an amount in minor units (`shortCents`), said as money in `params.currency`. */
export function isMoneyParam(name: string, params: FieldProblemParams): boolean {
  return name.endsWith('Cents') && typeof params[name] === 'number' && typeof params['currency'] === 'string';
}

/**
 * The English sentence of a problem: `{name}` filled with the param as written (2048, not 2,048, so
 * API messages read as they always did), lists joined by commas, amounts as money ("€2.50"), the
 * plural form chosen by `count`.
 */
export function fieldProblemMessage(key: FieldProblemKey, params: FieldProblemParams = {}): string {
  return englishText(FIELD_PROBLEMS[key], params);
}

/** A message of these catalogs in English, filled as fieldProblemMessage says. */
export function englishText(message: string | { one: string; other: string }, params: FieldProblemParams): string {
  const template = typeof message === 'string' ? message : params['count'] === 1 ? message.one : message.other;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (isMoneyParam(name, params)) return moneyInEnglish(value as number, params['currency'] as string);
    return Array.isArray(value) ? value.join(', ') : String(value);
  });
}

function moneyInEnglish(cents: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency });
  return format.format(cents / 10 ** (format.resolvedOptions().maximumFractionDigits ?? 2));
}
