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
};
