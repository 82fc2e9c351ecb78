import type { Message } from '@fourmi/ui';

/**
 * Refusals of whole operations the worker app words from the API's reason (`reason.<key>`); the
 * English says what the API's message says. Amounts (`…Cents`) arrive written as money.
 */
export const reasonsEn = {
  'reason.payout.noAccount': 'Connect a payout account first.',
  'reason.payout.atMost': 'You can withdraw at most {maxCents}.',
  'reason.appeal.already': 'You already appealed this rejection; an appeal is possible once.',
  'reason.appeal.notRejected': 'Only a rejected answer can be appealed.',
  'reason.contest.already': 'You already contested this gold item.',
  'reason.task.givenBack': 'This task was given back and can no longer be answered.',
  'reason.task.notLeased': 'Only a task you are working on can be given back.',
  // Something the worker cannot see: none, someone else's, or a project no longer open for work.
  'reason.project.notFound': 'No such project.',
  'reason.assignment.notFound': 'No such assignment.',
  'reason.contest.goldNotFound': 'No gold answer of yours with this id.',
  'reason.account.gone': 'This account no longer exists.',
  // Signing in and up, and a session that ended or cannot do this.
  'reason.auth.wrongCredentials': 'Wrong email or password.',
  'reason.auth.suspended': 'This account is suspended.',
  'reason.auth.resetLinkInvalid': 'This link has expired or was already used. Ask support for a new one.',
  'reason.auth.tooManyAttempts': 'Too many failed attempts with this email. Try again in {minutes} min.',
  'reason.auth.sessionEnded': 'Your password was changed, so this session ended. Sign in again with the new password.',
  'reason.auth.signIn': 'Please sign in.',
  'reason.auth.notAllowed': 'Your account is not allowed to do this.',
  'reason.account.emailTaken': 'An account with this email already exists.',
  'reason.balance.notEnough': 'There is not enough money in the account for this.',
};

export const reasonsFr: Record<keyof typeof reasonsEn, Message> = {
  'reason.payout.noAccount': 'Connectez d’abord un compte de versement.',
  'reason.payout.atMost': 'Vous pouvez retirer au plus {maxCents}.',
  'reason.appeal.already': 'Vous avez déjà contesté ce refus ; une seule contestation est possible.',
  'reason.appeal.notRejected': 'Seule une réponse refusée peut être contestée.',
  'reason.contest.already': 'Vous avez déjà contesté cet élément de contrôle.',
  'reason.task.givenBack': 'Cette tâche a été rendue et ne peut plus recevoir de réponse.',
  'reason.task.notLeased': 'Seule une tâche en cours peut être rendue.',
  'reason.project.notFound': 'Projet introuvable.',
  'reason.assignment.notFound': 'Tâche introuvable.',
  'reason.contest.goldNotFound': 'Aucune de vos réponses de contrôle ne porte cet identifiant.',
  'reason.account.gone': 'Ce compte n’existe plus.',
  'reason.auth.wrongCredentials': 'E-mail ou mot de passe incorrect.',
  'reason.auth.suspended': 'Ce compte est suspendu.',
  'reason.auth.resetLinkInvalid': 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau à l’assistance.',
  'reason.auth.tooManyAttempts': 'Trop de tentatives échouées avec cet e-mail. Réessayez dans {minutes} min.',
  'reason.auth.sessionEnded': 'Votre mot de passe a été changé : cette session est terminée. Reconnectez-vous avec le nouveau mot de passe.',
  'reason.auth.signIn': 'Veuillez vous connecter.',
  'reason.auth.notAllowed': 'Votre compte n’a pas le droit de faire cela.',
  'reason.account.emailTaken': 'Un compte existe déjà avec cet e-mail.',
  'reason.balance.notEnough': 'Votre compte n’a pas assez d’argent pour cela.',
};
