import type { Message } from '@fourmi/ui';

/**
 * Refusals of whole operations the console words from the API's reason (`reason.<key>`); the English
 * says what the API's message says. Amounts (`…Cents`) arrive written as money, batch statuses as
 * labelled, decisions and assignment statuses as `reasonWord.*` says them, counts with their noun
 * (`reasonCount.*`).
 */
export const reasonsEn = {
  'reason.publish.short':
    'Publishing this batch reserves {totalCents} ({items} × {answers} × {eachCents} with fees). Your balance is short by {shortCents}; top up and publish again.',
  'reason.batch.already': 'This batch is already “{status}”.',
  'reason.batch.cannotBecome': 'A batch that is “{fromStatus}” cannot become “{toStatus}”.',
  'reason.bonus.short': 'This bonus costs {totalCents} with fees; your balance is short by {shortCents}.',
  'reason.refund.aboveBalance': 'The balance is {balanceCents}; a refund cannot exceed it.',
  'reason.review.cannotAccept': { one: 'This answer cannot be accepted; nothing was changed.', other: '{count} answers cannot be accepted; nothing was changed.' },
  'reason.review.cannotReject': { one: 'This answer cannot be rejected; nothing was changed.', other: '{count} answers cannot be rejected; nothing was changed.' },
  'reason.bonus.notAnswered': 'A bonus goes with an answer; this assignment is {assignmentStatus}.',
  'reason.appeal.decided': 'This appeal was already decided: {decision}.',
  'reason.appeal.noLongerRejected': 'This answer is no longer rejected.',
  'reason.contest.settled': 'This contest was already settled: {decision}.',
  'reason.massRejection.decided': 'This request was already decided: {decision}.',
  'reason.massRejection.held': 'Rejecting these answers needs an admin’s confirmation; it was sent to the admins (request {request}). Nothing is rejected until they decide.',
  'reason.massRejection.pending': {
    one: 'One of these answers already waits for an admin’s decision (request {request}); nothing was rejected. Reject the others on their own, or wait for the decision.',
    other: '{count} of these answers already wait for an admin’s decision (request {request}); nothing was rejected. Reject the others on their own, or wait for the decision.',
  },
  'reason.topUp.noCheckout': 'The payment provider could not open a checkout; nothing was charged, please try again.',
  'reason.accept.fairPayShort':
    'Fair-pay top-up: measured pay {hourlyCents}/h is below the {minimumCents}/h minimum; accepting also pays {eachCents} more per answer, and your balance is short by {shortCents}.',
  // Something the user cannot see: none, or someone else's.
  'reason.project.notFound': 'No such project.',
  'reason.batch.notFound': 'No such batch.',
  'reason.assignment.notFound': 'No such assignment.',
  'reason.review.notFound': { one: 'This answer was not found; nothing was changed.', other: '{count} answers were not found; nothing was changed.' },
  'reason.appeal.notFound': 'No such appeal.',
  'reason.contest.notFound': 'No such contest.',
  'reason.massRejection.notFound': 'No such rejection request.',
  'reason.ban.notFound': 'No such ban.',
  'reason.ban.notActive': 'No active ban with this id.',
  'reason.worker.notFound': 'No such worker.',
  'reason.user.notFound': 'No such user.',
  'reason.webhook.notFound': 'No such webhook.',
  'reason.account.gone': 'This account no longer exists.',
  // Signing in and up, and a session that ended or cannot do this.
  'reason.auth.wrongCredentials': 'Wrong email or password.',
  'reason.auth.suspended': 'This account is suspended.',
  'reason.auth.signIn': 'Please sign in.',
  'reason.auth.notAllowed': 'Your account is not allowed to do this.',
  'reason.account.emailTaken': 'An account with this email already exists.',
  // Money that is not there.
  'reason.accept.noEscrow': 'Answer {id} belongs to a batch published without escrow; it cannot be paid from the ledger.',
  'reason.overturn.requesterShort': 'The requester’s balance, to pay the answer an appeal overturned, is short by {shortCents}.',
  'reason.balance.notEnough': 'There is not enough money in the account for this.',
  // What the `decision` and `assignmentStatus` params above name.
  'reasonWord.OVERTURNED': 'the rejection was overturned',
  'reasonWord.UPHELD': 'the rejection stands',
  'reasonWord.KEPT': 'the gold answer was kept',
  'reasonWord.CORRECTED': 'the gold answer was corrected',
  'reasonWord.APPROVED': 'approved, the answers were rejected',
  'reasonWord.DECLINED': 'declined',
  'reasonWord.LEASED': 'still being answered',
  'reasonWord.EXPIRED': 'expired',
  'reasonWord.REJECTED': 'rejected',
  'reasonWord.RETURNED': 'given back',
  // What the `items` and `answers` params count, each noun agreeing with its own number.
  'reasonCount.items': { one: '{count} item', other: '{count} items' },
  'reasonCount.answers': { one: '{count} answer', other: '{count} answers' },
};

export const reasonsFr: Record<keyof typeof reasonsEn, Message> = {
  'reason.publish.short':
    'Publier ce lot réserve {totalCents} ({items} × {answers} × {eachCents} frais compris). Il manque {shortCents} sur votre solde : rechargez-le, puis publiez de nouveau.',
  'reason.batch.already': 'Ce lot est déjà à l’état « {status} ».',
  'reason.batch.cannotBecome': 'Un lot à l’état « {fromStatus} » ne peut pas passer à l’état « {toStatus} ».',
  'reason.bonus.short': 'Cette prime coûte {totalCents} frais compris ; il manque {shortCents} sur votre solde.',
  'reason.refund.aboveBalance': 'Le solde est de {balanceCents} ; un remboursement ne peut pas le dépasser.',
  'reason.review.cannotAccept': {
    one: 'Cette réponse ne peut pas être acceptée ; rien n’a été modifié.',
    other: '{count} réponses ne peuvent pas être acceptées ; rien n’a été modifié.',
  },
  'reason.review.cannotReject': {
    one: 'Cette réponse ne peut pas être refusée ; rien n’a été modifié.',
    other: '{count} réponses ne peuvent pas être refusées ; rien n’a été modifié.',
  },
  'reason.bonus.notAnswered': 'Une prime accompagne une réponse ; cette tâche est {assignmentStatus}.',
  'reason.appeal.decided': 'Cette contestation a déjà été tranchée : {decision}.',
  'reason.appeal.noLongerRejected': 'Cette réponse n’est plus refusée.',
  'reason.contest.settled': 'Cette contestation de contrôle a déjà été réglée : {decision}.',
  'reason.massRejection.decided': 'Cette demande a déjà été traitée : {decision}.',
  'reason.massRejection.held': 'Refuser ces réponses demande la confirmation d’un administrateur ; la demande leur a été envoyée (demande {request}). Rien n’est refusé avant leur décision.',
  'reason.massRejection.pending': {
    one: 'Une de ces réponses attend déjà la décision d’un administrateur (demande {request}) ; rien n’a été refusé. Refusez les autres à part, ou attendez la décision.',
    other: '{count} de ces réponses attendent déjà la décision d’un administrateur (demande {request}) ; rien n’a été refusé. Refusez les autres à part, ou attendez la décision.',
  },
  'reason.topUp.noCheckout': 'Le prestataire de paiement n’a pas pu ouvrir la page de paiement ; rien n’a été débité, veuillez réessayer.',
  'reason.accept.fairPayShort':
    'Complément de juste rémunération : la rémunération mesurée de {hourlyCents}/h est sous le minimum de {minimumCents}/h ; accepter paie aussi {eachCents} de plus par réponse, et il manque {shortCents} sur votre solde.',
  'reason.project.notFound': 'Projet introuvable.',
  'reason.batch.notFound': 'Lot introuvable.',
  'reason.assignment.notFound': 'Réponse introuvable.',
  'reason.review.notFound': {
    one: 'Cette réponse est introuvable ; rien n’a été modifié.',
    other: '{count} réponses sont introuvables ; rien n’a été modifié.',
  },
  'reason.appeal.notFound': 'Contestation introuvable.',
  'reason.contest.notFound': 'Contestation de contrôle introuvable.',
  'reason.massRejection.notFound': 'Demande de refus introuvable.',
  'reason.ban.notFound': 'Exclusion introuvable.',
  'reason.ban.notActive': 'Aucune exclusion en cours ne porte cet identifiant.',
  'reason.worker.notFound': 'Travailleur introuvable.',
  'reason.user.notFound': 'Utilisateur introuvable.',
  'reason.webhook.notFound': 'Webhook introuvable.',
  'reason.account.gone': 'Ce compte n’existe plus.',
  'reason.auth.wrongCredentials': 'E-mail ou mot de passe incorrect.',
  'reason.auth.suspended': 'Ce compte est suspendu.',
  'reason.auth.signIn': 'Veuillez vous connecter.',
  'reason.auth.notAllowed': 'Votre compte n’a pas le droit de faire cela.',
  'reason.account.emailTaken': 'Un compte existe déjà avec cet e-mail.',
  'reason.accept.noEscrow': 'La réponse {id} appartient à un lot publié sans séquestre : elle ne peut pas être payée par la plateforme.',
  'reason.overturn.requesterShort': 'Il manque {shortCents} sur le solde du demandeur pour payer la réponse dont le refus a été annulé par la contestation.',
  'reason.balance.notEnough': 'Le compte n’a pas assez d’argent pour cela.',
  'reasonWord.OVERTURNED': 'le refus a été annulé',
  'reasonWord.UPHELD': 'le refus est maintenu',
  'reasonWord.KEPT': 'la réponse de contrôle a été conservée',
  'reasonWord.CORRECTED': 'la réponse de contrôle a été corrigée',
  'reasonWord.APPROVED': 'approuvée, les réponses ont été refusées',
  'reasonWord.DECLINED': 'déclinée',
  'reasonWord.LEASED': 'encore en cours',
  'reasonWord.EXPIRED': 'expirée',
  'reasonWord.REJECTED': 'refusée',
  'reasonWord.RETURNED': 'rendue',
  'reasonCount.items': { one: '{count} élément', other: '{count} éléments' },
  'reasonCount.answers': { one: '{count} réponse', other: '{count} réponses' },
};
