/** The apps whose users read the API's refusals: requesters and admins in the console, workers in the worker app. */
export type ReasonApp = 'console' | 'worker';

/**
 * Every refusal of a whole operation the API gives a reason for (`extensions.reason.key`), and the apps
 * whose users can meet it. The API's English message says it for every other client; each app listed
 * words the key in English and French (specs of both apps check it against this list), and the API can
 * send no other key (its ErrorReason is typed by this list and FIELD_PROBLEMS).
 */
export const REFUSALS = {
  // Something the user cannot see: none, or someone else's (said the same way, so nothing leaks).
  'project.notFound': ['console', 'worker'],
  'batch.notFound': ['console'],
  'assignment.notFound': ['console', 'worker'],
  'review.notFound': ['console'],
  'appeal.notFound': ['console'],
  'contest.notFound': ['console'],
  'contest.goldNotFound': ['worker'],
  'massRejection.notFound': ['console'],
  'ban.notFound': ['console'],
  'ban.notActive': ['console'],
  'worker.notFound': ['console'],
  'user.notFound': ['console'],
  'webhook.notFound': ['console'],
  'account.gone': ['console', 'worker'],
  // Signing in, signing up, and a session that ended or cannot do this.
  'auth.wrongCredentials': ['console', 'worker'],
  'auth.suspended': ['console', 'worker'],
  'auth.signIn': ['console', 'worker'],
  'auth.sessionEnded': ['console', 'worker'],
  'auth.tooManyAttempts': ['console', 'worker'],
  'auth.resetLinkInvalid': ['console', 'worker'],
  'auth.notAllowed': ['console', 'worker'],
  'account.emailTaken': ['console', 'worker'],
  // Conflicts and refusals of what the user asked.
  'publish.short': ['console'],
  'batch.already': ['console'],
  'batch.cannotBecome': ['console'],
  'bonus.short': ['console'],
  'bonus.notAnswered': ['console'],
  'refund.aboveBalance': ['console'],
  'review.cannotAccept': ['console'],
  'review.cannotReject': ['console'],
  'accept.fairPayShort': ['console'],
  'appeal.decided': ['console'],
  'appeal.noLongerRejected': ['console'],
  'appeal.already': ['worker'],
  'appeal.notRejected': ['worker'],
  'contest.settled': ['console'],
  'contest.already': ['worker'],
  'account.notYourself': ['console'],
  'account.alreadySuspended': ['console'],
  'account.notSuspended': ['console'],
  'massRejection.decided': ['console'],
  'massRejection.pending': ['console'],
  'massRejection.held': ['console'],
  'topUp.noCheckout': ['console'],
  'accept.noEscrow': ['console'],
  'overturn.requesterShort': ['console'],
  'balance.notEnough': ['console', 'worker'],
  'payout.noAccount': ['worker'],
  'payout.atMost': ['worker'],
  'task.givenBack': ['worker'],
  'task.notLeased': ['worker'],
  // An answer the runner could not store: worded by the runner itself (runner.*), as is a refused claim.
  'task.leaseExpired': ['worker'],
  'task.alreadyAnswered': ['worker'],
  'task.tryAgain': ['worker'],
  'claim.banned': ['worker'],
  'claim.language': ['worker'],
  'claim.dailyCap': ['worker'],
  'claim.skills': ['worker'],
  'claim.level': ['worker'],
} as const satisfies Record<string, readonly ReasonApp[]>;

export type RefusalKey = keyof typeof REFUSALS;

/** The refusal keys the users of `app` can meet, for its catalogue specs. */
export function refusalsOf(app: ReasonApp): RefusalKey[] {
  return (Object.keys(REFUSALS) as RefusalKey[]).filter((key) => (REFUSALS[key] as readonly ReasonApp[]).includes(app));
}
